import SynthCore

/// Columns implied by how a description groups its rows: "per day" and "daily" need a
/// date, "per month" a month, "per account" the account's key ("feature usage per
/// account per day" -> account_id, date).
enum Dimensions {
    /// A time grain and the column it needs.
    static let grains: [Substring: ColumnDefinition] = {
        let day = ColumnDefinition(name: "date", source: .method("date.past"), parameters: [("years", 1), ("format", "date")])
        let week = ColumnDefinition(name: "week_start", source: .method("date.past"), parameters: [("years", 1), ("format", "date")])
        let month = ColumnDefinition(name: "month", source: .method("date.past"), parameters: [("years", 2), ("format", "date")])
        let hour = ColumnDefinition(name: "hour", source: .method("date.recent"), parameters: [("days", 7)])
        let quarter = ColumnDefinition(name: "quarter", source: .values(["Q1", "Q2", "Q3", "Q4"].map { .string($0) }))
        let year = ColumnDefinition(name: "year", source: .method("date.year"), parameters: [("min", 2015), ("max", 2026)])
        let semester = ColumnDefinition(name: "semester", source: .values(["Fall 2024", "Spring 2025", "Fall 2025", "Spring 2026"].map { .string($0) }))
        return ["semester": semester, "term": semester, "day": day, "date": day, "daily": day, "week": week, "weekly": week, "month": month, "monthly": month,
                "hour": hour, "hourly": hour, "quarter": quarter, "quarterly": quarter, "year": year]
    }()

    static func isTimeGrain(_ column: ColumnDefinition) -> Bool {
        ["date", "week_start", "month", "hour", "quarter", "year"].contains(column.name)
    }

    /// Words after "per" that are units of measure, not things rows are grouped by.
    static let units: Set<Substring> = ["cent", "percent", "capita", "unit", "kg", "kilogram", "gram", "liter", "litre", "gallon", "mile", "km", "kilometer", "hectare", "ha", "acre", "person", "head", "share", "minute", "second", "click", "mille", "thousand", "hundred", "million", "square", "sq", "night", "item", "pound", "lb", "ounce", "oz", "serving", "transaction", "order", "visit", "session", "the", "a", "an", "each", "every"]

    /// The grouping columns of `normalized` text (words joined by spaces), in text order.
    /// A "per" inside a listed field is a rate, not a grouping: "salary per month",
    /// "barrels per day".
    static func columns(in normalized: String, headWords: Int, mentions: [String] = []) -> [ColumnDefinition] {
        let words = normalized.split(separator: " ")
        var found: [ColumnDefinition] = []
        for (index, word) in words.enumerated() {
            if word == "per", index > 0, index + 1 < words.count,
               mentions.contains(where: { $0.contains("\(words[index - 1]) per \(words[index + 1])") }) { continue }
            if word == "per" || (word == "by" && index + 1 < words.count && grains[Normalizer.singular(words[index + 1])] != nil) || word == "each" && index > 0 && words[index - 1] == "for" {
                guard index + 1 < words.count else { continue }
                let next = Normalizer.singular(words[index + 1])
                if let grain = grains[next] {
                    found.append(grain)
                } else if word == "per", !units.contains(next), next.count > 1, next.allSatisfy(\.isLetter) {
                    found.append(ColumnDefinition(name: "\(next)_id", source: .method("string.uuid")))
                }
            } else if index < headWords, ["daily", "weekly", "monthly", "hourly", "quarterly"].contains(word), let grain = grains[word] {
                // "monthly household budget": the head says one row per month.
                found.append(grain)
            }
        }
        return found
    }

    /// Whether `columns` already hold this grouping: a column of the same name, or one
    /// named after the same thing ("account_number" for account_id, "order_date" for date).
    static func isCovered(_ dimension: ColumnDefinition, by columns: [ColumnDefinition]) -> Bool {
        let names = columns.map(\.name)
        if names.contains(dimension.name) { return true }
        if dimension.name.hasSuffix("_id") {
            let thing = dimension.name.dropLast(3)
            return names.contains { $0 == thing || $0.hasPrefix(thing + "_") || $0.hasSuffix("_" + thing) }
        }
        // A time grain is covered by a column named for the grain ("day", "month_start");
        // an event's "order_date" is not a daily grouping.
        let grain = dimension.name == "date" ? "day" : dimension.name.split(separator: "_")[0]
        if grain == "semester" { return names.contains { $0.split(separator: "_").contains { $0 == "term" || $0 == "semester" } } }
        return names.contains { ($0 == "date" && grain == "day") || $0.split(separator: "_").first == grain }
    }
}
