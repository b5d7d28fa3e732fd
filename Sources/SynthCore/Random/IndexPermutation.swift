/// A keyed bijection of `0..<size`: row `i` maps to a distinct index, which makes
/// `unique` columns deterministic, parallel and shardable (no set of seen values).
/// Feistel network over the smallest even bit width covering `size`, with cycle walking.
public struct IndexPermutation: Sendable {
    public let size: UInt64
    let halfBits: UInt64
    let mask: UInt64
    let keys: (UInt64, UInt64, UInt64, UInt64)

    public init(size: UInt64, key: UInt64) {
        precondition(size > 0)
        self.size = size
        var bits: UInt64 = 2
        while bits < 64 && (1 << bits) < size { bits += 2 }
        halfBits = bits / 2
        mask = halfBits >= 64 ? .max : (1 << halfBits) - 1
        keys = (CellRandom.mix(key ^ 1), CellRandom.mix(key ^ 2), CellRandom.mix(key ^ 3), CellRandom.mix(key ^ 4))
    }

    @inline(__always)
    private func round(_ value: UInt64, _ key: UInt64) -> UInt64 {
        CellRandom.mix(value ^ key) & mask
    }

    private func encrypt(_ value: UInt64) -> UInt64 {
        var left = (value >> halfBits) & mask
        var right = value & mask
        for key in [keys.0, keys.1, keys.2, keys.3] {
            let next = left ^ round(right, key)
            left = right
            right = next
        }
        return (left << halfBits) | right
    }

    /// The image of `index` (which must be below `size`).
    public func apply(_ index: UInt64) -> UInt64 {
        if size == 1 { return 0 }
        var value = encrypt(index)
        // The Feistel domain is at most 4× size, so a few steps reach a value in range.
        while value >= size { value = encrypt(value) }
        return value
    }
}
