/// ASCII forms of names for emails and user names: "José Müller" -> "jose", "mueller".
enum ASCIIFold {
    static let table: [Character: String] = {
        var map: [Character: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãåāăą", "a"), ("ä", "ae"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"),
            ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"),
            ("ñńņňŉ", "n"), ("òóôõøōŏő", "o"), ("ö", "oe"), ("œ", "oe"), ("ŕŗř", "r"), ("śŝşš", "s"),
            ("ß", "ss"), ("ţťŧ", "t"), ("ùúûũūŭůűų", "u"), ("ü", "ue"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        for (letters, replacement) in groups {
            for letter in letters { map[letter] = replacement }
        }
        return map
    }()

    /// Lowercase ASCII letters and digits only; other characters are dropped.
    static func fold<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        let text = String(decoding: Array(bytes), as: UTF8.self).lowercased()
        var out: [UInt8] = []
        for character in text {
            if character.isASCII {
                if let ascii = character.asciiValue, (97...122).contains(ascii) || (48...57).contains(ascii) { out.append(ascii) }
            } else if let replacement = table[character] {
                out.append(contentsOf: replacement.utf8)
            }
        }
        return out
    }
}

/// Per-list cache of folded ASCII forms, computed once at build time.
final class FoldedList: @unchecked Sendable {
    // Immutable after init.
    let items: [[UInt8]]
    init(_ list: WordList) {
        items = (0..<list.count).map { ASCIIFold.fold(list.utf8($0)) }
    }
}
