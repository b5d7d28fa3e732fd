import CPCRE2
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A PCRE2 pattern compiled once (with JIT when available), matched against UTF-8 text
/// under match and depth limits: a hostile pattern or description ends in a reported
/// non-match, never a hang.
///
/// PCRE2's manual (pcre2api, "Multithreading"): compiled code is never modified by
/// matching, JIT code included, so one compiled pattern may be shared by threads; match
/// data and the match context are created per call. Hence `@unchecked Sendable`.
public final class PCRE2Pattern: @unchecked Sendable {
    public struct CompileError: Error, CustomStringConvertible, Sendable {
        public let code: Int32
        public let message: String
        /// Byte offset in the pattern where compilation failed.
        public let offset: Int
        public var description: String { "\(message) at offset \(offset)" }
    }

    /// Limits applied to every match (PCRE2 defaults are 10,000,000 both).
    public static let matchLimit: UInt32 = 200_000
    public static let depthLimit: UInt32 = 2_000
    // Off unless SYNTHGEN_PCRE2_JIT=1: measured on this corpus (short subjects, ~3,700
    // patterns), JIT made start-up 4x and resolution 2x slower than the interpreter,
    // whose quick required-character checks reject most patterns at once.
    public static let jitByDefault = getenv("SYNTHGEN_PCRE2_JIT").map { String(cString: $0) == "1" } ?? false

    public let pattern: String
    private let caseless: Bool
    private let jit: Bool
    /// The compiled code, made at init or, for a deferred pattern, by its first match.
    private let compiled = AtomicLazyReference<Compiled>()

    /// Owns PCRE2's compiled code (read-only once made, so shared by threads) or the error.
    final class Compiled: @unchecked Sendable {
        let code: OpaquePointer?
        let error: CompileError?
        let isJIT: Bool

        init(_ pattern: String, caseless: Bool, jit: Bool) {
            var errorCode: Int32 = 0
            var errorOffset: Int = 0
            // UTF without UCP: rules match normalised text where ASCII word boundaries suffice,
            // and compiling without Unicode properties is several times faster at start-up.
            // Multiline: ^ and $ also match at line ends, so whole-mention patterns (^names?$)
            // work on mentions joined one per line.
            var options = synthgen_pcre2_utf() | synthgen_pcre2_multiline()
            if caseless { options |= synthgen_pcre2_caseless() }
            code = pattern.withCString { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) {
                    pcre2_compile_8($0, pattern.utf8.count, options, &errorCode, &errorOffset, nil)
                }
            }
            error = code == nil ? CompileError(code: errorCode, message: PCRE2Pattern.message(errorCode), offset: errorOffset) : nil
            isJIT = code.map { jit && pcre2_jit_compile_8($0, synthgen_pcre2_jit_complete()) == 0 } ?? false
        }

        deinit { if let code { pcre2_code_free_8(code) } }
    }

    /// Compiles now.
    /// - Throws: `CompileError` with PCRE2's code, message and offset.
    public init(_ pattern: String, caseless: Bool = true, jit: Bool = PCRE2Pattern.jitByDefault) throws {
        self.pattern = pattern
        self.caseless = caseless
        self.jit = jit
        indexKeys = nil
        let code = Compiled(pattern, caseless: caseless, jit: jit)
        if let error = code.error { throw error }
        _ = compiled.storeIfNil(code)
    }

    /// Compiles at the first match: for a corpus whose patterns are known to compile (the
    /// bundled one, checked by `rules lint` and the tests), most of which a given text
    /// never runs. A pattern that fails to compile then never matches; `compileError`
    /// reports why.
    public init(deferring pattern: String, caseless: Bool = true, jit: Bool = PCRE2Pattern.jitByDefault, indexKeys: [UInt64]? = nil) {
        self.pattern = pattern
        self.caseless = caseless
        self.jit = jit
        self.indexKeys = indexKeys
    }

    /// `LiteralIndex` keys worked out at build time (empty: the pattern always runs);
    /// nil when they are to be derived at load.
    let indexKeys: [UInt64]?

    private var code: Compiled {
        if let code = compiled.load() { return code }
        // Two threads may both compile; one result is kept, the other freed.
        return compiled.storeIfNil(Compiled(pattern, caseless: caseless, jit: jit))
    }

    /// Whether JIT code is in use (compiling the pattern if it was deferred).
    public var isJIT: Bool { code.isJIT }

    /// Why the pattern does not compile, or nil (compiling it if it was deferred).
    public var compileError: CompileError? { code.error }

    /// The match context holding the limits: made once, only read by matches (safe to share).
    final class Limits: @unchecked Sendable {
        let context: OpaquePointer
        init() {
            context = pcre2_match_context_create_8(nil)!
            pcre2_set_match_limit_8(context, PCRE2Pattern.matchLimit)
            pcre2_set_depth_limit_8(context, PCRE2Pattern.depthLimit)
        }
    }

    static let limits = Limits()

    /// Match data for one pair of offsets, reused across matches by one thread.
    public final class MatchScratch {
        let data: OpaquePointer
        public init() { data = pcre2_match_data_create_8(1, nil)! }
        deinit { pcre2_match_data_free_8(data) }
    }

    static func message(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer[0..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// Outcome of a match: a limit hit is reported, and treated by callers as no match.
    public enum Outcome: Equatable, Sendable {
        case match([Range<Int>])
        case noMatch
        case limitExceeded(String)
    }

    /// Every non-overlapping match in `text` (byte ranges of the UTF-8 text).
    public func allMatches(in text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in allMatches(in: bytes) }
    }

    public func allMatches(in bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        allMatches(in: bytes, scratch: MatchScratch())
    }

    /// Whether the pattern matches anywhere (stops at the first match).
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        if case .match = allMatches(in: bytes, scratch: scratch, first: true) { return true }
        return false
    }

    /// The leftmost match's byte range, if any.
    public func firstMatch(_ bytes: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Range<Int>? {
        if case .match(let ranges) = allMatches(in: bytes, scratch: scratch, first: true) { return ranges.first }
        return nil
    }

    /// Whether the pattern matches starting exactly at `offset` (write it with `\G`).
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, scratch: MatchScratch) -> Bool {
        if case .match = allMatches(in: bytes, scratch: scratch, first: true, from: offset) { return true }
        return false
    }

    /// Every non-overlapping match, reusing `scratch` (one per thread) for the offsets.
    public func allMatches(in bytes: UnsafeBufferPointer<UInt8>, scratch: MatchScratch, first: Bool = false, from offset: Int = 0) -> Outcome {
        guard let code = self.code.code else { return .noMatch }
        let matchData = scratch.data
        let context = Self.limits.context
        var ranges: [Range<Int>] = []
        var start = offset
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        while start <= bytes.count {
            let rc = pcre2_match_8(code, base, bytes.count, start, synthgen_pcre2_no_utf_check(), matchData, context)
            if rc == synthgen_pcre2_error_nomatch() { break }
            if rc < 0 { return ranges.isEmpty ? .limitExceeded(PCRE2Pattern.message(rc)) : .match(ranges) }
            let vector = pcre2_get_ovector_pointer_8(matchData)!
            let lower = vector[0], upper = vector[1]
            ranges.append(lower..<upper)
            if first { break }
            // An empty match advances one byte (to the next UTF-8 character start).
            var next = upper
            if upper == lower {
                next += 1
                while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
            }
            start = next
        }
        return ranges.isEmpty ? .noMatch : .match(ranges)
    }

    public func matches(_ text: String) -> Bool {
        if case .match = allMatches(in: text) { return true }
        return false
    }
}
