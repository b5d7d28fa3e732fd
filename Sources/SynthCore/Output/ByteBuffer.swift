/// A growable byte buffer that generators write UTF-8 into directly: no `String` per cell,
/// no allocation once it has grown to the chunk's size.
public final class ByteBuffer {
    public private(set) var base: UnsafeMutablePointer<UInt8>
    public private(set) var capacity: Int
    public var count: Int = 0

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    public func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.update(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = newCapacity
    }

    @inline(__always)
    public func append(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    public func append(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        if n == 0 { return }
        reserve(n)
        let source = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        if n <= 16 {
            // Most cells are short: a byte loop beats a memmove call.
            let target = base + count
            for i in 0..<n { target[i] = source[i] }
        } else {
            (base + count).update(from: source, count: n)
        }
        count += n
    }

    @inline(__always)
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    @inline(__always)
    public func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Bytes `from..<to` appended again at the end (copying a cell of the same buffer).
    @inline(__always)
    public func appendCopy(from start: Int, to end: Int) {
        let n = end - start
        if n <= 0 { return }
        reserve(n)
        (base + count).update(from: base + start, count: n)
        count += n
    }

    /// Decimal text of a signed integer.
    @inline(__always)
    public func append(int value: Int64) {
        reserve(20)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        append(digitsOf: value.magnitude, minimumWidth: 1)
    }

    /// Decimal digits of `value`, left-padded with zeros to `minimumWidth`.
    @inline(__always)
    public func append(digitsOf value: UInt64, minimumWidth: Int) {
        var digits = 1
        var probe = value
        while probe >= 10 { probe /= 10; digits += 1 }
        let width = max(digits, minimumWidth)
        reserve(width)
        var v = value
        var index = count + width - 1
        while index >= count {
            base[index] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
            v /= 10
            index -= 1
        }
        count += width
    }

    /// A fixed-point number `units / 10^decimals`, e.g. 12345 with 2 decimals is "123.45".
    @inline(__always)
    public func append(fixed units: Int64, decimals: Int) {
        if decimals == 0 { append(int: units); return }
        if units < 0 { append(UInt8(ascii: "-")) }
        let magnitude = units.magnitude
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale &*= 10 }
        append(digitsOf: magnitude / scale, minimumWidth: 1)
        append(UInt8(ascii: "."))
        append(digitsOf: magnitude % scale, minimumWidth: decimals)
    }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}
