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
        MethodSpec("image.avatarGitHub", doc: "GitHub avatar URL of a random user id.", example: "https://avatars.githubusercontent.com/u/4821357") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("https://avatars.githubusercontent.com/u/")
                row.cells.append(int: Int64(1 + random.below(100_000_000)))
            }
        },
        MethodSpec("image.personPortrait", params: [.choice("size", ["512", "256", "128", "64", "32"], "512"), entityParameter],
                   doc: "Portrait photo URL (faker-js portrait set) matching the sex of the row's person.", example: "https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/42.jpg") { args, context in
            let names = try PersonNames(context.locale())
            let size = args.string("size", "512"), entity = args.entityKey
            let female = Array("https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/\(size)/".utf8)
            let male = Array("https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/\(size)/".utf8)
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append(names.person(row, entity: entity).female ? female : male)
                row.cells.append(int: Int64(random.below(100)))
                row.cells.append(".jpg")
            }
        },
        MethodSpec("image.urlPicsumPhotos", params: [.int("width", 640), .int("height", 480), .bool("grayscale", false), .int("blur", 0, doc: "1-10; 0 for none")],
                   doc: "Picsum Photos URL with a random seed.", example: "https://picsum.photos/seed/k2Xq9/640/480") { args, _ in
            let width = args.int("width", 640), height = args.int("height", 480), blur = args.int("blur", 0)
            if width < 1 || height < 1 { args.problem("width and height must be at least 1") }
            if blur < 0 || blur > 10 { args.problem("blur must be from 0 to 10") }
            var query: [String] = []
            if args.bool("grayscale", false) { query.append("grayscale") }
            if blur > 0 { query.append("blur=\(blur)") }
            let tail = Array(("/\(width)/\(height)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))).utf8)
            let alphabet = upper + lower + digits
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append("https://picsum.photos/seed/")
                for _ in 0..<8 { row.cells.append(alphabet[random.below(alphabet.count)]) }
                row.cells.append(tail)
            }
        },
        MethodSpec("image.urlLoremFlickr", params: [.int("width", 640), .int("height", 480), .string("category", doc: "search tag, e.g. cats")],
                   doc: "LoremFlickr URL with a lock number, so the same URL gives the same image.", example: "https://loremflickr.com/640/480/cats?lock=4821") { args, _ in
            let category = args.string("category").map { "/" + $0 } ?? ""
            let head = Array("https://loremflickr.com/\(args.int("width", 640))/\(args.int("height", 480))\(category)?lock=".utf8)
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append(head)
                row.cells.append(int: Int64(1 + random.below(1_000_000)))
            }
        },
        MethodSpec("image.dataUri", params: [.int("width", 640), .int("height", 480)], doc: "data: URI of an SVG image filled with a random colour.",
                   example: "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D...") { args, _ in
            let width = args.int("width", 640), height = args.int("height", 480)
            let head = Array(("data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20version%3D%221.1%22%20"
                + "width%3D%22\(width)%22%20height%3D%22\(height)%22%3E%3Crect%20width%3D%22100%25%22%20height%3D%22100%25%22%20fill%3D%22%23").utf8)
            return ClosureGenerator { random, row in
                row.cells.append(head)
                appendHex(random.next() & 0xFF_FFFF, digits: 6, to: row.cells)
                row.cells.append("%22%2F%3E%3C%2Fsvg%3E")
            }
        },
    ]
}
