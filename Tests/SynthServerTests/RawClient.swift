import Foundation

/// A blocking HTTP/1.1 client on a plain socket, for what a library client hides: reading
/// part of a body and then hanging up, or not reading at all.
final class RawClient {
    let fd: Int32

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        // A small receive buffer, so an unread response fills it quickly.
        var size: Int32 = 16 * 1024
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect failed") }
    }

    func send(post path: String, body: String) throws {
        let request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let bytes = Array(request.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else { throw Failure(description: "write failed") }
    }

    /// Reads until at least `count` bytes (head included) have arrived.
    func read(atLeast count: Int) throws -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        while total < count {
            let n = Glibc.read(fd, &buffer, buffer.count)
            guard n > 0 else { throw Failure(description: "connection closed after \(total) bytes") }
            total += n
        }
        return total
    }

    func close() {
        Glibc.close(fd)
    }
}
