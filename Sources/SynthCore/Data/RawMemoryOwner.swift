/// Frees raw memory that trivial value types point into (an alias sampler's table, a
/// pattern's flattened steps) when the object holding it goes away. The hot paths keep
/// reading through plain pointers, with no reference counting; only the owner is counted,
/// once per generator. Before owners, every request's samplers and pattern tables stayed
/// allocated for the life of the server (about 24 KB per request with a phone column).
final class RawMemoryOwner: @unchecked Sendable {
    // Immutable; deallocated once, in deinit.
    private let pointers: [UnsafeMutableRawPointer]

    init(_ pointers: [UnsafeMutableRawPointer]) {
        self.pointers = pointers
    }

    convenience init(samplers: [AliasSampler]) {
        self.init(samplers.map(\.rawTable))
    }

    deinit {
        for pointer in pointers { pointer.deallocate() }
    }
}
