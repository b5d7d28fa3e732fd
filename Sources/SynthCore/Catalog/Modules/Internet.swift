extension MethodCatalog {
    static let internetMethods: [MethodSpec] = [
        MethodSpec(
            "internet.email",
            aliases: [
                "email", "free_email", "ascii_email", "ascii_free_email", Alias("safe_email", presets: ["provider": "example.com"]), Alias("company_email", presets: ["provider": "company"]),
                Alias("ascii_safe_email", presets: ["provider": "example.com"]), Alias("ascii_company_email", presets: ["provider": "company"]),
            ],
            params: [.string("provider", doc: "domain to use; \"example\" for reserved example domains"), .string("firstName"), .string("lastName"), entityParameter],
            doc: "Email address of the row's person (RFC 5322 dot-atom), at a common free provider.", example: "mary.smith@gmail.com"
        ) { args, context in
            let domains: WordList
            switch args.string("provider")?.lowercased() {
            case nil: domains = try context.list("internet/free_email_domains.tsv")
            case "example"?: domains = try context.list("internet/example_domains.txt")
            case "company"?:
                // Python Faker's company_email: a company-like domain, never the literal word.
                domains = WordList(FoldedList(try context.list("company/name_words.txt")).items.map { String(decoding: $0, as: UTF8.self) + ".com" })
            case let provider?: domains = WordList([provider])
            }
            return try EmailGenerator(context: context, entity: args.entityKey, domains: domains)
        },
        MethodSpec("internet.exampleEmail", aliases: ["example_email"], params: [entityParameter], doc: "Email address at a reserved example domain (never a real mailbox).", example: "mary.smith@example.org") { args, context in
            try EmailGenerator(context: context, entity: args.entityKey, domains: try context.list("internet/example_domains.txt"))
        },
        MethodSpec("internet.userName", aliases: ["user_name", "username"], params: [entityParameter], doc: "User name derived from the row's person.", example: "mary_smith42") { args, context in
            try UserNameGenerator(context: context, entity: args.entityKey)
        },
        MethodSpec("internet.displayName", aliases: ["display_name"], params: [entityParameter], doc: "Display name derived from the row's person.", example: "Mary.Smith") { args, context in
            try personName(args, context) { names, person, _, row in
                names.firstNames(person).write(person.first, to: row.cells)
                row.cells.append(UInt8(ascii: "."))
                names.last.write(person.last, to: row.cells)
            }
        },
        MethodSpec("internet.password", aliases: ["password"], params: [.int("length", 15)], doc: "Random password of letters, digits and symbols.", example: "k9#Lm2!qZx8@Wp4") { args, _ in
            let length = Int(args.int("length", 15))
            if length < 1 || length > 1024 { args.problem("length must be from 1 to 1024") }
            return charactersGenerator(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_=+".utf8), length: length)
        },
        MethodSpec("internet.url", aliases: ["url", "uri"], params: [.bool("appendSlash", false)], doc: "An https URL on a random domain.", example: "https://www.summit-apex.com/") { args, context in
            let domain = try DomainGenerator(context)
            let slash = args.bool("appendSlash", false)
            return ClosureGenerator { random, row in
                row.cells.append("https://")
                if random.below(2) == 0 { row.cells.append("www.") }
                domain.write(&random, row)
                if slash { row.cells.append(UInt8(ascii: "/")) }
            }
        },
        MethodSpec("internet.domainName", aliases: ["domain_name", "hostname"], doc: "A domain name.", example: "summit-apex.com") { _, context in try DomainGenerator(context) },
        MethodSpec("internet.domainWord", aliases: ["domain_word"], doc: "The label of a domain name.", example: "summit-apex") { _, context in
            let domain = try DomainGenerator(context)
            return ClosureGenerator { random, row in domain.writeWord(&random, row) }
        },
        MethodSpec("internet.domainSuffix", aliases: ["tld", "domain_suffix"], doc: "Top-level domain.", example: "com") { _, context in
            listGenerator(try context.list("internet/domain_suffixes.tsv"))
        },
        MethodSpec(
            "internet.ipv4", aliases: ["ipv4", "ipv4_public", "ip_address", Alias("ipv4_private", presets: ["network": "private"])],
            params: [.choice("network", IPAddress.Network.allCases.map(\.rawValue), "any", doc: "address block: any public-looking address, private (RFC 1918), loopback, ...")],
            doc: "IPv4 address in dotted decimal, optionally within a special-purpose block.", example: "203.0.113.42"
        ) { args, _ in
            let network = IPAddress.Network(rawValue: args.string("network", "any")) ?? .any
            return ClosureGenerator { random, row in IPAddress.writeV4(&random, network: network, row.cells) }
        },
        MethodSpec("internet.ipv6", aliases: ["ipv6"], doc: "IPv6 address, eight full groups.", example: "2001:0db8:85a3:0000:0000:8a2e:0370:7334") { _, _ in
            ClosureGenerator { random, row in IPAddress.writeV6(&random, row.cells) }
        },
        MethodSpec("internet.mac", aliases: ["mac_address", "mac"], params: [.string("separator", ":")], doc: "MAC address (unicast, locally administered bit clear).", example: "3c:22:fb:10:9a:5e") { args, _ in
            let separator = Array(args.string("separator", ":").utf8)
            return ClosureGenerator { random, row in
                var value = random.next()
                value &= ~(UInt64(1) << 40)  // unicast: clear the I/G bit of the first octet
                for i in 0..<6 {
                    if i > 0 { row.cells.append(separator) }
                    appendHex((value >> (40 - 8 * UInt64(i))) & 0xFF, digits: 2, to: row.cells)
                }
            }
        },
        MethodSpec("internet.port", aliases: ["port_number"], kind: .int, doc: "TCP/UDP port 1-65535.", example: "8080") { _, _ in
            IntRangeGenerator(lower: 1, upper: 65535)
        },
        MethodSpec("internet.protocol", doc: "http or https.", example: "https") { _, context in listGenerator(try context.list("internet/protocols.txt")) },
        MethodSpec("internet.httpMethod", aliases: ["http_method"], doc: "HTTP request method.", example: "GET") { _, context in listGenerator(try context.list("internet/http_methods.txt")) },
        MethodSpec("internet.httpStatusCode", aliases: ["http_status_code"], kind: .int, doc: "HTTP status code.", example: "404") { _, context in
            listGenerator(try context.list("internet/http_status_codes.tsv", column: "code"))
        },
        MethodSpec(
            "internet.userAgent", aliases: ["user_agent", Alias("chrome", presets: ["browser": "chrome"]), Alias("firefox", presets: ["browser": "firefox"]),
                                            Alias("safari", presets: ["browser": "safari"]), Alias("opera", presets: ["browser": "opera"])],
            params: [.choice("browser", ["any", "chrome", "firefox", "safari", "edge", "opera"], "any")],
            doc: "Browser user agent string of a current browser.", example: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) ..."
        ) { args, context in
            let all = try context.list("internet/user_agents.txt")
            let browser = args.string("browser", "any")
            if browser == "any" { return listGenerator(all) }
            // Each browser's own token; Chromium-based browsers also say "Chrome/", Chrome also says "Safari/".
            let others = ["Edg/", "OPR/", "Vivaldi/", "SamsungBrowser/"]
            let matching = all.items.filter { agent in
                switch browser {
                case "chrome": return (agent.contains("Chrome/") || agent.contains("CriOS/")) && !others.contains { agent.contains($0) }
                case "firefox": return agent.contains("Firefox/") || agent.contains("FxiOS/")
                case "safari": return agent.contains("Version/") && agent.contains("Safari/") && !agent.contains("Chrome/")
                case "edge": return agent.contains("Edg/") || agent.contains("EdgiOS/")
                default: return agent.contains("OPR/")
                }
            }
            if matching.isEmpty { args.problem("no user agent for browser \(browser)"); return listGenerator(all) }
            return listGenerator(WordList(matching))
        },
        MethodSpec("internet.emoji", aliases: ["emoji"], doc: "One emoji.", example: "🎉") { _, context in listGenerator(try context.list("internet/emoji.txt")) },
        MethodSpec("internet.color", aliases: ["hex_color", "color", "safe_hex_color"], doc: "Hex colour #rrggbb.", example: "#3fa2c1") { _, _ in
            ClosureGenerator { random, row in
                row.cells.append(UInt8(ascii: "#"))
                appendHex(random.next() & 0xFF_FFFF, digits: 6, to: row.cells)
            }
        },
    ]
}

