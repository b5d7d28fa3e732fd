import Testing
@testable import SynthCore

@Suite struct ExpressionParserTests {
    func shape(_ syntax: ExpressionSyntax) -> String {
        switch syntax {
        case .number(let value, _, _): return value == value.rounded() ? String(Int(value)) : String(value)
        case .duration(let seconds, _): return "\(Int(seconds))s"
        case .text(let text, _): return "'\(text)'"
        case .bool(let flag, _): return String(flag)
        case .null: return "null"
        case .name(let name, _): return name
        case .unary(let op, let inner, _): return "(\(op) \(shape(inner)))"
        case .binary(let op, let left, let right, _): return "(\(shape(left)) \(op) \(shape(right)))"
        case .call(let name, let arguments, _): return "\(name)(" + arguments.map(shape).joined(separator: ", ") + ")"
        }
    }

    func parse(_ text: String) throws -> String { shape(try ExpressionParser.parse(text)) }

    @Test func precedenceAndAssociativity() throws {
        #expect(try parse("quantity * unit_price * (1 - discount / 100)") == "((quantity * unit_price) * (1 - (discount / 100)))")
        #expect(try parse("a - b - c") == "((a - b) - c)")
        #expect(try parse("-a * b + c % 2") == "(((- a) * b) + (c % 2))")
        #expect(try parse("a < b and not c or d == 'x'") == "(((a < b) and (not c)) or (d == 'x'))")
        #expect(try parse("a = 1 || b <> 2 && c != 3") == "((a == 1) or ((b != 2) and (c != 3)))")
        #expect(try parse("price × qty ÷ 2") == "((price * qty) / 2)")
    }

    @Test func literalsNamesAndCalls() throws {
        #expect(try parse("check_in + 3d + 2h + 15min") == "(((check_in + 259200s) + 7200s) + 900s)")
        #expect(try parse("if(status == 'It''s', null, TRUE)") == "if((status == 'It's'), null, true)")
        #expect(try parse("`unit price` * 1_000") == "(unit price * 1000)")
        #expect(try parse("ROUND(x, 2)") == "round(x, 2)")
        #expect(try parse("max()") == "max()")
        #expect(try parse("prix_café * 2") == "(prix_café * 2)")
    }

    @Test func problemsNameThePosition() {
        func problem(_ text: String) -> String {
            do { _ = try ExpressionParser.parse(text); return "no problem" } catch { return error.description }
        }
        #expect(problem("a +") == "the expression ends too soon at position 4")
        #expect(problem("a * (b + c") == "expected \")\" before the end at position 11")
        #expect(problem("a b") == "unexpected \"b\" at position 3")
        #expect(problem("'open") == "a string is not closed at position 1")
        #expect(problem("3m") == "\"3m\" is ambiguous: write min for minutes or mo for months at position 1")
        #expect(problem("") == "the expression is empty at position 1")
        #expect(problem("a # b") == "unexpected \"# b\" at position 3")
    }

    @Test func hostileTextIsBounded() {
        // Deep nesting would exhaust the stack; long text would take long.
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(throws: ExpressionProblem.self) { try ExpressionParser.parse(String(deep.prefix(4000))) }
        let negations = String(repeating: "-", count: 3000) + "1"
        #expect(throws: ExpressionProblem.self) { try ExpressionParser.parse(negations) }
        let long = Array(repeating: "a", count: 60_000).joined(separator: " + ")
        do {
            _ = try ExpressionParser.parse(long)
            Issue.record("a 240 KB expression was accepted")
        } catch {
            #expect(error.description.contains("the limit is 4096"))
        }
    }
}
