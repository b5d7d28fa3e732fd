extension MethodCatalog {
    static let vehicleMethods: [MethodSpec] = [
        MethodSpec("vehicle.vehicle", aliases: ["vehicle"], doc: "Manufacturer and model.", example: "Toyota Corolla") { _, context in
            let table = try context.table("vocab/vehicle/models.tsv")
            let names = WordList(zip(try table.values("manufacturer"), try table.values("model")).map { "\($0) \($1)" })
            return listGenerator(names)
        },
        MethodSpec("vehicle.manufacturer", aliases: ["vehicle_make", "car_make"], doc: "Vehicle manufacturer.", example: "Toyota") { _, context in
            listGenerator(try context.list("vehicle/manufacturers.txt"))
        },
        MethodSpec("vehicle.model", aliases: ["vehicle_model", "car_model"], doc: "Vehicle model.", example: "Corolla") { _, context in
            listGenerator(try context.list("vehicle/models.tsv", column: "model"))
        },
        MethodSpec("vehicle.type", aliases: ["vehicle_type"], doc: "Body type.", example: "SUV") { _, context in listGenerator(try context.list("vehicle/types.txt")) },
        MethodSpec("vehicle.fuel", aliases: ["fuel_type"], doc: "Fuel type.", example: "Diesel") { _, context in listGenerator(try context.list("vehicle/fuels.txt")) },
        MethodSpec("vehicle.color", aliases: ["vehicle_color"], doc: "Vehicle colour.", example: "Silver") { _, context in listGenerator(try context.list("vehicle/colors.txt")) },
        MethodSpec("vehicle.bicycle", doc: "Bicycle type.", example: "Gravel Bike") { _, context in listGenerator(try context.list("vehicle/bicycles.txt")) },
        MethodSpec("vehicle.vin", aliases: ["vin"], doc: "17-character VIN with a real manufacturer prefix and a valid check digit (position 9).", example: "1HGCM82633A004352") { _, _ in
            VINGenerator()
        },
        MethodSpec("vehicle.vrm", aliases: ["license_plate", "vrm"], doc: "UK-style registration mark.", example: "AB12 CDE") { _, _ in
            // Current UK format: two letters, two-digit age identifier, three letters (no I, Q, Z).
            let letters = Array("ABCDEFGHJKLMNOPRSTUVWXY".utf8)
            return PatternGenerator(slots: [letters, letters, digits, digits, letters, letters, letters], literals: [[], [], [], [], [32], [], [], []])
        },
    ]
}

/// VIN (ISO 3779 / 49 CFR 565): world manufacturer id, descriptor, check digit, model
/// year, plant and serial; the check digit is the weighted transliteration sum mod 11.
struct VINGenerator: ColumnGenerator {
    /// Real world manufacturer identifiers (facts: 1HG Honda USA, WVW Volkswagen, ...).
    static let manufacturers = ["1HG", "1FA", "1FT", "1G1", "1GC", "2T1", "3VW", "4T1", "5YJ", "JHM", "JTD", "KMH", "WBA", "WDD", "WVW", "VF1", "ZFA", "SAL", "YV1", "JN1"]
    static let alphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789".utf8)
    /// Model year codes exclude I, O, Q, U, Z and 0.
    static let years = Array("ABCDEFGHJKLMNPRSTVWXY123456789".utf8)
    static let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

    static func value(_ byte: UInt8) -> Int {
        if byte >= 48 && byte <= 57 { return Int(byte) - 48 }
        let table: [Character: Int] = [
            "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5,
            "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
        ]
        return table[Character(UnicodeScalar(byte))] ?? 0
    }

    static let values: [Int] = (0..<128).map { value(UInt8($0)) }

    func write(_ random: inout CellRandom, _ row: RowState) {
        var vin = Array(Self.manufacturers[random.below(Self.manufacturers.count)].utf8)
        for _ in 0..<5 { vin.append(Self.alphabet[random.below(Self.alphabet.count)]) }
        vin.append(UInt8(ascii: "0"))
        vin.append(Self.years[random.below(Self.years.count)])
        vin.append(Self.alphabet[random.below(Self.alphabet.count)])
        for _ in 0..<6 { vin.append(UInt8(48 + random.below(10))) }
        var sum = 0
        for (i, byte) in vin.enumerated() { sum += Self.values[Int(byte)] * Self.weights[i] }
        let check = sum % 11
        vin[8] = check == 10 ? UInt8(ascii: "X") : UInt8(48 + check)
        row.cells.append(vin)
    }
}
