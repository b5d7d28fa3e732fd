/// The compiler's second pass: what one column of a row makes from the others. Computed
/// columns (`expr`), conditions (`when`), `distinct_from` and references to key columns
/// need the kinds and generators of the columns they read, so each column is finished
/// after the columns it reads (a loop among them is reported, not followed).
struct RelationBuilder {
    typealias Built = (generator: any ColumnGenerator, kind: OutputKind)

    let schema: Schema
    let indexOf: [String: Int]
    let now: Int64
    let rows: UInt64
    private(set) var built: [Built?]
    private(set) var problems: [[SchemaDiagnostic]]
    private(set) var uses: [[Int]]
    private var state: [UInt8]  // 0 not started, 1 in progress, 2 done

    static let decimalsKeys = ["dec", "decimals", "fractionDigits", "precision"]

    init(schema: Schema, indexOf: [String: Int], now: Int64, rows: UInt64, built: [Built?]) {
        self.schema = schema
        self.indexOf = indexOf
        self.now = now
        self.rows = rows
        self.built = built
        problems = Array(repeating: [], count: schema.columns.count)
        uses = Array(repeating: [], count: schema.columns.count)
        state = Array(repeating: 0, count: schema.columns.count)
    }

    mutating func problem(_ i: Int, _ message: String, hint: String? = nil) {
        problems[i].append(SchemaDiagnostic(column: schema.columns[i].name, message: message, hint: hint))
    }

    mutating func finish(_ i: Int) {
        guard state[i] == 0 else { return }
        state[i] = 1
        defer { state[i] = 2 }
        let definition = schema.columns[i]
        if case .expression(let text) = definition.source {
            built[i] = expression(text, column: i)
        }
        if let pending = built[i]?.generator as? PendingReference {
            built[i] = reference(pending, column: i)
        }
        if let other = definition.distinctFrom {
            if let j = indexOf[other], j != i {
                uses[i].append(j)
                if let base = built[i] { built[i] = (DistinctGenerator(base: base.generator, other: j), base.kind) }
            } else {
                problem(i, "distinct_from refers to \(other == definition.name ? "the column itself" : "a missing column \"\(other)\"")")
            }
        }
        if let condition = definition.when, let base = built[i] {
            if let (node, type) = check(condition, column: i, role: "when") {
                if type == .bool || type == .null {
                    built[i] = (ConditionalGenerator(condition: node, base: base.generator), base.kind)
                } else {
                    problem(i, "when must be a condition (true or false), but \"\(condition)\" gives \(type.label)", hint: "for example \"status == 'Terminated'\"")
                }
            }
        }
        if built[i] == nil && problems[i].isEmpty && !hasEarlierProblem(i) {
            problem(i, "the column could not be built")
        }
    }

    /// Problems the first pass found are reported by the compiler itself.
    func hasEarlierProblem(_ i: Int) -> Bool {
        if case .expression = schema.columns[i].source { return false }
        return true
    }

    /// Parses and checks `text` for column `i`, finishing every column it names first.
    mutating func check(_ text: String, column i: Int, role: String) -> (node: ExpressionNode, type: ExpressionType)? {
        let syntax: ExpressionSyntax
        do {
            syntax = try ExpressionParser.parse(text)
        } catch {
            problem(i, "\(role): \(error)")
            return nil
        }
        var names: [(String, Int)] = []
        Self.names(in: syntax, into: &names)
        for (name, at) in names {
            guard let j = indexOf[name] else { continue }
            if j == i {
                problem(i, "\(role): the expression refers to its own column \"\(name)\" at position \(at + 1)")
                return nil
            }
            if state[j] == 1 {
                problem(i, "\(role): \"\(name)\" at position \(at + 1) is computed from this column (a loop)")
                return nil
            }
            finish(j)
        }
        let kinds = built.map { $0?.kind }
        let columnNames = schema.columns.map(\.name)
        let indexOf = self.indexOf
        var checker = ExpressionChecker(
            column: { name in
                guard let j = indexOf[name], let kind = kinds[j] else { return nil }
                return (j, kind)
            },
            columnNames: columnNames, now: now)
        // A column with problems of its own has no kind; it is reported there.
        if names.contains(where: { indexOf[$0.0].map { kinds[$0] == nil } ?? false }) { return nil }
        do {
            let checked = try checker.check(syntax)
            uses[i] += checker.uses
            return (checked.node, checked.type)
        } catch {
            problem(i, "\(role): \(error)")
            return nil
        }
    }

