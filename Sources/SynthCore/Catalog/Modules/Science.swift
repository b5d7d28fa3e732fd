extension MethodCatalog {
    static let scienceMethods: [MethodSpec] = [
        listMethod("science.chemicalElement", "science/chemical_elements.tsv", column: "name", aliases: ["chemical_element"], doc: "Chemical element name.", example: "Carbon"),
        listMethod("science.chemicalSymbol", "science/chemical_elements.tsv", column: "symbol", doc: "Chemical element symbol.", example: "C"),
        listMethod("science.unit", "science/units.tsv", column: "name", doc: "SI unit name.", example: "kelvin"),
    ]
}
