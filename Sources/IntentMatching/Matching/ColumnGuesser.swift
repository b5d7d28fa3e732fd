import SynthCore

/// A column for a mention no field rule knows ("loyalty tier", "renewal date"): its name
/// from the words, its method from the last word. Flagged as guessed in the explanation.
enum ColumnGuesser {
    static func column(for mention: String) -> ColumnDefinition {
        let words = mention.split(separator: " ").map { String(Normalizer.singular($0)) }
        let name = words.prefix(4).joined(separator: "_")
        let last = words.last ?? ""
        let first = words.first ?? ""
        func method(_ method: String, _ parameters: [(key: String, value: JSONValue)] = []) -> ColumnDefinition {
            ColumnDefinition(name: name, source: .method(method), parameters: parameters)
        }
        func list(_ values: [String]) -> ColumnDefinition {
            ColumnDefinition(name: name, source: .values(values.map { .string($0) }))
        }
        if ["is", "has", "can", "should", "flag"].contains(first) || ["flag", "enabled", "active", "verified", "subscribed", "opted"].contains(last) {
            return method("datatype.boolean")
        }
        switch last {
        case "date", "day", "dob", "birthday", "deadline":
            return method("date.past", [("years", 3), ("format", "date")])
        case "time", "timestamp", "at", "datetime", "when":
            return method("date.past", [("years", 1)])
        case "id", "identifier", "uuid", "guid":
            return method("string.uuid")
        case "number", "no", "code", "reference", "ref", "key", "token":
            return method("helpers.replaceSymbols", [("text", "??-######")])
        case "amount", "price", "cost", "fee", "salary", "revenue", "spend", "spent", "balance", "payment", "value", "income", "budget", "total", "tax", "fare", "charge", "wage":
            return method("finance.amount", [("min", 1), ("max", 5000), ("dec", 2)])
        case "count", "quantity", "qty", "units", "unit", "visits", "views", "clicks", "size", "capacity", "stock", "inventory", "attempt", "step":
            return method("number.int", [("min", 0), ("max", 1000)])
        case "rating", "stars", "star":
            return method("number.int", [("min", 1), ("max", 5)])
        case "score", "percentage", "percent", "rate", "ratio", "probability", "progress":
            return method("number.float", [("min", 0), ("max", 100), ("fractionDigits", 1)])
        case "age":
            return method("number.int", [("min", 18), ("max", 90)])
        case "duration", "minutes", "seconds", "hours", "length", "distance", "weight", "height", "width", "depth", "temperature", "speed", "volume", "latency":
            return method("number.float", [("min", 0), ("max", 500), ("fractionDigits", 2)])
        case "status", "state", "stage":
            return list(["active", "pending", "completed", "cancelled"])
        case "level", "tier", "priority", "severity", "grade", "rank":
            return list(["Low", "Medium", "High"])
        case "type", "category", "kind", "class", "segment", "group", "channel", "source", "method", "mode", "plan":
            return list(["\(mention.capitalized) A", "\(mention.capitalized) B", "\(mention.capitalized) C"])
        case "name", "title":
            return method("lorem.words", [("count", 2)])
        case "description", "notes", "note", "comment", "comments", "text", "summary", "message", "feedback", "review", "reason":
            return method("lorem.sentence")
        case "url", "link", "website":
            return method("internet.url")
        case "email":
            return method("internet.email")
        case "phone":
            return method("phone.number")
        case "city", "location", "place":
            return method("location.city")
        case "country":
            return method("location.country")
        default:
            return method("lorem.words", [("count", 2)])
        }
    }
}
