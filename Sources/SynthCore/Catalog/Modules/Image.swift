extension MethodCatalog {
    static let imageMethods: [MethodSpec] = [
        MethodSpec("image.url", aliases: ["image_url"], params: [.int("width", 640), .int("height", 480)], doc: "URL of a placeholder image at a reserved example domain.", example: "https://images.example.com/640/480?id=4821") { args, _ in
            let size = Array("https://images.example.com/\(args.int("width", 640))/\(args.int("height", 480))?id=".utf8)
            return ClosureGenerator(plain: true) { random, row in row.cells.append(size); row.cells.append(int: Int64(random.below(100_000))) }
        },
        MethodSpec("image.avatar", aliases: ["avatar"], doc: "Avatar image URL at a reserved example domain.", example: "https://avatars.example.com/u/48213.png") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("https://avatars.example.com/u/")
                row.cells.append(int: Int64(random.below(1_000_000)))
                row.cells.append(".png")
            }
        },
    ]
}
