extension MethodCatalog {
    /// Internet methods beyond addresses and names: either IP version, and JSON Web Tokens.
    static let internetExtraMethods: [MethodSpec] = [
        MethodSpec("internet.ip", doc: "IPv4 or IPv6 address, half each.", example: "203.0.113.42") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                if random.next() & 1 == 0 { IPAddress.writeV4(&random, network: .any, row.cells) } else { IPAddress.writeV6(&random, row.cells) }
            }
        },
        listMethod("internet.jwtAlgorithm", "internet/jwt_algorithms.txt", doc: "JSON Web Signature algorithm name (RFC 7518).", example: "HS256"),
        MethodSpec("internet.jwt", doc: "JSON Web Token: base64url header, payload (iat, exp, sub, jti) and a random signature.", example: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQi...") { _, context in
            let algorithms = try context.list("internet/jwt_algorithms.txt").items
            let headers = algorithms.map { Base64URL.encode(Array("{\"alg\":\"\($0)\",\"typ\":\"JWT\"}".utf8)) }
            let now = context.now
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append(headers[random.below(headers.count)])
                row.cells.append(UInt8(ascii: "."))
                let issued = now - Int64(random.below(UInt64(31_556_952)))
                let scratch = ByteBuffer(capacity: 160)
                scratch.append("{\"iat\":"); scratch.append(int: issued)
                scratch.append(",\"exp\":"); scratch.append(int: issued + 3600 * Int64(1 + random.below(24)))
                scratch.append(",\"sub\":\"")
                appendUUID(high: (random.next() & ~0xF000) | 0x4000, low: (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000, to: scratch)
                scratch.append("\",\"jti\":\"")
                for _ in 0..<16 { scratch.append(hexDigits[random.below(16)]) }
                scratch.append("\"}")
                row.cells.append(Base64URL.encode(Array(scratch.bytes)))
                row.cells.append(UInt8(ascii: "."))
                var signature: [UInt8] = []
                for _ in 0..<4 { withUnsafeBytes(of: random.next()) { signature += $0 } }
                row.cells.append(Base64URL.encode(signature))
            }
        },
    ]
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), as JWTs use it.
enum Base64URL {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var i = 0
        while i < bytes.count {
            let chunk = bytes[i..<min(i + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for j in 0...chunk.count { out.append(alphabet[(value >> (18 - 6 * j)) & 63]) }
            i += 3
        }
        return out
    }
}