/// `first.last@domain` and its common variants, from the row's person.
struct EmailGenerator: ColumnGenerator, DiscriminatedGenerator {
    let names: PersonNames
    let folded: (FoldedList, FoldedList, FoldedList)
    let domains: WordList
    let entity: UInt64
    var discriminator: IndexPermutation?

    init(context: BuildContext, entity: UInt64, domains: WordList) throws {
        names = try PersonNames(context.locale())
        folded = try names.asciiNames(context.locale())
        self.domains = domains
        self.entity = entity
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        let person = names.person(row, entity: entity)
        let first = (person.female ? folded.0 : folded.1).items[person.first]
        let last = folded.2.items[person.last]
        writeLocalPart(first: first, last: last, style: random.next(), random: &random, underscoreShare: 3, discriminator: discriminator.map { $0.apply(row.row) + 1 }, into: row.cells)
        row.cells.append(UInt8(ascii: "@"))
        domains.writeRandom(&random, to: row.cells)
    }

    func unique(_ permutation: IndexPermutation) -> any ColumnGenerator {
        var copy = self
        copy.discriminator = permutation
        return copy
    }
}

/// A user name made from the row's person, as its e-mail address is.
struct UserNameGenerator: ColumnGenerator, DiscriminatedGenerator {
    let names: PersonNames
    let folded: (FoldedList, FoldedList, FoldedList)
    let entity: UInt64
    var discriminator: IndexPermutation?

