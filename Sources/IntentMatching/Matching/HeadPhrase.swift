/// The words of a description that say what one row is: "maintenance requests" in
/// "maintenance requests from tenants", "physicians" in "list of physicians with
/// specialty". Domain words found there count more than words in the qualifiers after
/// it ("from tenants", "per household", "with market value"), so the head noun decides.
enum HeadPhrase {
    /// Words that end the head: what follows qualifies the rows or lists their fields.
    static let boundaries: Set<Substring> = ["with", "w", "from", "by", "per", "for", "of", "in", "at", "across", "including", "containing", "that", "which", "where", "showing", "having", "to", "on", "over", "during", "between", "grouped", "broken", "split", "such"]

    /// Words that only wrap the head ("a list of", "I need a dataset of", "generate fake");
    /// a boundary after nothing but these does not end the head.
    static let wrappers: Set<Substring> = ["a", "an", "the", "some", "list", "table", "set", "dataset", "data", "database", "csv", "file", "sample", "samples", "record", "records", "generate", "create", "make", "give", "me", "us", "i", "we", "need", "want", "would", "like", "please", "fake", "mock", "dummy", "test", "synthetic", "random", "realistic", "row", "rows", "number", "lot", "lots", "bunch", "collection", "kind", "type", "types", "example", "examples", "export", "dump", "log", "logs", "history", "our", "my", "your", "few", "several", "many", "1000", "100", "10000", "spreadsheet", "json", "entries", "entry"]

    /// How many leading words of `words` (normalised, space-split) form the head. A colon
    /// or a dash before a list in the raw text ends it too ("orders: id, total").
    static func length(of words: [Substring], raw: String, normalizer: Normalizer) -> Int {
        var end = words.count
        for cut in [":", " - ", " – ", " — "] {
            if let range = raw.range(of: cut) {
                let before = normalizer.normalize(String(raw[..<range.lowerBound])).split(separator: " ").count
                if before > 0 { end = min(end, before) }
            }
        }
        var onlyWrappers = true
        for (index, word) in words.prefix(end).enumerated() {
            // Only "of" continues past a wrapper: "a list of physicians", not "some data with id".
            if boundaries.contains(word), index > 0, !onlyWrappers || word != "of" { return index }
            if !wrappers.contains(word) && !boundaries.contains(word) { onlyWrappers = false }
        }
        return end
    }

    /// What one row is, singular: the last word of the head that is not a wrapper
    /// ("physician" in "list of physicians", "company" in "companies with name").
    static func entity(of words: [Substring], headWords: Int) -> Substring? {
        words.prefix(headWords).last { !wrappers.contains($0) && !boundaries.contains($0) && $0.allSatisfy(\.isLetter) }.map { Normalizer.singular($0) }
    }

    /// Kinds of rows that are people: their "name" is a person's full name.
    static let people: Set<Substring> = ["people", "person", "individual", "customer", "client", "user", "employee", "staff", "worker", "contractor", "freelancer", "intern", "consultant", "patient", "student", "pupil", "learner", "trainee", "member", "volunteer", "contact", "lead", "prospect", "attendee", "guest", "visitor", "participant", "applicant", "candidate", "donor", "driver", "physician", "doctor", "nurse", "surgeon", "dentist", "therapist", "pharmacist", "teacher", "instructor", "professor", "tutor", "coach", "resident", "citizen", "tenant", "landlord", "subscriber", "player", "athlete", "author", "writer", "artist", "speaker", "agent", "broker", "officer", "pilot", "passenger", "traveler", "traveller", "rider", "owner", "buyer", "seller", "shopper", "manager", "reviewer", "respondent", "voter", "caregiver", "lawyer", "attorney", "judge", "witness", "suspect", "inmate", "veteran", "soldier", "musician", "actor", "influencer", "creator", "technician", "mechanic", "engineer", "developer", "analyst", "scientist", "researcher", "farmer", "courier", "salesperson", "rep", "representative", "recruiter", "hire", "alumni", "alumnus", "parent", "child", "kid", "baby", "homeowner", "borrower", "lender", "investor", "shareholder", "policyholder", "beneficiary", "claimant", "insured", "recipient", "sender", "friend", "follower", "fan", "gamer", "streamer", "host", "runner", "cyclist", "golfer", "swimmer", "bidder", "winner", "nominee", "signatory", "supervisor", "administrator", "admin", "operator", "dispatcher", "cashier", "barista", "chef", "waiter", "server", "janitor", "guard", "firefighter", "paramedic", "cop", "detective", "mentor", "mentee", "coworker", "colleague", "teammate", "household"]

    /// Heads that name a measure or a report, not a thing with a key of its own
    /// ("fuel prices", "electricity usage", "game results").
    static let measures: Set<Substring> = ["people", "usage", "price", "result", "report", "churn", "ping", "stat", "statistic", "metric", "summary", "analytic", "analytics", "activity", "performance", "history", "trend", "volume", "count", "level", "rate", "score", "value", "detail", "overview", "breakdown", "production", "consumption", "spend", "spending", "revenue", "sale", "traffic", "output", "data", "info", "information", "telemetry", "reading", "measurement", "forecast", "balance", "total", "figure", "number", "cost", "yield", "demand", "supply", "availability", "status", "progress", "feedback", "engagement", "retention", "inventory", "stock", "pipeline", "funnel", "roster", "schedule", "calendar", "list", "directory", "catalog", "catalogue", "registry", "register", "ledger", "journal", "diary", "tracker", "sheet", "dashboard"]

    /// Byte offset in `normalized` (words joined by single spaces) where word `count` starts.
    static func byteOffset(ofWord count: Int, in words: [Substring]) -> Int {
        words.prefix(count).reduce(0) { $0 + $1.utf8.count + 1 }
    }
}
