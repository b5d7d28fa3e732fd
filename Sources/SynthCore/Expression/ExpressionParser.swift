/// Reads expression text into syntax: numbers, durations (`3d`), strings in single or double
/// quotes, names (bare, or in backquotes for names with spaces), function calls, unary
/// `-`/`not`, `* / %`, `+ -`, comparisons, `and`, `or`, and parentheses.
/// Bounded: at most `maximumLength` bytes and `maximumDepth` levels of nesting, so hostile
/// text can neither exhaust the stack nor take long.
struct ExpressionParser {
    static let maximumLength = 4096
    static let maximumDepth = 64

    let bytes: [UInt8]
    var index = 0
    var depth = 0

    static func parse(_ text: String) throws(ExpressionProblem) -> ExpressionSyntax {
        guard text.utf8.count <= maximumLength else {
            throw ExpressionProblem(message: "the expression is \(text.utf8.count) bytes long; the limit is \(maximumLength)", position: 0)
        }
        var parser = ExpressionParser(bytes: Array(text.utf8))
        parser.skipSpace()
        guard parser.index < parser.bytes.count else { throw ExpressionProblem(message: "the expression is empty", position: 0) }
        let syntax = try parser.orExpression()
        parser.skipSpace()
        if parser.index < parser.bytes.count {
            throw ExpressionProblem(message: "unexpected \"\(parser.snippet())\"", position: parser.index)
        }
        return syntax
    }

    // MARK: precedence levels, lowest first

    mutating func orExpression() throws(ExpressionProblem) -> ExpressionSyntax {
        try nested { (p: inout ExpressionParser) throws(ExpressionProblem) in
            var left = try p.andExpression()
            while let at = p.keyword(["or", "||"]) {
                left = .binary("or", left, try p.andExpression(), at: at)
            }
            return left
        }
    }

    mutating func andExpression() throws(ExpressionProblem) -> ExpressionSyntax {
        var left = try comparison()
        while let at = keyword(["and", "&&"]) {
            left = .binary("and", left, try comparison(), at: at)
        }
        return left
    }

    mutating func comparison() throws(ExpressionProblem) -> ExpressionSyntax {
        let left = try additive()
        skipSpace()
        let at = index
        for op in ["==", "!=", "<>", "<=", ">=", "<", ">", "="] where lookingAt(op) {
            index += op.utf8.count
            let normalized = op == "=" ? "==" : op == "<>" ? "!=" : op
            return .binary(normalized, left, try additive(), at: at)
        }
        return left
    }

