import Foundation
import IntentMatching
import LLMockHarness
import SchemaDesign
import SynthCore
import XCTest

@testable import SchemaResolution

/// The bundled corpus, loaded once for every test.
let bundledMatcher = IntentMatcher()

/// A fresh directory under /tmp, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) -> String {
    let path = NSTemporaryDirectory() + "synthgen-test-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

/// Descriptions the bundled rules cannot design with confidence (checked in
/// `testTheseDescriptionsNeedTheLLM`), so the resolver asks the LLM.
enum Unknown {
    static let first = "zorblax flux readings from the gizmotron array"
    static let second = "quibbling snorkel gradients per wobbly frimble"
    static let third = "plinth vortex tallies for the moonward grommet"
}

/// A good structured answer, as gpt-4o-mini returns it for `json_schema`.
let goodAnswer = """
    {"columns": [
      {"name": "reading_id", "method": "string.uuid", "values": null, "params": [], "null_rate": 0, "unique": true},
      {"name": "flux", "method": "number.float", "values": null, "params": [{"name": "min", "value": "0"}, {"name": "max", "value": "250"}], "null_rate": 0, "unique": false},
      {"name": "array_zone", "method": null, "values": ["North", "South", "Core"], "params": [], "null_rate": 0, "unique": false},
      {"name": "recorded_at", "method": "date.recent", "values": null, "params": [{"name": "days", "value": "30"}], "null_rate": 0, "unique": false}
    ]}
    """

func makeResolver(
    mock: LLMockServer?, directory: String, caps: SpendCaps = SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: nil),
    timeout: Double = 5, retries: Int = 2, offline: Bool = false
) throws -> Resolver {
    let cache = try LearnedCache(directory: directory)
    guard let mock else { return Resolver(matcher: bundledMatcher, cache: cache, designer: nil, offline: offline) }
    let configuration = LLMConfiguration(baseURL: mock.baseURL, apiKey: "sk-test", timeout: timeout, maxRetries: retries)
    let ledger = try SpendLedger(path: directory + "/spend.jsonl", caps: caps)
    let designer = SchemaDesigner(client: ChatCompletionClient(configuration: configuration), reader: AnswerReader(matcher: bundledMatcher), ledger: ledger)
    return Resolver(matcher: bundledMatcher, cache: cache, designer: designer, offline: offline)
}

extension Schema {
    var names: [String] { columns.map(\.name) }
}
