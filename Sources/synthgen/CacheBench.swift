import ArgumentParser
import Foundation
import SchemaResolution
import SynthCore

extension Synthgen.Cache {
    /// Times the learned cache at a given size in a throwaway directory: loading the
    /// journal, merging one entry (fsynced), exact and near-duplicate lookups.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Benchmark the learned cache with N synthetic entries in a temporary directory.")

        @Option(name: .long, help: "Entries in the cache.") var entries = 100_000
        @Option(name: .long, help: "Lookups and merges to time.") var samples = 1000

        static let words = [
            "customer", "order", "invoice", "patient", "shipment", "sensor", "student", "employee", "vehicle", "ticket",
            "account", "product", "warehouse", "flight", "booking", "device", "claim", "policy", "lead", "campaign",
            "payment", "refund", "review", "session", "course", "grade", "visit", "trip", "route", "meter",
            "reading", "alert", "incident", "release", "build", "player", "match", "store", "supplier", "contract",
        ]
        static let fields = [
            "names", "emails", "phone numbers", "addresses", "amounts", "dates", "statuses", "ratings", "totals", "notes",
            "ids", "cities", "countries", "prices", "quantities", "durations", "scores", "categories", "timestamps", "tags",
        ]

        /// A distinct description for each index: two nouns, three fields, a number.
        static func description(_ i: Int) -> String {
            let w = words.count, f = fields.count
            return "\(words[i % w]) \(words[(i / w) % w]) records with \(fields[i % f]), \(fields[(i / 7) % f]) and \(fields[(i / 13) % f]) batch \(i)"
        }

        func run() throws {
            guard entries >= 1, samples >= 1 else { throw ValidationError("--entries and --samples must be positive") }
            let directory = NSTemporaryDirectory() + "synthgen-cache-bench-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let schema = #"{"id": "string.uuid", "name": "person.fullName", "amount": {"type": "finance.amount", "min": 1, "max": 500}}"#
            let lines = (0..<entries).map { #"{"description": \#(JSONValue.quote(Self.description($0))), "source": "llm", "schema": \#(schema)}"# }
            let normalize: (String) -> String = { $0.lowercased() }
            var started = DispatchTime.now()
            let filling = try LearnedCache(directory: directory)
            _ = try filling.importEntries(text: lines.joined(separator: "\n"), normalize: normalize) { _ in nil }
            print("filled \(entries) entries in \(ms(since: started)) ms")

            started = DispatchTime.now()
            let cache = try LearnedCache(directory: directory)
            print("load: \(ms(since: started)) ms for \(cache.count) entries")

            var exact: [Double] = [], near: [Double] = [], merges: [Double] = []
            for i in 0..<samples {
                let target = (i * 7919) % entries
                var t = DispatchTime.now()
                let hit = cache.lookup(normalized: normalize(Self.description(target)))
                exact.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6)
                if hit?.similarity != 1 { throw ValidationError("entry \(target) not found") }
                t = DispatchTime.now()
                _ = cache.lookup(normalized: normalize(Self.description(target) + " extra"))
                near.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6)
            }
            let parsed = try SchemaParser.parse(schema)
            for i in 0..<min(samples, 200) {
                let t = DispatchTime.now()
                try cache.merge(description: "merged \(i)", normalized: "merged \(i)", schema: parsed, source: .llm, model: nil)
                merges.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6)
            }
            print("exact lookup: p50 \(Self.percentile(exact, 0.5)) ms, p99 \(Self.percentile(exact, 0.99)) ms")
            print("near-duplicate lookup: p50 \(Self.percentile(near, 0.5)) ms, p99 \(Self.percentile(near, 0.99)) ms")
            print("merge (fsynced append): p50 \(Self.percentile(merges, 0.5)) ms, p99 \(Self.percentile(merges, 0.99)) ms")
        }

        func ms(since start: DispatchTime) -> String {
            String(format: "%.1f", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
        }

        static func percentile(_ values: [Double], _ p: Double) -> String {
            let sorted = values.sorted()
            return String(format: "%.3f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
        }
    }
}
