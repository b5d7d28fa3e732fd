extension MethodCatalog {
    static let personMethods: [MethodSpec] = [
        MethodSpec(
            "person.firstName", aliases: ["first_name", "firstname", Alias("first_name_female", presets: ["sex": "female"]), Alias("first_name_male", presets: ["sex": "male"])],
            params: [.choice("sex", ["female", "male"], doc: "fix the sex instead of the row's person"), entityParameter],
            doc: "Given name of the row's person, weighted by real frequency.", example: "Mary"
        ) { args, context in
            try personName(args, context) { names, person, sex, row in
                let list = sex.map { $0 ? names.female : names.male } ?? names.firstNames(person)
                list.write(sex == nil || sex == person.female ? person.first : person.first % list.count, to: row.cells)
            }
        },
        MethodSpec("person.lastName", aliases: ["last_name", "lastname", "surname", "last_name_female", "last_name_male"], params: [entityParameter], doc: "Family name of the row's person.", example: "Smith") { args, context in
            try personName(args, context) { names, person, _, row in names.last.write(person.last, to: row.cells) }
        },
        MethodSpec("person.middleName", aliases: ["middle_name"], params: [entityParameter], doc: "Middle name of the row's person.", example: "Ann") { args, context in
            try personName(args, context) { names, person, _, row in names.firstNames(person).write(person.middle, to: row.cells) }
        },
        MethodSpec(
            "person.fullName", aliases: ["name", "full_name", Alias("name_female", presets: ["sex": "female"]), Alias("name_male", presets: ["sex": "male"])],
            params: [.choice("sex", ["female", "male"]), entityParameter],
            doc: "First and last name of the row's person.", example: "Mary Smith"
        ) { args, context in
            try personName(args, context) { names, person, sex, row in
                let list = sex.map { $0 ? names.female : names.male } ?? names.firstNames(person)
                list.write(person.first % list.count, to: row.cells)
                row.cells.append(UInt8(ascii: " "))
                names.last.write(person.last, to: row.cells)
            }
        },
        MethodSpec("person.sex", aliases: ["sex"], params: [entityParameter], doc: "Sex of the row's person: female or male.", example: "female") { args, context in
            try personName(args, context) { _, person, _, row in row.cells.append(person.female ? "female" : "male") }
        },
        MethodSpec("person.sexType", params: [entityParameter], doc: "Sex of the row's person, capitalised: Female or Male.", example: "Female") { args, context in
            try personName(args, context) { _, person, _, row in row.cells.append(person.female ? "Female" : "Male") }
        },
        MethodSpec("person.gender", aliases: ["gender"], doc: "A gender identity.", example: "Woman") { _, context in
            listGenerator(try context.list("person/genders.txt"))
        },
        MethodSpec("person.prefix", aliases: ["prefix", Alias("prefix_female", presets: ["sex": "female"]), Alias("prefix_male", presets: ["sex": "male"])], params: [.choice("sex", ["female", "male"]), entityParameter], doc: "Honorific matching the row's person.", example: "Mrs.") { args, context in
            let female = try context.list("person/prefixes_female.txt")
            let male = try context.list("person/prefixes_male.txt")
            let names = try PersonNames(context.locale())
            let fixed = args.string("sex").map { $0.lowercased() == "female" }
            let entity = args.entityKey
            return ClosureGenerator { random, row in
                let isFemale = fixed ?? names.person(row, entity: entity).female
                (isFemale ? female : male).writeRandom(&random, to: row.cells)
            }
        },
        MethodSpec("person.suffix", aliases: ["suffix", "suffix_female", "suffix_male"], doc: "Name suffix.", example: "Jr.") { _, context in
            listGenerator(try context.list("person/suffixes.txt"))
        },
        MethodSpec("person.jobTitle", aliases: ["job", "job_title", "job_female", "job_male"], doc: "Job title: descriptor, area and type.", example: "Senior Marketing Manager") { _, context in
            joined([try context.list("person/job_descriptors.txt"), try context.list("person/job_areas.txt"), try context.list("person/job_types.txt")])
        },
        MethodSpec("person.jobDescriptor", doc: "Job title descriptor.", example: "Senior") { _, context in listGenerator(try context.list("person/job_descriptors.txt")) },
        MethodSpec("person.jobArea", doc: "Job area.", example: "Marketing") { _, context in listGenerator(try context.list("person/job_areas.txt")) },
        MethodSpec("person.jobType", doc: "Job type.", example: "Manager") { _, context in listGenerator(try context.list("person/job_types.txt")) },
        MethodSpec("person.bio", doc: "Short profile bio.", example: "coffee lover, runner") { _, context in
            let parts = try context.list("person/bio_parts.txt")
            return ClosureGenerator { random, row in
                let count = 1 + random.below(3)
                for i in 0..<count {
                    if i > 0 { row.cells.append(", ") }
                    parts.writeRandom(&random, to: row.cells)
                }
            }
        },
        MethodSpec("person.zodiacSign", doc: "Western zodiac sign.", example: "Libra") { _, context in listGenerator(try context.list("person/zodiac_signs.txt")) },
        MethodSpec("person.ssn", aliases: ["ssn"], doc: "US Social Security number that the SSA could issue: area 001-899 but 666, group 01-99, serial 0001-9999.", example: "512-34-6789") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                var area = 1 + random.below(UInt64(898))
                if area >= 666 { area += 1 }  // 666 is never issued; 900-999 are ITINs
                var group = 1 + random.below(UInt64(99)), serial = 1 + random.below(UInt64(9999))
                // Two numbers published in ads and documents, refused by validators.
                if (area, group, serial) == (78, 5, 1120) || (area, group, serial) == (219, 9, 9999) { serial -= 1 }
                if serial == 0 { serial = 1; group = group == 99 ? 98 : group + 1 }
                row.cells.append(digitsOf: area, minimumWidth: 3); row.cells.append(UInt8(ascii: "-"))
                row.cells.append(digitsOf: group, minimumWidth: 2); row.cells.append(UInt8(ascii: "-"))
                row.cells.append(digitsOf: serial, minimumWidth: 4)
            }
        },
    ]

    /// A person-name generator: `write(names, person, fixedSex, row)`.
    static func personName(
        _ args: Arguments, _ context: BuildContext,
        _ write: @escaping @Sendable (PersonNames, Person, Bool?, RowState) -> Void
    ) throws -> any ColumnGenerator {
        let names = try PersonNames(context.locale())
        let fixed = args.string("sex").map { $0.lowercased() == "female" }
        let entity = args.entityKey
        return ClosureGenerator { _, row in
            write(names, names.person(row, entity: entity), fixed, row)
        }
    }
}

/// Picks one item of a list per cell; enumerable, so `unique` works on it.
struct ListGenerator: IndexedGenerator {
    let list: WordList
    var producesPlainText: Bool { list.isPlainText }
    var valueCount: UInt64 { UInt64(list.count) }
    func write(index: UInt64, _ row: RowState) { list.write(Int(index), to: row.cells) }
    func write(_ random: inout CellRandom, _ row: RowState) { list.writeRandom(&random, to: row.cells) }
}

func listGenerator(_ list: WordList) -> any ColumnGenerator { ListGenerator(list: list) }

/// One item of each list, separated by `separator`.
func joined(_ lists: [WordList], separator: StaticString = " ") -> any ColumnGenerator {
    ClosureGenerator { random, row in
        for (i, list) in lists.enumerated() {
            if i > 0 { row.cells.append(separator) }
            list.writeRandom(&random, to: row.cells)
        }
    }
}
