import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only file of JSON lines shared by processes: appends happen under an
/// exclusive lock on a sibling `.lock` file and are fsynced, so a `kill -9` can at worst
/// leave one torn last line, which readers skip and the next append seals off. Nothing
/// is ever rewritten in place; compaction writes a new file and renames it over the old.
public final class JournalFile: Sendable {
    public let path: String
    let lockPath: String

    public init(path: String) throws {
        self.path = path
        lockPath = path + ".lock"
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    public struct IOError: Error, CustomStringConvertible {
        public let description: String
        init(_ what: String, _ path: String, reason: String? = nil) {
            description = "\(what) \(path): \(reason ?? String(cString: strerror(errno)))"
        }
    }

    /// Runs `body` holding the exclusive lock (between processes; threads take it too).
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IOError("cannot open", lockPath) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw IOError("cannot lock", lockPath) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Appends whole lines (each without its newline) in one write, under the lock.
    public func append(_ lines: [String], sync: Bool = true) throws {
        guard !lines.isEmpty else { return }
        try withLock { try appendLocked(lines, sync: sync) }
    }

    /// Appends while the caller already holds the lock.
    public func appendLocked(_ lines: [String], sync: Bool) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IOError("cannot open", path) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        // A writer killed mid-line left no newline: start on a fresh line so only the torn one is lost.
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            var last: UInt8 = 0
            let readFD = open(path, O_RDONLY | O_CLOEXEC)
            if readFD >= 0 {
                if pread(readFD, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
                close(readFD)
            }
        }
        bytes += Self.bytes(of: lines)
        guard Self.writeAll(fd, bytes) else { throw IOError("cannot write", path) }
        if sync, fsync(fd) != 0 { throw IOError("cannot fsync", path) }
    }

    /// Where a reader has got to: the file's identity and the offset after its last whole line.
    public struct Position: Sendable, Equatable {
        public var device: UInt64 = 0
        public var inode: UInt64 = 0
        public var offset: Int64 = 0
        public init() {}
    }

    /// Whole lines added since `position`; from the start when the file was replaced
    /// (compacted) since. `reset` tells the caller to drop what it had read before.
    public func readLines(since position: Position) throws -> (lines: [Substring], position: Position, reset: Bool) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return ([], Position(), position != Position()) }
            throw IOError("cannot open", path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOError("cannot stat", path) }
        // A directory opens for reading and reads as nothing: that is not an empty journal.
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw IOError("cannot read", path, reason: "not a regular file")
        }
        var next = position
        var reset = false
        if UInt64(info.st_dev) != position.device || UInt64(info.st_ino) != position.inode || Int64(info.st_size) < position.offset {
            reset = position != Position()
            next = Position()
            next.device = UInt64(info.st_dev)
            next.inode = UInt64(info.st_ino)
        }
        let size = Int64(info.st_size)
        guard size > next.offset else { return ([], next, reset) }
        var bytes = [UInt8](repeating: 0, count: Int(size - next.offset))
        var read = 0
        while read < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + read, $0.count - read, off_t(next.offset) + off_t(read)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw IOError("cannot read", path) }
            guard n > 0 else { break }
            read += n
        }
        // Only whole lines: a line still being written (or torn) waits for its newline.
        guard let lastNewline = bytes[..<read].lastIndex(of: UInt8(ascii: "\n")) else { return ([], next, reset) }
        let text = String(decoding: bytes[...lastNewline], as: UTF8.self)
        next.offset += Int64(lastNewline + 1)
        // Split on bytes: splitting a String by Character costs grapheme breaking per byte.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
        return (lines, next, reset)
    }

    /// Replaces the whole file with `lines` (temp file, fsync, rename, fsync of the
    /// directory). The caller holds the lock.
    public func replaceLocked(with lines: [String]) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IOError("cannot create", temporary) }
        let ok = Self.writeAll(fd, Self.bytes(of: lines)) && fsync(fd) == 0
        close(fd)
        guard ok else {
            unlink(temporary)
            throw IOError("cannot write", temporary)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw IOError("cannot rename onto", path)
        }
        let directory = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    static func bytes(of lines: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
