import Foundation
import NIOHTTP1
import XCTest

/// Every route of the real server over loopback, and the bad input each must refuse.
final class RouteTests: XCTestCase {
    static let inventorySchema = #"{"product_id": {"type": "string.uuid"}, "sku": {"type": "helpers.replaceSymbols", "text": "SKU-####"}, "stock_level": {"type": "number.int", "min": 0, "max": 500}}"#

    var server: ServerProcess!

    override func setUp() async throws {
        server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"])
    }

    override func tearDown() async throws {
        server?.stop()
    }

    func testTheOriginalDesignsRequestGivesItsInventoryColumns() async throws {
        let reply = try await server.post("/generate", #"{"description": "Generate product inventory with SKUs and stock levels", "rows": 25, "seed": 42}"#)
        XCTAssertEqual(reply.status, 200, reply.text)
        let lines = reply.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 26)
        XCTAssertEqual(lines[0], "product_id,sku,product_name,category,stock_level,price,warehouse_location")
        XCTAssertEqual(reply.headers.first(name: "Content-Type"), "text/csv; charset=utf-8")
        XCTAssertEqual(reply.headers.first(name: "Content-Disposition"), "attachment; filename=\"synthgen-42.csv\"")
        XCTAssertEqual(reply.headers.first(name: "X-Synthgen-Source"), "rules")
        XCTAssertEqual(reply.headers.first(name: "X-Synthgen-Seed"), "42")
        XCTAssertNotNil(reply.headers.first(name: "X-Synthgen-Rule"))
        XCTAssertNotNil(reply.headers.first(name: "X-Request-Id"))
        XCTAssertGreaterThanOrEqual(Double(reply.headers.first(name: "X-Synthgen-Confidence") ?? "") ?? 0, 0.5)
    }

