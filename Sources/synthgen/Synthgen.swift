import ArgumentParser

@main
struct Synthgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthgen",
        abstract: "Turn a schema (or, soon, a plain-English description) into realistic rows.",
        subcommands: [Generate.self, Methods.self]
    )
}
