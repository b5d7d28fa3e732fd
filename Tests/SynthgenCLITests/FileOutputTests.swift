import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `-o` with real processes: what is left on disk when a run is killed, and targets that
/// are not regular files.
@Suite struct FileOutputTests {
    static let bigRun = ["generate", "--schema", CLI.inventory, "--rows", "100000000", "--seed", "1", "--threads", "1"]

    func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// Starts a long run into `target` and waits until its temporary file has bytes in it.
    func startLongRun(into target: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = Self.bigRun + ["-o", target.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_DATA_DIR": CLI.scratchDataDirectory]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(process.processIdentifier)")
        // Bounded wait for the run to get going; the assertions below do not depend on time.
        for _ in 0..<600 where process.isRunning {
            if let size = try? FileManager.default.attributesOfItem(atPath: partial.path)[.size] as? Int, size > 0 { break }
            usleep(50_000)
        }
        #expect(FileManager.default.fileExists(atPath: partial.path), "the run wrote its temporary file")
        return process
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalledRunLeavesNoPartialFile(signal: Int32) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("rows.csv")
        let process = try startLongRun(into: target)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the signal still ends the process")
        #expect(process.terminationStatus == signal)
        #expect(try names(in: directory) == [], "neither the partial file nor a half target is left")
    }

    @Test func aKilledRunsPartialIsRemovedByTheNextRun() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("rows.csv")
        let killed = try startLongRun(into: target)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(try names(in: directory) == [".rows.csv.partial-\(killed.processIdentifier)"], "SIGKILL cannot be caught")
        // A partial of a live process (this one) is another run's work in progress: kept.
        let live = ".rows.csv.partial-\(getpid())"
        FileManager.default.createFile(atPath: directory.appendingPathComponent(live).path, contents: Data("busy".utf8))
        let next = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "10", "--seed", "1", "-o", target.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try names(in: directory) == [live, "rows.csv"])
    }

    @Test func devNullStaysADevice() throws {
        let result = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "1000", "--seed", "1", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a character device")
        #expect(try names(in: URL(fileURLWithPath: "/dev")).allSatisfy { !$0.hasPrefix(".null.partial-") })
    }

    @Test func aFIFOReceivesTheBytes() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("rows.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let arguments = ["generate", "--schema", CLI.inventory, "--rows", "2000", "--seed", "5", "--now", "2025-01-01"]
        // The reader opens the FIFO on its own thread: opening blocks until the writer comes.
        let received = ReceivedBytes()
        let reader = Thread { received.data = Self.readAll(fifo.path) }
        reader.start()
        let written = try CLI.run(arguments + ["-o", fifo.path])
        #expect(written.status == 0, "\(written.stderr)")
        // Should the run have failed before opening the FIFO, this releases the reader.
        let release = open(fifo.path, O_WRONLY | O_NONBLOCK)
        if release >= 0 { close(release) }
        while !received.done { usleep(10_000) }
        let expected = try CLI.run(arguments).stdout
        #expect(expected.count > 10_000)
        #expect(received.data == expected)
        var info = stat()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        #expect(try names(in: directory) == ["rows.fifo"])
    }

    /// Opens (blocking until a writer comes) and reads to the end.
    static func readAll(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return data }
            data.append(contentsOf: buffer[..<n])
        }
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "10", "-o", directory.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a directory"), "\(result.stderr)")
    }
}

final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Data?
    private var finished = false
    var data: Data? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue; finished = true } }
    }
    var done: Bool { lock.withLock { finished } }
}
