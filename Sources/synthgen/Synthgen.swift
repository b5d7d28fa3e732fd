import ArgumentParser

@main
struct Synthgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthgen",
        abstract: "Turn a plain-English description or a schema into realistic rows, offline.",
        subcommands: [Generate.self, SchemaCommand.self, Methods.self, Rules.self]
    )
}
