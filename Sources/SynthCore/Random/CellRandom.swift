/// A counter-based random stream: its values depend only on (seed, row, column key),
/// so any row range can be generated independently, in any order, on any thread.
///
/// The stream is SplitMix64 started from a hash of the three inputs: output `i` is a
/// bijective mix of `start + i * gamma`, which is exactly a counter-based generator.
public struct CellRandom: Sendable {
    @usableFromInline var state: UInt64

    @inlinable
    public init(seed: UInt64, row: UInt64, key: UInt64) {
        state = CellRandom.mix(CellRandom.rowBase(seed: seed, row: row) ^ CellRandom.keyBase(key))
    }

    /// The same stream from parts the row loop computes once per row and once per column.
    @inlinable @inline(__always)
    public init(rowBase: UInt64, keyBase: UInt64) {
        state = CellRandom.mix(rowBase ^ keyBase)
    }

    @inlinable @inline(__always)
    public static func rowBase(seed: UInt64, row: UInt64) -> UInt64 { seed ^ mix(row &+ 0x632B_E59B_D9B4_E019) }

    @inlinable @inline(__always)
    public static func keyBase(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return CellRandom.mix(state)
    }

    /// Uniform in `0..<bound` (multiply-shift; bias below 2^-40 for bounds under 2^24).
    @inlinable @inline(__always)
    public mutating func below(_ bound: UInt64) -> UInt64 {
        next().multipliedFullWidth(by: bound).high
    }

    @inlinable @inline(__always)
    public mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: below(UInt64(truncatingIfNeeded: bound)))
    }

    /// Uniform in `lower...upper` (inclusive), for any Int64 range.
    @inlinable
    public mutating func int(in lower: Int64, _ upper: Int64) -> Int64 {
        let span = UInt64(bitPattern: upper &- lower)
        if span == .max { return Int64(bitPattern: next()) }
        return lower &+ Int64(bitPattern: below(span &+ 1))
    }

    /// Uniform in [0, 1) with 53 bits.
    @inlinable @inline(__always)
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inlinable @inline(__always)
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }
}

/// Stable 64-bit key of a name (FNV-1a), so a column's stream follows its name and not its
/// position: adding a column leaves the other columns' values unchanged.
public func streamKey(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
}
