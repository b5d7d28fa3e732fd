/// Lines of `KEYS<TAB>REGEX`: the `LiteralIndex` keys of each rule pattern in hex, comma
/// separated, empty for a pattern that must always run. Patterns holding a tab, a newline
/// or the raw-string delimiter are left out and analysed at start-up instead.
struct LiteralKeyTable {
    private var lines: [String] = []
    private var seen = Set<String>()
    private var arena: [UInt64] = []

    mutating func add(_ regex: String) {
        guard !regex.contains("\t"), !regex.contains("\n"), !regex.contains("#"), seen.insert(regex).inserted else { return }
        let keys = RequiredLiterals.indexKeys(regex, arena: &arena) ?? []
        lines.append(keys.map { String($0, radix: 16) }.joined(separator: ",") + "\t" + regex)
    }

    var text: String { lines.joined(separator: "\n") }
}
