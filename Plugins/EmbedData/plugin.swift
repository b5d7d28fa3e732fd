import Foundation
import PackagePlugin

/// Embeds the package's data folders (`Resources/`, `rules/`) into the target as one
/// generated Swift file, so the release binary needs no files next to it.
@main
struct EmbedData: BuildToolPlugin {
    /// Only data files are embedded: READMEs and derivation scripts stay in the repo.
    static let dataExtensions: Set<String> = ["tsv", "txt", "yaml", "yml", "json", "html"]
    static let folders = ["Resources", "rules"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker where Self.dataExtensions.contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let tool = try context.tool(named: "EmbedDataTool")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files",
                executable: tool.url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