    func testQueryParametersAsInTheOriginalSkeleton() async throws {
        let reply = try await server.request(.POST, "/generate?description=customers%20with%20names%20and%20emails&rows=3&format=jsonl&seed=9")
        XCTAssertEqual(reply.status, 200, reply.text)
        let lines = reply.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        for line in lines { XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) }
        XCTAssertEqual(reply.headers.first(name: "Content-Type"), "application/x-ndjson")
    }

    func testSchemaBodyTSVAndTheSameBytesForTheSameSeed() async throws {
        let body = #"{"schema": \#(Self.inventorySchema), "rows": 200, "seed": 5, "format": "tsv", "now": "2025-01-01"}"#
        let first = try await server.post("/generate", body)
        let second = try await server.post("/generate", body)
        XCTAssertEqual(first.status, 200, first.text)
        XCTAssertEqual(first.body, second.body)
        XCTAssertEqual(first.headers.first(name: "X-Synthgen-Source"), "schema")
        XCTAssertTrue(first.text.hasPrefix("product_id\tsku\tstock_level\n"))
    }

    func testSchemaRouteResolvesWithoutGenerating() async throws {
        let reply = try await server.post("/schema", #"{"description": "hospital patients with diagnoses and admission dates"}"#)
        XCTAssertEqual(reply.status, 200, reply.text)
        let json = try XCTUnwrap(reply.json)
        XCTAssertNotNil(json["schema"] as? [String: Any])
        XCTAssertEqual(json["source"] as? String, "rules")
        XCTAssertNotNil(json["explanation"] as? [String: Any])
        XCTAssertEqual((json["cache_key"] as? String)?.count, 64)
    }

    func testReadOnlyRoutes() async throws {
        let health = try await server.get("/healthz")
        XCTAssertEqual(health.json?["status"] as? String, "ok")
        let methods = try JSONSerialization.jsonObject(with: Data(try await server.get("/methods").text.utf8)) as? [[String: Any]]
        XCTAssertGreaterThanOrEqual(methods?.count ?? 0, 250)
        XCTAssertTrue(methods?.contains { $0["name"] as? String == "finance.iban" } ?? false)
        let rules = try JSONSerialization.jsonObject(with: Data(try await server.get("/rules").text.utf8)) as? [[String: Any]]
        XCTAssertGreaterThanOrEqual(rules?.count ?? 0, 80)
        let spec = try await server.get("/openapi.yaml")
        XCTAssertEqual(spec.status, 200)
        XCTAssertTrue(spec.text.contains("/generate:") && spec.text.contains("openapi:"))
        let page = try await server.get("/")
        XCTAssertEqual(page.headers.first(name: "Content-Type"), "text/html; charset=utf-8")
        XCTAssertTrue(page.text.contains("id=\"preview\"") || page.text.contains("preview"))
        let budget = try await server.get("/budget")
        XCTAssertEqual(budget.json?["offline"] as? Bool, true)
        _ = try await server.post("/generate", #"{"schema": \#(Self.inventorySchema), "rows": 10}"#)
        let rowsMetric = try await server.metric("synthgen_rows_total")
        XCTAssertEqual(rowsMetric, 10)
        let metrics = try await server.get("/metrics").text
        XCTAssertTrue(metrics.contains("synthgen_http_requests_total{"), metrics)
        XCTAssertTrue(metrics.contains("synthgen_http_request_duration_seconds_bucket{"))
        XCTAssertTrue(metrics.contains("synthgen_resolutions_total") || metrics.contains("synthgen_llm_calls_total"))
    }

    func testCacheRoutesStoreListShowAndDelete() async throws {
        let stored = try await server.post("/cache", #"{"description": "zorblax membership ledger", "schema": \#(Self.inventorySchema)}"#)
        XCTAssertEqual(stored.status, 201, stored.text)
        let key = try XCTUnwrap(stored.json?["key"] as? String)
        XCTAssertEqual(stored.json?["source"] as? String, "user")
        let list = try await server.get("/cache")
        XCTAssertEqual((list.json?["entries"] as? [[String: Any]])?.count, 1)
        let storedDescription = try await server.get("/cache/\(key)").json?["description"] as? String
        XCTAssertEqual(storedDescription, "zorblax membership ledger")
        // The stored schema now answers the description.
        let resolved = try await server.post("/schema", #"{"description": "Zorblax membership ledger"}"#)
        XCTAssertEqual(resolved.json?["source"] as? String, "cache")
        let deleteStatus = try await server.request(.DELETE, "/cache/\(key)").status
        XCTAssertEqual(deleteStatus, 204)
        let gone = try await server.get("/cache/\(key)")
        XCTAssertEqual(gone.status, 404)
        XCTAssertEqual(gone.errorCode, "not_found")
        let badSchema = try await server.post("/cache", #"{"description": "x y z", "schema": {"a": "person.fristName"}}"#)
        XCTAssertEqual(badSchema.status, 422)
        XCTAssertEqual(badSchema.errorField, "schema")
    }

    func testBadInputGetsAClearJSONError() async throws {
        let cases: [(body: String, status: Int, code: String, field: String?)] = [
            ("{\"description\": ", 400, "malformed_json", nil),
            ("[1, 2]", 400, "bad_request", nil),
            (#"{"description": "customers", "colour": "red"}"#, 400, "bad_request", "colour"),
            (#"{"description": 42}"#, 422, "invalid_description", "description"),
            (#"{"description": "   "}"#, 422, "invalid_description", "description"),
            (#"{}"#, 422, "invalid_description", "description"),
            (#"{"description": "customers", "rows": -1}"#, 422, "invalid_rows", "rows"),
            (#"{"description": "customers", "rows": 1000000000000}"#, 422, "invalid_rows", "rows"),
            (#"{"description": "customers", "rows": "many"}"#, 422, "invalid_rows", "rows"),
            (#"{"description": "customers", "rows": 2.5}"#, 422, "invalid_rows", "rows"),
            (#"{"description": "customers", "seed": -3}"#, 422, "invalid_seed", "seed"),
            (#"{"description": "customers", "format": "xlsx"}"#, 422, "invalid_format", "format"),
            (#"{"schema": {"a": "person.fristName"}}"#, 422, "invalid_schema", "schema"),
            (#"{"schema": "person.firstName"}"#, 422, "invalid_schema", "schema"),
            (#"{"schema": {"a": "person.firstName"}, "description": "both"}"#, 422, "invalid_schema", "schema"),
            (#"{"description": "\#(String(repeating: "a", count: 5000))"}"#, 422, "invalid_description", "description"),
        ]
        for (body, status, code, field) in cases {
            let reply = try await server.post("/generate", body)
            XCTAssertEqual(reply.status, status, "\(body.prefix(60)): \(reply.text)")
            XCTAssertEqual(reply.errorCode, code, "\(body.prefix(60)): \(reply.text)")
            XCTAssertEqual(reply.errorField, field, "\(body.prefix(60))")
            XCTAssertNotNil((reply.json?["error"] as? [String: Any])?["message"] as? String)
        }
        let typo = try await server.post("/generate", #"{"schema": {"a": "person.fristName"}}"#)
        XCTAssertTrue(typo.text.contains("person.firstName"), "suggests the right method: \(typo.text)")
    }

    func testOversizedBodyUnknownRouteAndWrongMethod() async throws {
        let huge = #"{"description": ""# + String(repeating: "x", count: 10 << 20) + #""}"#
        let tooLarge = try await server.post("/generate", huge)
        XCTAssertEqual(tooLarge.status, 413)
        XCTAssertEqual(tooLarge.errorCode, "body_too_large")
        let missing = try await server.get("/nope")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.errorCode, "not_found")
        let wrongMethod = try await server.get("/generate")
        XCTAssertTrue([404, 405].contains(wrongMethod.status), "\(wrongMethod.status)")
        XCTAssertNotNil(wrongMethod.errorCode)
    }
}

/// Limits that need a server started with particular settings.
final class LimitTests: XCTestCase {
    func testBearerTokenGuardsEverythingButHealthAndThePage() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_TOKEN": "s3cret"])
        defer { server.stop() }
        let missing = try await server.post("/schema", #"{"description": "customers"}"#)
        XCTAssertEqual(missing.status, 401)
        XCTAssertEqual(missing.errorCode, "unauthorized")
        XCTAssertEqual(missing.headers.first(name: "WWW-Authenticate"), "Bearer")
        let wrongToken = try await server.get("/methods", headers: [("Authorization", "Bearer wrong")]).status
        XCTAssertEqual(wrongToken, 401)
        let rightToken = try await server.get("/methods", headers: [("Authorization", "Bearer s3cret")]).status
        XCTAssertEqual(rightToken, 200)
        let healthStatus = try await server.get("/healthz").status
        XCTAssertEqual(healthStatus, 200)
        let pageStatus = try await server.get("/").status
        XCTAssertEqual(pageStatus, 200)
    }

    func testRequestRatePerClient() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_RATE_PER_MINUTE": "3"])
        defer { server.stop() }
        for _ in 0..<3 {
            let reply = try await server.get("/methods")
            XCTAssertEqual(reply.status, 200)
        }
        let limited = try await server.get("/methods")
        XCTAssertEqual(limited.status, 429)
        XCTAssertEqual(limited.errorCode, "rate_limited")
        XCTAssertNotNil(limited.headers.first(name: "Retry-After"))
        let healthStatus = try await server.get("/healthz").status
        XCTAssertEqual(healthStatus, 200, "health checks are never limited")
    }

    func testConcurrentGenerationsLimit() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_MAX_GENERATIONS": "1"])
        defer { server.stop() }
        // A download that is not read: it holds its slot while the socket is full.
        let stalled = try RawClient(port: server.port)
        try stalled.send(post: "/generate", body: #"{"schema": \#(RouteTests.inventorySchema), "rows": 50000000}"#)
        _ = try stalled.read(atLeast: 1024)
        let second = try await server.post("/generate", #"{"schema": \#(RouteTests.inventorySchema), "rows": 5}"#)
        XCTAssertEqual(second.status, 429)
        XCTAssertEqual(second.errorCode, "too_many_generations")
        stalled.close()
    }
}
