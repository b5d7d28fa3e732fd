/// `{{person.firstName}}.{{person.lastName}}@example.com`: literal text, catalog methods
/// (each with its own stream) and `{{field:column}}` copies of another column of the row.
struct TemplateGenerator: ColumnGenerator {
    enum Part: Sendable {
        case literal([UInt8])
        case method(any ColumnGenerator, key: UInt64)
        case field(Int)
    }

    let parts: [Part]

    func write(_ random: inout CellRandom, _ row: RowState) {
        for part in parts {
            switch part {
            case .literal(let bytes):
                row.cells.append(bytes)
            case .method(let generator, let key):
                var stream = CellRandom(seed: row.seed, row: row.row, key: key)
                generator.write(&stream, row)
            case .field(let index):
                if !row.isNull(index) { row.appendCell(index) }
            }
        }
    }

    /// Splits a template into literal text and `{{...}}` placeholders.
    static func tokens(_ template: String) -> [(isPlaceholder: Bool, text: String)] {
        var result: [(Bool, String)] = []
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { result.append((false, String(rest[..<open.lowerBound]))) }
            let inner = rest[open.upperBound..<close.lowerBound].trimmed
            result.append((true, inner))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { result.append((false, String(rest))) }
        return result
    }
}

/// A `unique` column: row `i` takes value `permutation(i)` of an enumerable generator.
struct UniqueGenerator: ColumnGenerator {
    let base: any IndexedGenerator
    let permutation: IndexPermutation

    func write(_ random: inout CellRandom, _ row: RowState) {
        base.write(index: permutation.apply(row.row), row)
    }
}

/// The method's own value inside its template (`{{value}}`).
struct ValuePart: ColumnGenerator {
    let base: any ColumnGenerator
    func write(_ random: inout CellRandom, _ row: RowState) { base.write(&random, row) }
}