    mutating func expression(_ text: String, column i: Int) -> Built? {
        guard let (node, type) = check(text, column: i, role: "expr") else { return nil }
        var decimals: Int?
        var format: String?
        for (key, value) in schema.columns[i].parameters {
            if Self.decimalsKeys.contains(key) {
                guard let digits = value.int64Value, (0...12).contains(digits) else {
                    problem(i, "\(key) must be a whole number of decimals from 0 to 12, found \(value.jsonText())")
                    return nil
                }
                decimals = Int(digits)
            } else if key == "format", let name = value.stringValue, ["date", "datetime", "unix"].contains(name) {
                format = name
            } else {
                problem(i, "unknown parameter \"\(key)\" for a computed column", hint: "it accepts dec (decimals) and format (date, datetime, unix)")
                return nil
            }
        }
        switch type {
        case .number(let integer):
            let digits = decimals ?? (integer ? 0 : 2)
            return (ExpressionGenerator(node: node, output: .number(decimals: digits)), digits == 0 ? .int : .decimal)
        case .moment(let dateOnly):
            if format == "unix" { return (ExpressionGenerator(node: node, output: .unix), .int) }
            let asDate = format.map { $0 == "date" } ?? dateOnly
            return (ExpressionGenerator(node: node, output: .moment(dateOnly: asDate)), asDate ? .date : .datetime)
        case .bool:
            return (ExpressionGenerator(node: node, output: .bool), .bool)
        case .text:
            return (ExpressionGenerator(node: node, output: .text), .string)
        case .duration:
            problem(i, "expr gives a duration; say its unit: days(...), hours(...) or minutes(...)", hint: "for example days(check_out - check_in)")
            return nil
        case .null:
            problem(i, "expr is always null")
            return nil
        }
    }

    mutating func reference(_ pending: PendingReference, column i: Int) -> Built? {
        if pending.column.isEmpty {
            // No column named: the table's own key, the first column that is one.
            guard let j = built.indices.first(where: { $0 != i && Self.isKey(built[$0]?.generator) }) else {
                problem(i, "key.reference needs \"column\": this table has no key column to refer to", hint: "add a key.sequence or string.uuid column, or a unique one")
                return nil
            }
            return reference(PendingReference(column: schema.columns[j].name, earlier: pending.earlier, skew: pending.skew), column: i)
        }
        guard let j = indexOf[pending.column], j != i else {
            problem(i, "key.reference refers to \(pending.column == schema.columns[i].name ? "its own column" : "a missing column \"\(pending.column)\"")")
            return nil
        }
        finish(j)
        guard let target = built[j] else { return nil }
        let keyed: (any RowKeyedGenerator)?
        if let direct = target.generator as? any RowKeyedGenerator {
            keyed = direct
        } else if target.generator is any HighEntropyGenerator {
            keyed = EntropyKeyGenerator(base: target.generator, key: streamKey(schema.columns[j].name))
        } else {
            keyed = nil
        }
        guard let keyed else {
            problem(i, "key.reference needs a key column, and \"\(pending.column)\" is not one", hint: "make it key.sequence, string.uuid, or give it unique: true")
            return nil
        }
        return (ReferenceGenerator(target: keyed, earlier: pending.earlier, skew: pending.skew, rows: rows), target.kind)
    }

    static func isKey(_ generator: (any ColumnGenerator)?) -> Bool {
        generator is any RowKeyedGenerator || generator is any HighEntropyGenerator
    }

    /// Every name the syntax reads, with its position.
    static func names(in syntax: ExpressionSyntax, into names: inout [(String, Int)]) {
        switch syntax {
        case .name(let name, let at): names.append((name, at))
        case .unary(_, let inner, _): Self.names(in: inner, into: &names)
        case .binary(_, let left, let right, _):
            Self.names(in: left, into: &names)
            Self.names(in: right, into: &names)
        case .call(_, let arguments, _):
            for argument in arguments { Self.names(in: argument, into: &names) }
        default: break
        }
    }
}
