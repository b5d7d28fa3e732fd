extension MethodCatalog {
    static let airlineMethods: [MethodSpec] = [
        listMethod("airline.airline", "airline/airlines.tsv", column: "name", doc: "Airline name.", example: "Lufthansa"),
        listMethod("airline.airlineCode", "airline/airlines.tsv", column: "iata", doc: "Airline IATA code.", example: "LH"),
        listMethod("airline.airport", "airline/airports.tsv", column: "name", doc: "Airport name.", example: "Frankfurt Airport"),
        listMethod("airline.airportCode", "airline/airports.tsv", column: "iata", aliases: ["airport_code"], doc: "Airport IATA code.", example: "FRA"),
        listMethod("airline.airplane", "airline/airplanes.tsv", column: "name", doc: "Aircraft type.", example: "Airbus A320neo"),
        MethodSpec("airline.flightNumber", aliases: ["flight_number"], doc: "Flight number: airline code and 1-4 digits.", example: "LH 4821") { _, context in
            let codes = try context.list("airline/airlines.tsv", column: "iata")
            return ClosureGenerator(plain: true) { random, row in
                codes.writeRandom(&random, to: row.cells)
                row.cells.append(UInt8(ascii: " "))
                row.cells.append(int: Int64(1 + random.below(9999)))
            }
        },
        MethodSpec("airline.recordLocator", aliases: ["booking_reference", "pnr"], doc: "Six-character booking reference.", example: "QXK7PD") { _, _ in
            let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)
            return PatternGenerator(slots: Array(repeating: alphabet, count: 6), literals: [])
        },
        MethodSpec("airline.seat", aliases: ["seat"], doc: "Seat: row 1-60 and letter A-F.", example: "23C") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append(int: Int64(1 + random.below(60)))
                row.cells.append(UInt8(65 + random.below(6)))
            }
        },
        listMethod("airline.aircraftType", "airline/aircraft_types.txt", doc: "Aircraft category: narrowbody, widebody or regional.", example: "widebody"),
    ]
}
