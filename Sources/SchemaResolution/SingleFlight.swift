/// Concurrent requests for the same key share one piece of work: the first caller starts
/// it, the others wait for its result. The key is forgotten once the work ends, so a later
/// request starts afresh (by then the answer is usually cached).
actor SingleFlight<Value: Sendable> {
    private var running: [String: Task<Value, Never>] = [:]

    func run(_ key: String, _ work: @escaping @Sendable () async -> Value) async -> (value: Value, shared: Bool) {
        if let task = running[key] { return (await task.value, true) }
        let task = Task { await work() }
        running[key] = task
        let value = await task.value
        running[key] = nil
        return (value, false)
    }
}
