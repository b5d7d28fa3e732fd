import ArgumentParser

@main
struct Synthgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthgen",
        abstract: "Turn a plain-English description or a schema into realistic rows, offline.",
        subcommands: [Generate.self, SchemaCommand.self, Serve.self, Methods.self, Rules.self, Cache.self, Budget.self]
    )
}
