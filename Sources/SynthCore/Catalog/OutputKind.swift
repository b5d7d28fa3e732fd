/// What a method's values are, so typed writers can emit them correctly
/// (JSON Lines writes numbers and booleans unquoted).
public enum OutputKind: String, Sendable, CaseIterable {
    case string, int, decimal, bool, date, datetime

    /// Values of this kind never need CSV quoting or JSON escaping.
    var isPlainText: Bool { self != .string }
}
