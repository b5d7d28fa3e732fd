extension MethodCatalog {
    static let colorMethods: [MethodSpec] = [
        listMethod("color.human", "color/human.txt", aliases: ["color_name", "safe_color_name"], doc: "Colour name.", example: "teal"),
        MethodSpec("color.rgb", aliases: ["rgb_color", Alias("rgb_css_color", presets: ["format": "css"])], params: [.choice("format", ["hex", "css"], "hex")], doc: "Colour as #rrggbb or rgb(r, g, b).", example: "#4a90e2") { args, _ in
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
        MethodSpec("color.cmyk", doc: "Colour as CMYK percentages.", example: "cmyk(12%, 80%, 0%, 5%)") { _, _ in
            ClosureGenerator { random, row in
                row.cells.append("cmyk(")
                for i in 0..<4 {
                    if i > 0 { row.cells.append(", ") }
                    row.cells.append(int: Int64(random.below(101)))
                    row.cells.append(UInt8(ascii: "%"))
                }
                row.cells.append(UInt8(ascii: ")"))
            }
        },
        MethodSpec("color.hwb", doc: "Colour in CSS hwb() notation: hue, whiteness, blackness.", example: "hwb(210 20% 30%)") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("hwb(")
                row.cells.append(int: Int64(random.below(360))); row.cells.append(" ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("% ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("%)")
            }
        },
        MethodSpec("color.lab", doc: "Colour in CSS lab() notation (CIE L*a*b*: lightness 0-100%, a and b -125..125).", example: "lab(52.31% 40.12 -18.5)") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("lab(")
                row.cells.append(fixed: random.int(in: 0, 10_000), decimals: 2); row.cells.append("% ")
                row.cells.append(fixed: random.int(in: -12_500, 12_500), decimals: 2); row.cells.append(" ")
                row.cells.append(fixed: random.int(in: -12_500, 12_500), decimals: 2); row.cells.append(")")
            }
        },
        MethodSpec("color.lch", doc: "Colour in CSS lch() notation (lightness 0-100%, chroma 0-150, hue 0-360).", example: "lch(52.31% 60.2 280.5)") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("lch(")
                row.cells.append(fixed: random.int(in: 0, 10_000), decimals: 2); row.cells.append("% ")
                row.cells.append(fixed: random.int(in: 0, 15_000), decimals: 2); row.cells.append(" ")
                row.cells.append(fixed: random.int(in: 0, 35_999), decimals: 2); row.cells.append(")")
            }
        },
        listMethod("color.space", "color/spaces.txt", doc: "Name of a colour space or model.", example: "Display P3"),
        listMethod("color.cssSupportedFunction", "color/css_functions.txt", doc: "CSS colour function name.", example: "hsl"),
        listMethod("color.cssSupportedSpace", "color/css_spaces.txt", doc: "Colour space the CSS color() function accepts.", example: "display-p3"),
        MethodSpec("color.colorByCSSColorSpace", params: [.string("space", "sRGB", doc: "a CSS color() space: sRGB, display-p3, rec2020, a98-rgb, prophoto-rgb")],
                   doc: "Colour in the CSS color() notation for a colour space, three channels 0..1.", example: "color(display-p3 0.1234 0.5 0.9)") { args, context in
            let spaces = try context.list("color/css_spaces.txt").items
            let space = args.string("space", "sRGB")
            if !spaces.contains(space) { args.problem("space must be one of \(spaces.joined(separator: ", "))") }
            let head = Array("color(\(space) ".utf8)
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append(head)
                for i in 0..<3 {
                    if i > 0 { row.cells.append(UInt8(ascii: " ")) }
                    row.cells.append(fixed: random.int(in: 0, 10_000), decimals: 4)
                }
                row.cells.append(UInt8(ascii: ")"))
            }
        },
    ]
}
