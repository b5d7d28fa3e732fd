import Testing
@testable import SynthCore

@Suite struct DurationTextTests {
    @Test func unitsAndBareNumbers() throws {
        #expect(try DurationText.seconds("45s") == 45)
        #expect(try DurationText.seconds("15min") == 900)
        #expect(try DurationText.seconds("1.5h") == 5400)
        #expect(try DurationText.seconds("3d") == 259_200)
        #expect(try DurationText.seconds("2w") == 1_209_600)
        #expect(try DurationText.seconds("6mo") == 6 * 2_629_746)
        #expect(try DurationText.seconds("18y") == 18 * 31_556_952)
        #expect(try DurationText.seconds("2") == 172_800)
        #expect(try DurationText.seconds(JSONValue.number(0.5, text: "0.5")) == 43_200)
    }

    @Test func badDurationsAreRefused() {
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds("3m") }
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds("soon") }
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds("1e300d") }
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds("20000y") }
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds(JSONValue.bool(true)) }
        #expect(throws: DurationText.Problem.self) { try DurationText.seconds(JSONValue.number(.infinity, text: "1e999")) }
    }
}
