extension MethodCatalog {
    static let colorMethods: [MethodSpec] = [
        listMethod("color.human", "color/human.txt", aliases: ["color_name", "safe_color_name"], doc: "Colour name.", example: "teal"),
        MethodSpec("color.rgb", aliases: ["rgb_color"], params: [.choice("format", ["hex", "css"], "hex")], doc: "Colour as #rrggbb or rgb(r, g, b).", example: "#4a90e2") { args, _ in
            let css = args.string("format") == "css"
            return ClosureGenerator { random, row in
                let value = random.next() & 0xFF_FFFF
                if css {
                    row.cells.append("rgb(")
                    row.cells.append(int: Int64(value >> 16)); row.cells.append(", ")
                    row.cells.append(int: Int64((value >> 8) & 0xFF)); row.cells.append(", ")
                    row.cells.append(int: Int64(value & 0xFF)); row.cells.append(")")
                } else {
                    row.cells.append(UInt8(ascii: "#"))
                    appendHex(value, digits: 6, to: row.cells)
                }
            }
        },
        MethodSpec("color.hsl", doc: "Colour as hsl(h, s%, l%).", example: "hsl(210, 65%, 48%)") { _, _ in
            ClosureGenerator { random, row in
                row.cells.append("hsl(")
                row.cells.append(int: Int64(random.below(360))); row.cells.append(", ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("%, ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("%)")
            }
        },
    ]
}
