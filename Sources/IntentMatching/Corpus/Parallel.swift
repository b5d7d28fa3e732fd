import Dispatch
import Synchronization

/// Work spread over every core, results in input order: start-up work (reading rule
/// files, indexing patterns) that would otherwise keep one core busy and the other idle.
enum Parallel {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = transform(items[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
