#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Temporary output files that must not outlive the process: removed when SIGINT, SIGTERM
/// or SIGHUP stops it (the handler unlinks them, then the signal takes its default course,
/// so the exit status still says which signal it was), and removed by a later run when
/// the process that wrote them died some other way (SIGKILL, power loss).
enum TemporaryFiles {
    /// Slots read by the signal handler, which may only call async-signal-safe functions:
    /// plain C strings in a fixed C array, no Swift allocation, no lock.
    static let capacity = 16
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    static let registration = Mutex(false)
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Removes `path` if a signal stops the process before `forget`. Returns the slot, or nil
    /// when every slot is taken (the file is then only removed by a later run).
    static func remember(_ path: String) -> Int? {
        registration.withLock { installed in
            if !installed {
                installHandlers()
                installed = true
            }
            guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
            // Never freed: the handler may be reading it at any moment.
            slots[slot] = strdup(path)
            return slot
        }
    }

    static func forget(_ slot: Int) {
        registration.withLock { _ in slots[slot] = nil }
    }

    private static func installHandlers() {
        for signal in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = removeThenReraise
            #else
            action.__sigaction_u.__sa_handler = removeThenReraise
            #endif
            sigemptyset(&action.sa_mask)
            // The handler runs once; re-raising then meets the default action and ends the process.
            action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Removes stale `.NAME.partial-PID` files next to `path` whose process is gone.
    static func removeStale(in directory: String, name: String) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        let prefix = ".\(name).partial-"
        while let entry = readdir(handle) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)), pid > 0, !isRunning(pid) else { continue }
            unlink((directory == "/" ? "/" : directory + "/") + entryName)
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        // EPERM: it exists but belongs to another user.
        kill(pid, 0) == 0 || errno == EPERM
    }
}

private func removeThenReraise(_ signal: Int32) {
    for slot in 0..<TemporaryFiles.capacity {
        if let path = TemporaryFiles.slots[slot] { unlink(path) }
    }
    raise(signal)
}
