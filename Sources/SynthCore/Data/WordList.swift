/// Strings stored as one contiguous UTF-8 block with offsets, optionally weighted:
/// picking and writing an item is an index computation and a memcpy.
public final class WordList: @unchecked Sendable {
    // Immutable after init, so sharing between worker threads is safe. Raw copies of the
    // bytes and offsets keep the hot path free of array retains and bounds checks.
    let bytes: [UInt8]
    let offsets: [Int]
    let sampler: AliasSampler?
    private let rawBytes: UnsafeMutablePointer<UInt8>
    private let rawOffsets: UnsafeMutablePointer<Int>

    public let count: Int
    /// No item needs escaping in any output format.
    public let isPlainText: Bool

    public convenience init(_ items: [String], weights: [Double]? = nil) {
        precondition(!items.isEmpty, "a word list needs at least one item")
        var bytes: [UInt8] = []
        var offsets = [0]
        for item in items {
            bytes.append(contentsOf: item.utf8)
            offsets.append(bytes.count)
        }
        self.init(bytes: bytes, offsets: offsets, weights: weights)
    }

    /// Items `i` are `bytes[offsets[i]..<offsets[i + 1]]`.
    public init(bytes: [UInt8], offsets: [Int], weights: [Double]? = nil) {
        precondition(offsets.count > 1, "a word list needs at least one item")
        self.bytes = bytes
        self.offsets = offsets
        count = offsets.count - 1
        isPlainText = SynthCore.isPlainText(bytes)
        rawBytes = .allocate(capacity: max(bytes.count, 1))
        rawBytes.initialize(from: bytes, count: bytes.count)
        rawOffsets = .allocate(capacity: offsets.count)
        rawOffsets.initialize(from: offsets, count: offsets.count)
        if let weights, weights.contains(where: { $0 != weights[0] }) {
            sampler = AliasSampler(weights: weights)
        } else {
            sampler = nil
        }
    }

    deinit {
        rawBytes.deallocate()
        rawOffsets.deallocate()
        sampler?.deallocate()
    }

    public subscript(index: Int) -> String {
        String(decoding: bytes[offsets[index]..<offsets[index + 1]], as: UTF8.self)
    }

    public var items: [String] { (0..<count).map { self[$0] } }

    /// A random index, by weight when the list has weights.
    @inline(__always)
    public func pick(_ random: inout CellRandom) -> Int {
        guard let sampler else { return random.below(count) }
        return sampler.sample(&random)
    }

    @inline(__always)
    public func write(_ index: Int, to buffer: ByteBuffer) {
        precondition(index >= 0 && index < count)
        let start = rawOffsets[index]
        buffer.append(UnsafeRawBufferPointer(start: rawBytes + start, count: rawOffsets[index + 1] - start))
    }

    @inline(__always)
    public func writeRandom(_ random: inout CellRandom, to buffer: ByteBuffer) {
        write(pick(&random), to: buffer)
    }

    /// The UTF-8 bytes of item `index`.
    public func utf8(_ index: Int) -> ArraySlice<UInt8> {
        bytes[offsets[index]..<offsets[index + 1]]
    }
}

/// Walker's alias method: O(1) weighted sampling with one 64-bit draw. A trivial value
/// (a pointer and a size), so copying it costs no reference counting in the hot path.
public struct AliasSampler: @unchecked Sendable {
    // Read-only after init. Freed by whoever holds the sampler: a word list or place table
    // in its deinit, any other holder through a `RawMemoryOwner` kept beside it.
    let table: UnsafeMutablePointer<(UInt32, Int32)>
    let size: UInt64

    public init(weights: [Double]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        var scaled = weights.map { total > 0 ? $0 / total * Double(n) : 1 }
        var small: [Int] = []
        var large: [Int] = []
        for (i, p) in scaled.enumerated() { if p < 1 { small.append(i) } else { large.append(i) } }
        var probability = [UInt32](repeating: UInt32.max, count: n)
        var alias = [Int32](repeating: 0, count: n)
        while let s = small.popLast(), let l = large.last {
            probability[s] = UInt32(min(scaled[s] * 4_294_967_296.0, 4_294_967_295.0))
            alias[s] = Int32(l)
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        for i in large + small { probability[i] = UInt32.max; alias[i] = Int32(i) }
        table = .allocate(capacity: max(n, 1))
        for i in 0..<n { (table + i).initialize(to: (probability[i], alias[i])) }
        size = UInt64(n)
    }

    var rawTable: UnsafeMutableRawPointer { UnsafeMutableRawPointer(table) }

    /// Frees the table: only the sampler's one owner calls this, once, when it goes away.
    func deallocate() { table.deallocate() }

    @inline(__always)
    public func sample(_ random: inout CellRandom) -> Int {
        let draw = random.next()
        let column = Int(truncatingIfNeeded: draw.multipliedFullWidth(by: size).high)
        let coin = UInt32(truncatingIfNeeded: draw)
        let entry = table[column]
        return coin < entry.0 || entry.0 == UInt32.max ? column : Int(entry.1)
    }
}
