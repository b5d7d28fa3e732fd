import IntentMatching
import SchemaDesign
import SynthCore
import XCTest

final class AnswerReaderTests: XCTestCase {
    let reader = AnswerReader(matcher: bundledMatcher)

    func testStructuredAnswerBecomesTheSchema() throws {
        let result = try reader.read(goodAnswer, finishReason: "stop")
        XCTAssertEqual(result.schema.names, ["reading_id", "flux", "array_zone", "recorded_at"])
        XCTAssertEqual(result.schema.columns[0].source, .method("string.uuid"))
        XCTAssertTrue(result.schema.columns[0].unique)
        XCTAssertEqual(result.schema.columns[2].source, .values(["North", "South", "Core"]))
        XCTAssertEqual(result.schema.columns[1].parameters.map(\.key), ["min", "max"])
        XCTAssertEqual(result.repairs, [])
    }

    func testCodeFenceAndProseAreStripped() throws {
        let fenced = "Here is the schema:\n```json\n{\"customer_name\": \"person.fullName\", \"email\": \"internet.email\"}\n```\nEnjoy!"
        let result = try reader.read(fenced, finishReason: "stop")
        XCTAssertEqual(result.schema.names, ["customer_name", "email"])
        XCTAssertEqual(result.schema.columns[1].source, .method("internet.email"))
    }

    func testUnknownMethodsAreRepairedFromTheColumnName() throws {
        let answer = #"{"email_address": "faker.totally_made_up", "signup_date": {"type": "date.nonsense"}, "stock_level": "internet.emoji_of_doom"}"#
        let result = try reader.read(answer, finishReason: "stop")
        XCTAssertEqual(result.schema.names, ["email_address", "signup_date", "stock_level"])
        XCTAssertEqual(result.schema.columns[0].source, .method("internet.email"))
        guard case .method(let dateMethod) = result.schema.columns[1].source else { return XCTFail("signup_date has no method") }
        XCTAssertTrue(dateMethod.hasPrefix("date."), dateMethod)
        guard case .method(let stockMethod) = result.schema.columns[2].source else { return XCTFail("stock_level has no method") }
        XCTAssertEqual(stockMethod, "number.int")
        XCTAssertEqual(result.repairs.count, 3)
        // What the reader made must compile: that is the point of repairing.
        XCTAssertNoThrow(try SchemaCompiler(now: 0).compile(result.schema, rows: 10))
    }

    func testBadParametersAreDroppedKeepingTheMethod() throws {
        let answer = #"{"age": {"type": "number.int", "min": "old", "colour": 3}}"#
        let result = try reader.read(answer, finishReason: "stop")
        XCTAssertEqual(result.schema.columns[0].source, .method("number.int"))
        XCTAssertEqual(result.schema.columns[0].parameters.count, 0)
        XCTAssertEqual(result.repairs.count, 1)
    }

    func testTruncatedAnswerIsReportedAsSuch() {
        let truncated = String(goodAnswer.prefix(120))
        XCTAssertThrowsError(try reader.read(truncated, finishReason: "length")) { error in
            XCTAssertTrue("\(error)".contains("cut off"), "\(error)")
        }
        XCTAssertThrowsError(try reader.read("```js", finishReason: "length"))
    }

    func testNotJSONAndEmptyAnswersAreRejected() {
        XCTAssertThrowsError(try reader.read("I cannot help with that.", finishReason: "stop")) { error in
            XCTAssertTrue("\(error)".contains("not a JSON schema"), "\(error)")
        }
        XCTAssertThrowsError(try reader.read("[1, 2, 3]", finishReason: "stop"))
        XCTAssertThrowsError(try reader.read(#"{"columns": []}"#, finishReason: "stop")) { error in
            XCTAssertTrue("\(error)".contains("no column"), "\(error)")
        }
    }

    func testNamesAreSnakeCaseAndDeduplicated() throws {
        let answer = #"{"Customer Name": "person.fullName", "customerName": "person.fullName", "": "internet.email", "orderTotal": "finance.amount"}"#
        let result = try reader.read(answer, finishReason: "stop")
        XCTAssertEqual(result.schema.names, ["customer_name", "order_total"])
        XCTAssertEqual(result.dropped.count, 2)
    }
}
