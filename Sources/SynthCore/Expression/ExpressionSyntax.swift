/// An expression as written, before names are resolved and types checked. Every node keeps
/// the byte offset where it starts, so errors can point at it.
indirect enum ExpressionSyntax: Sendable {
    case number(Double, isInteger: Bool, at: Int)
    case duration(seconds: Double, at: Int)
    case text(String, at: Int)
    case bool(Bool, at: Int)
    case null(at: Int)
    case name(String, at: Int)
    case unary(String, ExpressionSyntax, at: Int)
    case binary(String, ExpressionSyntax, ExpressionSyntax, at: Int)
    case call(String, [ExpressionSyntax], at: Int)

    var position: Int {
        switch self {
        case .number(_, _, let at), .duration(_, let at), .text(_, let at), .bool(_, let at), .null(let at),
             .name(_, let at), .unary(_, _, let at), .binary(_, _, _, let at), .call(_, _, let at):
            return at
        }
    }
}

/// A problem in an expression, at a byte offset of its text (0-based; messages say 1-based).
public struct ExpressionProblem: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let position: Int

    public var description: String { "\(message) at position \(position + 1)" }
}
