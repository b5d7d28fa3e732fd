import Testing

@testable import SchemaDesign

/// Cap settings: a bad value is an error, never a silently lifted cap.
@Suite struct SpendCapsTests {
    @Test func valuesAndNone() throws {
        let caps = try SpendCaps.fromEnvironment(["SYNTHGEN_DAILY_CAP_USD": " 2.5 ", "SYNTHGEN_MONTHLY_CAP_USD": "none", "SYNTHGEN_DAILY_CALL_CAP": "0"])
        #expect(caps == SpendCaps(dailyUSD: 2.5, monthlyUSD: nil, dailyCalls: 0))
        #expect(try SpendCaps.fromEnvironment([:]) == SpendCaps(), "unset keeps the defaults")
        #expect(try SpendCaps.fromEnvironment(["SYNTHGEN_DAILY_CAP_USD": ""]) == SpendCaps(), "empty keeps the default")
    }

    @Test(arguments: [
        ("SYNTHGEN_DAILY_CAP_USD", "abc"), ("SYNTHGEN_DAILY_CAP_USD", "-1"), ("SYNTHGEN_MONTHLY_CAP_USD", "inf"),
        ("SYNTHGEN_MONTHLY_CAP_USD", "nan"), ("SYNTHGEN_DAILY_CALL_CAP", "-3"), ("SYNTHGEN_DAILY_CALL_CAP", "1.5"),
    ])
    func badSettingsAreErrors(variable: String, value: String) {
        #expect(throws: SpendCaps.InvalidSetting(variable: variable, value: value, expected: variable.hasSuffix("CALL_CAP") ? "a whole number of calls, 0 or more" : "a dollar amount of 0 or more")) {
            try SpendCaps.fromEnvironment([variable: value])
        }
    }

    @Test func theMessageNamesTheVariable() {
        let error = SpendCaps.InvalidSetting(variable: "SYNTHGEN_DAILY_CAP_USD", value: "abc", expected: "a dollar amount of 0 or more")
        #expect(error.description == #"SYNTHGEN_DAILY_CAP_USD=abc is not valid: expected a dollar amount of 0 or more, or "none" for no cap"#)
    }
}
