/// A TAB-separated data file with a header line, parsed once.
public struct DataTable: Sendable {
    public let path: String
    public let header: [String]
    public let rows: [[String]]

    public init(path: String, text: String) throws {
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw DataError("\(path): empty data file") }
        header = first.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [[String]] = []
        rows.reserveCapacity(lines.count - 1)
        for (number, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw DataError("\(path):\(number + 2): expected \(header.count) fields, found \(fields.count)")
            }
            rows.append(fields)
        }
        guard !rows.isEmpty else { throw DataError("\(path): no data rows") }
        self.rows = rows
    }

    public func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw DataError("\(path): no column \"\(name)\" (has \(header.joined(separator: ", ")))")
        }
        return index
    }

    public func values(_ name: String) throws -> [String] {
        let index = try column(name)
        return rows.map { $0[index] }
    }

    /// Numeric weights from a column (missing or bad values count as 1).
    public func weights(_ name: String = "weight") throws -> [Double] {
        try values(name).map { max(Double($0) ?? 1, 0) }
    }
}

/// A bundled data file is missing or malformed: a build defect, reported with its path.
public struct DataError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
