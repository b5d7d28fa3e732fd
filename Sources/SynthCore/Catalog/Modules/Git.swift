extension MethodCatalog {
    static let gitMethods: [MethodSpec] = [
        MethodSpec("git.commitSha", aliases: ["sha1", "commit_sha"], params: [.int("length", 40)], doc: "Hex commit id.", example: "2f1d8e0c9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e") { args, _ in
            let length = Int(args.int("length", 40))
            if length < 1 || length > 64 { args.problem("length must be from 1 to 64") }
            return PatternGenerator(slots: Array(repeating: hexDigits, count: max(1, min(length, 64))), literals: [])
        },
        listMethod("git.commitMessage", "git/commit_messages.txt", doc: "Commit message.", example: "Fix off-by-one in pagination"),
        MethodSpec("git.commitDate", kind: .datetime, params: [.number("years", 1), formatParameter], doc: "Commit time within the last `years` years.", example: "2025-10-02T14:11:09Z") { args, context in
            dateGenerator(&args, lower: context.now - Int64(args.double("years", 1) * 31_556_952), upper: context.now - 1)
        },
        MethodSpec("git.branch", doc: "Branch name.", example: "feature/parse-config") { _, context in
            let verbs = FoldedList(try context.list("hacker/verbs.txt")), nouns = FoldedList(try context.list("hacker/nouns.txt"))
            let prefixes = ["feature/", "fix/", "chore/", ""].map { Array($0.utf8) }
            return ClosureGenerator { random, row in
                row.cells.append(prefixes[random.below(prefixes.count)])
                row.cells.append(verbs.items[random.below(verbs.items.count)])
                row.cells.append(UInt8(ascii: "-"))
                row.cells.append(nouns.items[random.below(nouns.items.count)])
            }
        },
    ]
}