    mutating func additive() throws(ExpressionProblem) -> ExpressionSyntax {
        var left = try multiplicative()
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return left }
            let at = index
            let op = bytes[index] == UInt8(ascii: "+") ? "+" : "-"
            index += 1
            left = .binary(op, left, try multiplicative(), at: at)
        }
    }

    mutating func multiplicative() throws(ExpressionProblem) -> ExpressionSyntax {
        var left = try unary()
        while true {
            skipSpace()
            guard index < bytes.count, [UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), 0xC3].contains(bytes[index]) else { return left }
            let at = index
            var op = String(UnicodeScalar(bytes[index]))
            if bytes[index] == 0xC3 {
                // × (C3 97) and ÷ (C3 B7), as people write them.
                guard index + 1 < bytes.count, bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7 else { return left }
                op = bytes[index + 1] == 0x97 ? "*" : "/"
                index += 1
            }
            index += 1
            left = .binary(op, left, try unary(), at: at)
        }
    }

    mutating func unary() throws(ExpressionProblem) -> ExpressionSyntax {
        skipSpace()
        let at = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            index += 1
            return try nested { (p: inout ExpressionParser) throws(ExpressionProblem) in .unary("-", try p.unary(), at: at) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "!"), !lookingAt("!=") {
            index += 1
            return try nested { (p: inout ExpressionParser) throws(ExpressionProblem) in .unary("not", try p.unary(), at: at) }
        }
        if keyword(["not"]) != nil {
            return try nested { (p: inout ExpressionParser) throws(ExpressionProblem) in .unary("not", try p.unary(), at: at) }
        }
        return try primary()
    }

    mutating func primary() throws(ExpressionProblem) -> ExpressionSyntax {
        skipSpace()
        let at = index
        guard index < bytes.count else { throw ExpressionProblem(message: "the expression ends too soon", position: index) }
        let byte = bytes[index]
        if byte == UInt8(ascii: "(") {
            index += 1
            let inner = try orExpression()
            try expect(")")
            return inner
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") { return try quoted(byte) }
        if byte == UInt8(ascii: "`") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "`") { index += 1 }
            guard index < bytes.count else { throw ExpressionProblem(message: "a name in backquotes is not closed", position: at) }
            let name = String(decoding: bytes[start..<index], as: UTF8.self)
            index += 1
            return .name(name, at: at)
        }
        if isDigit(byte) || (byte == UInt8(ascii: ".") && index + 1 < bytes.count && isDigit(bytes[index + 1])) { return try number() }
        if isNameStart(byte), !atTimesOrDivide() {
            let start = index
            while index < bytes.count, isNamePart(bytes[index]), !atTimesOrDivide() { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "(") {
                index += 1
                return try call(word.lowercased(), at: at)
            }
            switch word.lowercased() {
            case "true": return .bool(true, at: at)
            case "false": return .bool(false, at: at)
            case "null": return .null(at: at)
            default: return .name(word, at: at)
            }
        }
        throw ExpressionProblem(message: "unexpected \"\(snippet())\"", position: at)
    }

    mutating func call(_ function: String, at: Int) throws(ExpressionProblem) -> ExpressionSyntax {
        var arguments: [ExpressionSyntax] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: ")") {
            index += 1
            return .call(function, arguments, at: at)
        }
        while true {
            arguments.append(try orExpression())
            skipSpace()
            guard index < bytes.count else { throw ExpressionProblem(message: "\(function)( is not closed", position: at) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect(")")
            return .call(function, arguments, at: at)
        }
    }

    mutating func number() throws(ExpressionProblem) -> ExpressionSyntax {
        let at = index
        while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "_") { index += 1 }
        let digits = String(decoding: bytes[at..<index], as: UTF8.self).replacingUnderscores()
        guard let value = Double(digits), value.isFinite else { throw ExpressionProblem(message: "\"\(digits)\" is not a number", position: at) }
        // A unit right after the number makes it a duration: 3d, 2h, 15min.
        let unitStart = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        if index > unitStart {
            let unit = String(decoding: bytes[unitStart..<index], as: UTF8.self)
            do {
                return .duration(seconds: try DurationText.seconds(digits + unit), at: at)
            } catch {
                throw ExpressionProblem(message: error.description, position: at)
            }
        }
        return .number(value, isInteger: !digits.contains("."), at: at)
    }

    mutating func quoted(_ quote: UInt8) throws(ExpressionProblem) -> ExpressionSyntax {
        let at = index
        index += 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                // A doubled quote inside the string stands for one.
                if index + 1 < bytes.count, bytes[index + 1] == quote { text.append(quote); index += 2; continue }
                index += 1
                return .text(String(decoding: text, as: UTF8.self), at: at)
            }
            text.append(byte)
            index += 1
        }
        throw ExpressionProblem(message: "a string is not closed", position: at)
    }

    // MARK: helpers

    mutating func nested(_ body: (inout ExpressionParser) throws(ExpressionProblem) -> ExpressionSyntax) throws(ExpressionProblem) -> ExpressionSyntax {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw ExpressionProblem(message: "the expression nests more than \(Self.maximumDepth) levels deep", position: index)
        }
        return try body(&self)
    }

    mutating func expect(_ character: Character) throws(ExpressionProblem) {
        skipSpace()
        guard index < bytes.count, bytes[index] == character.asciiValue! else {
            throw ExpressionProblem(message: index < bytes.count ? "expected \"\(character)\", found \"\(snippet())\"" : "expected \"\(character)\" before the end", position: index)
        }
        index += 1
    }

    /// Consumes one of `words` (a word must not run on into a name) and returns where it began.
    mutating func keyword(_ words: [String]) -> Int? {
        skipSpace()
        for word in words where lookingAt(word) {
            let end = index + word.utf8.count
            if isNameStart(word.utf8.first!), end < bytes.count, isNamePart(bytes[end]) { continue }
            let at = index
            index = end
            return at
        }
        return nil
    }

    func lookingAt(_ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where lower(bytes[index + offset]) != byte { return false }
        return true
    }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
    }

    func snippet() -> String {
        String(decoding: bytes[index..<min(index + 12, bytes.count)], as: UTF8.self)
    }

    func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
    func isNameStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "_") || byte >= 0x80 }
    func isNamePart(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }
    /// × or ÷ in UTF-8: an operator, not part of a name.
    func atTimesOrDivide() -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xC3 && (bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7)
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
