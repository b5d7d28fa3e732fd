/// A method that picks one item of a bundled vocabulary list (most of the small modules).
func listMethod(_ name: String, _ file: String, column: String? = nil, aliases: [MethodSpec.Alias] = [], doc: String, example: String) -> MethodSpec {
    MethodSpec(name, aliases: aliases, doc: doc, example: example) { _, context in
        ListGenerator(list: try context.list(file, column: column))
    }
}

/// Fills `{slot}` placeholders of a template line with items of the named lists.
struct PhraseTemplateGenerator: ColumnGenerator {
    enum Part: Sendable { case text([UInt8]), slot(WordList) }
    let templates: [[Part]]

    init(templates: WordList, lists: [String: WordList]) {
        self.templates = templates.items.map { line in
            var parts: [Part] = []
            var rest = Substring(line)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                parts.append(.text(Array(rest[..<open].utf8)))
                let key = String(rest[rest.index(after: open)..<close])
                if let list = lists[key] { parts.append(.slot(list)) } else { parts.append(.text(Array(rest[open...close].utf8))) }
                rest = rest[rest.index(after: close)...]
            }
            parts.append(.text(Array(rest.utf8)))
            return parts
        }
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        for part in templates[random.below(templates.count)] {
            switch part {
            case .text(let bytes): row.cells.append(bytes)
            case .slot(let list): list.writeRandom(&random, to: row.cells)
            }
        }
    }
}
