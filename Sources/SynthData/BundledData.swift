/// The data files of `Resources/` and `rules/`, embedded in the binary at build time.
public enum BundledData {
    /// The text of a bundled file, by its path from the package root
    /// (for example `Resources/locales/en_US/last_names.tsv`).
    public static func text(_ path: String) -> String? {
        embeddedFiles[path]
    }

    /// Every bundled path, sorted.
    public static var paths: [String] {
        embeddedFiles.keys.sorted()
    }
}
