import Testing
@testable import SynthCore

/// Names, types and function arity, as schema errors naming the column and the position.
@Suite struct ExpressionCheckerTests {
    let base = #""qty": {"type": "number.int", "min": 1, "max": 9}, "price": {"type": "number.float", "min": 1, "max": 50}, "day": {"type": "date.past", "format": "date"}, "label": ["a", "b"]"#

    func problems(_ expr: String, extra: String = "") -> [String] {
        diagnostics("{\(base), \"x\": {\"expr\": \"\(expr)\"\(extra)}}")
    }

    @Test func unknownNamesSuggestTheClosest() {
        #expect(problems("qtty * price") == [#"column "x": expr: unknown column "qtty" (did you mean "qty"?) at position 1"#])
        #expect(problems("frobnicate(qty)") == [#"column "x": expr: unknown function frobnicate() at position 1"#])
    }

    @Test func typeMismatchesAreErrors() {
        #expect(problems("day + 3") == [#"column "x": expr: cannot add a number to a date: say the unit, as in days(n) or 3d at position 5"#])
        #expect(problems("label * 2") == [#"column "x": expr: cannot use * on text and a number at position 7"#])
        #expect(problems("day - day") == [#"column "x": expr gives a duration; say its unit: days(...), hours(...) or minutes(...) (for example days(check_out - check_in))"#])
        #expect(problems("if(qty, 1, 2)") == [#"column "x": expr: if() needs a condition (true/false) first, not a number at position 4"#])
        #expect(problems("if(qty > 1, 'a', 2)") == [#"column "x": expr: if()'s two results must be of one kind, not text and a number at position 1"#])
        #expect(problems("round(price, qty)") == [#"column "x": expr: round()'s second argument is a whole number of decimals from 0 to 12 at position 14"#])
        #expect(problems("min(qty, day)") == [#"column "x": expr: min() needs numbers, dates or durations of one kind, not a date at position 10"#])
        #expect(problems("null") == [#"column "x": expr is always null"#])
    }

    @Test func selfReferenceAndLoops() {
        #expect(problems("x + 1") == [#"column "x": expr: the expression refers to its own column "x" at position 1"#])
        let loop = diagnostics(#"{"a": {"expr": "b + 1"}, "b": {"expr": "c * 2"}, "c": {"expr": "a - 1"}}"#)
        #expect(loop.contains { $0.contains("a loop") })
    }

    @Test func parametersOfAComputedColumn() {
        #expect(problems("qty * price", extra: #", "dec": 13"#) == [#"column "x": dec must be a whole number of decimals from 0 to 12, found 13"#])
        #expect(problems("qty * price", extra: #", "colour": "red""#) == [#"column "x": unknown parameter "colour" for a computed column (it accepts dec (decimals) and format (date, datetime, unix))"#])
        #expect(diagnostics(#"{"a": "number.int", "x": {"expr": 5}}"#) == [#"column "x": expr must be a string, found a number (for example "quantity * unit_price")"#])
        #expect(diagnostics(#"{"a": "number.int", "x": {"type": "number.int", "expr": "a"}}"#) == [#"column "x": a column has either "type" or "expr", not both"#])
    }

    @Test func everyProblemOfTheSchemaAtOnce() {
        let found = diagnostics(#"{"a": {"expr": "b +"}, "c": {"expr": "zz"}, "d": {"type": "number.nope"}}"#)
        #expect(found.count == 3)
    }
}