    init(context: BuildContext, entity: UInt64) throws {
        names = try PersonNames(context.locale())
        folded = try names.asciiNames(context.locale())
        self.entity = entity
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        let person = names.person(row, entity: entity)
        let first = (person.female ? folded.0 : folded.1).items[person.first]
        let last = folded.2.items[person.last]
        writeLocalPart(first: first, last: last, style: person.salt, random: &random, underscoreShare: 2, discriminator: discriminator.map { $0.apply(row.row) + 1 }, into: row.cells)
    }

    func unique(_ permutation: IndexPermutation) -> any ColumnGenerator {
        var copy = self
        copy.discriminator = permutation
        return copy
    }
}

/// A value made from a name that `unique` keeps distinct with a number drawn without
/// repeats (a permutation of the row number), as real sign-ups add digits to a taken name.
protocol DiscriminatedGenerator: ColumnGenerator {
    func unique(_ permutation: IndexPermutation) -> any ColumnGenerator
}

/// A mailbox-safe local part: letters and digits joined by one separator, never leading,
/// trailing or doubled, so it is a valid dot-atom. Names with no ASCII letters (kanji)
/// fall back to "user" plus digits.
/// One local part in `underscoreShare` uses "_" instead of ".".
/// With a discriminator (`unique`), the local part ends in it and in no other digits: names
/// have none, so two rows' parts can never be equal.
func writeLocalPart(first: [UInt8], last: [UInt8], style: UInt64, random: inout CellRandom, underscoreShare: UInt64, discriminator: UInt64? = nil, into out: ByteBuffer) {
    let first = first.isEmpty ? Array("user".utf8) : first
    let separator: UInt8 = style % underscoreShare == 1 ? 0x5F : 0x2E
    switch (style >> 8) % 6 {
    case 0, 1:
        out.append(first); out.append(separator); out.append(last.isEmpty ? first : last)
    case 2:
        out.append(first); out.append(last)
    case 3:
        out.append(first[0]); out.append(last.isEmpty ? first : last)
    case 4:
        out.append(first); out.append(separator); out.append(last.isEmpty ? first : last)
        if discriminator == nil { out.append(digitsOf: random.below(100), minimumWidth: 1) }
    default:
        out.append(first)
        if discriminator == nil { out.append(digitsOf: 1 + random.below(999), minimumWidth: 1) }
    }
    if let discriminator { out.append(digitsOf: discriminator, minimumWidth: 1) }
}

