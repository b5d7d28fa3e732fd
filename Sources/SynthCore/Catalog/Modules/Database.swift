extension MethodCatalog {
    static let databaseMethods: [MethodSpec] = [
        listMethod("database.column", "database/columns.txt", doc: "Database column name.", example: "created_at"),
        listMethod("database.type", "database/types.txt", doc: "SQL column type.", example: "varchar"),
        listMethod("database.collation", "database/collations.txt", doc: "Collation.", example: "utf8mb4_unicode_ci"),
        listMethod("database.engine", "database/engines.txt", doc: "Storage engine.", example: "InnoDB"),
        MethodSpec("database.mongodbObjectId", aliases: ["mongodb_object_id"], doc: "24 hex digits.", example: "65f1c2a9e4b0a1b2c3d4e5f6") { _, _ in
            ClosureGenerator(plain: true) { random, row in appendHex(random.next(), digits: 16, to: row.cells); appendHex(random.next(), digits: 8, to: row.cells) }
        },
    ]
}
