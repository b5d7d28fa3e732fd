import ArgumentParser
import SynthCore

extension Synthgen {
    struct Methods: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the method catalog.")

        @Flag(name: .long, help: "Print the catalog as JSON.")
        var json = false

        @Option(name: .long, help: "Only this module (person, internet, ...).")
        var module: String?

        func run() {
            let methods = MethodCatalog.standard.methods.filter { module == nil || $0.module == module }
            print(json ? CatalogListing.json(methods) : CatalogListing.text(methods))
        }
    }
}
