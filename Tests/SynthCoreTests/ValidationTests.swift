import SynthCore
import Testing

@Suite struct ValidationTests {
    @Test func unknownMethodSuggestsTheClosest() {
        let problems = diagnostics(#"{"first": "person.fristName"}"#)
        #expect(problems.count == 1)
        #expect(problems[0].contains("unknown method \"person.fristName\""))
        #expect(problems[0].contains("did you mean \"person.firstName\""))
    }

    @Test func unknownAndMistypedParameters() {
        let problems = diagnostics(#"{"a": {"type": "number.int", "mn": 1}, "b": {"type": "number.int", "min": "one"}}"#)
        #expect(problems.count == 2)
        #expect(problems[0].contains("column \"a\": unknown parameter \"mn\" for number.int"))
        #expect(problems[0].contains("accepts min, max"))
        #expect(problems[1].contains("column \"b\": parameter \"min\" of number.int must be an integer, found \"one\""))
    }

    @Test func minGreaterThanMax() {
        let problems = diagnostics(#"{"age": {"type": "number.int", "min": 70, "max": 20}, "p": {"type": "commerce.price", "min": 9, "max": 1}}"#)
        #expect(problems == ["column \"age\": min (70) is greater than max (20)", "column \"p\": min (9) is greater than max (1)"])
    }

    @Test func impossibleUnique() {
        let problems = diagnostics(#"{"n": {"type": "number.int", "min": 1, "max": 10, "unique": true}}"#, rows: 11)
        #expect(problems.count == 1)
        #expect(problems[0].contains("unique is impossible: only 10 distinct values for 11 rows"))
        #expect(diagnostics(#"{"n": {"type": "number.int", "min": 1, "max": 10, "unique": true}}"#, rows: 10).isEmpty)
        #expect(diagnostics(#"{"c": {"type": ["a", "b"], "unique": true}}"#, rows: 3).count == 1)
    }

    @Test func uniqueOnAMethodWithoutEnumerableValues() {
        let problems = diagnostics(#"{"n": {"type": "person.fullName", "unique": true}}"#)
        #expect(problems.count == 1)
        #expect(problems[0].contains("unique is not supported"))
    }

    @Test func templateReferencingAMissingColumn() {
        let problems = diagnostics(#"{"email": {"template": "{{field:first}}@example.com"}}"#)
        #expect(problems == ["column \"email\": template refers to a missing column \"first\""])
        let unknown = diagnostics(#"{"x": {"template": "{{person.nope}}"}}"#)
        #expect(unknown.count == 1 && unknown[0].contains("unknown method \"person.nope\""))
    }

    @Test func dependencyCycles() {
        let dates = diagnostics(#"{"a": {"type": "date.past", "after": "b"}, "b": {"type": "date.past", "after": "a"}}"#)
        #expect(dates.count == 1)
        #expect(dates[0].contains("dependency cycle: \"a\" -> \"b\" -> \"a\""))
        let templates = diagnostics(#"{"x": {"template": "{{field:y}}"}, "y": {"template": "{{field:x}}"}}"#)
        #expect(templates.count == 1 && templates[0].contains("dependency cycle"))
    }

    @Test func afterMustNameADateColumn() {
        #expect(diagnostics(#"{"n": "number.int", "d": {"type": "date.past", "after": "n"}}"#) == ["column \"d\": after refers to \"n\", which is not a date column"])
        #expect(diagnostics(#"{"d": "date.past", "n": {"type": "number.int", "after": "d"}}"#).count == 1)
        #expect(diagnostics(#"{"d": {"type": "date.past", "after": "zz"}}"#) == ["column \"d\": after refers to a missing column \"zz\""])
    }

    @Test func malformedJSONGivesLineAndColumn() {
        let problems = diagnostics("{\n  \"a\": \"person.firstName\",\n  \"b\": \n}")
        #expect(problems.count == 1)
        #expect(problems[0].contains("line 4, column 1"))
        #expect(diagnostics(#"{"a": "x",}"#)[0].contains("line 1, column 11"))
        #expect(diagnostics("[1, 2]")[0].contains("must be a JSON object"))
        #expect(diagnostics("{}")[0].contains("no columns"))
    }

    @Test func everyProblemAtOnce() {
        let problems = diagnostics("""
        {"a": "nope.nope", "b": {"type": "number.int", "min": 5, "max": 1}, "c": {"template": "{{field:zz}}"},
         "d": {"type": "number.int", "null_rate": 2}, "e": 42}
        """)
        #expect(problems.count == 5)
    }

    @Test func aliasesAndSpellings() {
        for name in ["faker.person.firstName", "person.first_name", "first_name", "FIRST_NAME", "faker.name", "uuid4", "pyint"] {
            #expect(diagnostics("{\"x\": \"\(name)\"}").isEmpty, "\(name)")
        }
    }

    @Test func catalogIsClosedAndDocumented() {
        let catalog = MethodCatalog.standard
        #expect(catalog.methods.count >= 80)
        for method in catalog.methods {
            #expect(!method.doc.isEmpty && !method.example.isEmpty, "\(method.name)")
            #expect(method.name.contains("."), "\(method.name)")
        }
        // Nothing outside the catalog resolves, however it is spelled.
        #expect(catalog.lookup("__init__") == nil)
        #expect(catalog.lookup("person.__class__") == nil)
    }
}
