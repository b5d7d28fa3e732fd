import ArgumentParser
import Foundation
import SchemaDesign
import SchemaResolution
import SynthCore

extension Synthgen {
    struct Budget: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the LLM has cost and the caps (SYNTHGEN_DAILY_CAP_USD, SYNTHGEN_MONTHLY_CAP_USD, SYNTHGEN_DAILY_CALL_CAP).")

        @Option(name: .long, help: "Data directory (env SYNTHGEN_DATA_DIR).")
        var dataDir: String?

        @Flag(name: .long, help: "Print one JSON object.")
        var json = false

        func run() throws {
            var setup = ResolverSetup()
            setup.dataDirectory = dataDir
            let report = try BudgetReport(setup: setup)
            print(json ? report.json().jsonText() : report.text())
        }
    }
}
