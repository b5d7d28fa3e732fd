import HTTPTypes
import Hummingbird
import Logging
import SynthCore

/// Every failure the service reports: a status and `{"error": {"code", "message", "field"}}`.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public let field: String?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    public var json: JSONValue {
        .object([("error", .object([("code", .string(code)), ("message", .string(message)), ("field", field.map { .string($0) } ?? .null)]))])
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json.jsonText() + "\n")))
    }

    static func invalid(_ field: String, _ message: String) -> APIError { APIError(.unprocessableContent, "invalid_\(field)", message, field: field) }
    static func badRequest(_ message: String, field: String? = nil) -> APIError { APIError(.badRequest, "bad_request", message, field: field) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, "not_found", message) }
}

/// Turns anything a route throws into the JSON error shape (Hummingbird's own errors too).
struct ErrorShapeMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let code: String
            switch error.status {
            case .notFound: code = "not_found"
            case .methodNotAllowed: code = "method_not_allowed"
            case .contentTooLarge: code = "body_too_large"
            default: code = "http_\(error.status.code)"
            }
            throw APIError(error.status, code, error.body ?? error.status.reasonPhrase)
        }
    }
}
