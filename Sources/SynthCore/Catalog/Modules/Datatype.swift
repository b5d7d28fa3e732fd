extension MethodCatalog {
    static let datatypeMethods: [MethodSpec] = [
        MethodSpec(
            "datatype.boolean", aliases: ["boolean", "pybool", "bool"], kind: .bool,
            params: [.number("probability", 0.5, doc: "chance of true, 0..1"), .int("chance_of_getting_true", doc: "Python Faker: chance of true in percent")],
            doc: "true or false.", example: "true"
        ) { args, _ in
            var probability = args.double("probability", 0.5)
            if let percent = args.int("chance_of_getting_true") { probability = Double(percent) / 100 }
            if probability < 0 || probability > 1 { args.problem("probability must be from 0 to 1") }
            let chance = probability
            return ClosureGenerator { random, row in
                if random.unit() < chance { row.cells.append("true") } else { row.cells.append("false") }
            }
        }
    ]
}