/// Domain names from company-like words and a weighted TLD.
struct DomainGenerator: ColumnGenerator {
    let words: WordList
    let suffixes: WordList
    let folded: FoldedList

    init(_ context: BuildContext) throws {
        words = try context.list("company/name_words.txt")
        suffixes = try context.list("internet/domain_suffixes.tsv")
        folded = FoldedList(words)
    }

    func writeWord(_ random: inout CellRandom, _ row: RowState) {
        row.cells.append(folded.items[words.pick(&random)])
        if random.below(3) == 0 {
            row.cells.append(UInt8(ascii: "-"))
            row.cells.append(folded.items[words.pick(&random)])
        }
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        writeWord(&random, row)
        row.cells.append(UInt8(ascii: "."))
        suffixes.writeRandom(&random, to: row.cells)
    }
}

let hexDigits = Array("0123456789abcdef".utf8)

@inline(__always)
func appendHex(_ value: UInt64, digits: Int, to out: ByteBuffer) {
    out.reserve(digits)
    var shift = UInt64(4 * (digits - 1))
    for _ in 0..<digits {
        let nibble = UInt8(truncatingIfNeeded: (value >> shift) & 0xF)
        out.append(nibble < 10 ? 48 &+ nibble : 87 &+ nibble)
        shift &-= 4
    }
}

/// `length` characters drawn uniformly from `alphabet`.
func charactersGenerator(_ alphabet: [UInt8], length: Int) -> any ColumnGenerator {
    ClosureGenerator { random, row in
        row.cells.reserve(length)
        for _ in 0..<length { row.cells.append(alphabet[random.below(alphabet.count)]) }
    }
}

/// IPv4 and IPv6 addresses as text.
enum IPAddress {
    /// IANA special-purpose blocks (RFC 6890) a caller may ask for.
    enum Network: String, CaseIterable, Sendable {
        case any, `private`, privateA = "private-a", privateB = "private-b", privateC = "private-c"
        case loopback, linkLocal = "link-local", multicast, testNet1 = "test-net-1", testNet2 = "test-net-2", testNet3 = "test-net-3"

        /// Fixed leading bits as (prefix value, prefix length).
        var block: (UInt32, Int) {
            switch self {
            case .any, .private: return (0, 0)
            case .privateA: return (0x0A00_0000, 8)
            case .privateB: return (0xAC10_0000, 12)
            case .privateC: return (0xC0A8_0000, 16)
            case .loopback: return (0x7F00_0000, 8)
            case .linkLocal: return (0xA9FE_0000, 16)
            case .multicast: return (0xE000_0000, 4)
            case .testNet1: return (0xC000_0200, 24)
            case .testNet2: return (0xC633_6400, 24)
            case .testNet3: return (0xCB00_7100, 24)
            }
        }
    }

    static func writeV4(_ random: inout CellRandom, network: Network, _ out: ByteBuffer) {
        let value = random.next()
        if network == .any {
            for i in 0..<4 {
                if i > 0 { out.append(UInt8(ascii: ".")) }
                var octet = (value >> (8 * UInt64(i))) & 0xFF
                if i == 0 && (octet == 0 || octet == 127 || octet >= 224) { octet = 1 + octet % 126 }
                out.append(digitsOf: octet, minimumWidth: 1)
            }
            return
        }
        let chosen = network == .private ? [Network.privateA, .privateB, .privateC][Int(value >> 62) % 3] : network
        let (prefix, length) = chosen.block
        let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << (32 - length)
        let address = (prefix & mask) | (UInt32(truncatingIfNeeded: value) & ~mask)
        for i in 0..<4 {
            if i > 0 { out.append(UInt8(ascii: ".")) }
            out.append(digitsOf: UInt64((address >> (24 - 8 * UInt32(i))) & 0xFF), minimumWidth: 1)
        }
    }

    static func writeV6(_ random: inout CellRandom, _ out: ByteBuffer) {
        let high = random.next(), low = random.next()
        for i in 0..<8 {
            if i > 0 { out.append(UInt8(ascii: ":")) }
            let word = i < 4 ? high >> (48 - 16 * UInt64(i)) : low >> (48 - 16 * UInt64(i - 4))
            appendHex(word & 0xFFFF, digits: 4, to: out)
        }
    }
}
