import Foundation
import IntentMatching
import SynthCore

/// What an LLM call produced, for the caller to cache and report.
public struct Design: Sendable {
    public var schema: Schema
    public var model: String
    public var promptTokens: Int
    public var completionTokens: Int
    public var costUSD: Double
    public var attempts: Int
    public var repairs: [String]
    public var dropped: [String]
}

/// Asks an OpenAI-compatible server for a schema, within the spend caps, and validates
/// and repairs what comes back.
public struct SchemaDesigner: Sendable {
    public let client: ChatCompletionClient
    public let prompt: SchemaPrompt
    public let reader: AnswerReader
    public let ledger: SpendLedger

    public init(client: ChatCompletionClient, reader: AnswerReader, ledger: SpendLedger, prompt: SchemaPrompt = SchemaPrompt()) {
        self.client = client
        self.reader = reader
        self.ledger = ledger
        self.prompt = prompt
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        /// The caps leave no room: no call was made.
        case budget(String)
        /// The call failed; tokens spent, if any, are in the ledger.
        case call(LLMError)
        case answer(AnswerReader.Failure, tokens: Int, costUSD: Double)

        public var description: String {
            switch self {
            case .budget(let why): return "LLM not asked: \(why)"
            case .call(let error): return "LLM call failed: \(error)"
            case .answer(let failure, _, _): return "LLM answer rejected: \(failure)"
            }
        }
    }

    /// - Parameter key: the description's cache key, written to the ledger.
    public func design(_ description: String, key: String) async throws(Failure) -> Design {
        let messages = prompt.messages(for: description)
        let format = prompt.responseFormat
        let promptChars = messages.reduce(0) { $0 + ($1["content"]?.stringValue?.utf8.count ?? 0) } + format.json.jsonText().utf8.count
        // Worst case: about 4 characters a token in, the whole max_tokens out.
        let estimate = ledger.prices.cost(model: client.configuration.model, promptTokens: promptChars / 3, completionTokens: client.configuration.maxTokens)
        let reservation: SpendLedger.Reservation
        do { reservation = try ledger.reserve(estimatedUSD: estimate) } catch { throw .budget(error.description) }
        let answer: ChatAnswer
        do {
            answer = try await client.complete(messages: messages, format: format)
        } catch {
            // A failed call may still have been billed: it is recorded (with no tokens), not released.
            ledger.settle(reservation, model: client.configuration.model, promptTokens: 0, completionTokens: 0, key: key)
            throw .call(error as? LLMError ?? .transport(String(describing: error)))
        }
        let record = ledger.settle(
            reservation, model: answer.model, promptTokens: answer.promptTokens, completionTokens: answer.completionTokens, key: key
        )
        do {
            let result = try reader.read(answer.content, finishReason: answer.finishReason)
            return Design(
                schema: result.schema, model: answer.model, promptTokens: answer.promptTokens, completionTokens: answer.completionTokens,
                costUSD: record.costUSD, attempts: answer.attempts, repairs: result.repairs, dropped: result.dropped
            )
        } catch {
            throw .answer(error, tokens: answer.promptTokens + answer.completionTokens, costUSD: record.costUSD)
        }
    }
}
