import Synchronization

/// A value made at its first use and then shared by every thread (two threads racing at
/// the start may both make it; one result is kept). For corpus parts most runs never need
/// or need only after start-up: the speller, its typo index.
final class Lazy<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let reference = AtomicLazyReference<Box>()
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        if let box = reference.load() { return box.value }
        return reference.storeIfNil(Box(make())).value
    }
}
