extension Schema {
    /// The columns in the original design's JSON format, in order (the locale is a setting
    /// of the run, not written here). Numbers keep their full precision.
    public var jsonValue: JSONValue {
        .object(columns.map { (key: $0.name, value: $0.jsonValue) })
    }
}

extension ColumnDefinition {
    /// True when the column is a bare method or list: written as a string or an array.
    var hasOptions: Bool {
        !parameters.isEmpty || nullRate != 0 || unique || template != nil || after != nil || weights != nil
            || gap != nil || when != nil || distinctFrom != nil
    }

    public var jsonValue: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        switch source {
        case .method(let name):
            if !hasOptions { return .string(name) }
            members.append(("type", .string(name)))
        case .values(let values):
            if !hasOptions { return .array(values) }
            members.append(("type", .array(values)))
        case .template:
            break
        case .expression(let text):
            members.append(("expr", .string(text)))
        case .cases(let on, let cases, let fallback):
            members.append(("depends_on", .string(on)))
            members.append(("cases", .object(cases)))
            if let fallback { members.append(("default", fallback)) }
        }
        members += parameters
        if let weights { members.append(("weights", .array(weights.map { .number($0, text: formatNumber($0)) }))) }
        if nullRate > 0 { members.append(("null_rate", .number(nullRate, text: formatNumber(nullRate)))) }
        if unique { members.append(("unique", .bool(true))) }
        if let template { members.append(("template", .string(template))) }
        if let after { members.append(("after", .string(after))) }
        if let gap { members.append(("gap", gap)) }
        if let when { members.append(("when", .string(when))) }
        if let distinctFrom { members.append(("distinct_from", .string(distinctFrom))) }
        return .object(members)
    }
}
