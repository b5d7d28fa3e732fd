import SynthCore

/// The members of a JSON object body, checked against the fields a route knows: one
/// reader for the small routes (`POST /schema`, `POST /cache`) instead of a loop each.
struct BodyFields {
    private let members: [String: JSONValue]

    /// - Throws: `APIError` when the body is not an object or names a field not in `known`.
    init(_ body: JSONValue?, known: [String], example: String) throws {
        guard case .object(let members)? = body else { throw APIError.badRequest("the body must be a JSON object: \(example)") }
        for (name, _) in members where !known.contains(name) {
            throw APIError.badRequest("unknown field '\(name)'; known: \(known.joined(separator: ", "))", field: name)
        }
        self.members = Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    /// The required description, within the server's limits.
    func description(settings: ServerSettings) throws -> String {
        guard let value = members["description"] else { throw APIError.invalid("description", "description is required") }
        guard let text = value.stringValue else { throw APIError.invalid("description", "description must be a string") }
        return try GenerateRequest.checkDescription(text, settings: settings)
    }

    func bool(_ name: String) throws -> Bool? {
        guard let value = members[name] else { return nil }
        guard let flag = value.boolValue else { throw APIError.invalid(name, "\(name) must be true or false") }
        return flag
    }

    /// A required JSON object member.
    func object(_ name: String, mustBe: String) throws -> JSONValue {
        guard let value = members[name] else { throw APIError.invalid(name, "\(name) is required") }
        guard case .object = value else { throw APIError.invalid(name, "\(name) must be \(mustBe)") }
        return value
    }
}
