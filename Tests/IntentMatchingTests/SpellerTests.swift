import Foundation
@testable import IntentMatching
import Testing

/// Long runs of letters: not typos of any rule word, and never worth quadratic work (a
/// 4,000-letter word took 5.6 s when every one-letter deletion of it was tried).
extension SpellerTests {
    @Test func aFourThousandLetterWordIsLeftAsWrittenAndTyposAroundItMended() {
        let long = String(repeating: "q", count: 4000)
        #expect(speller.correct("emplyees \(long) departmnet") == "employees \(long) department")
        let accented = String(repeating: "é", count: 4000)
        #expect(speller.correct("emplyees \(accented)") == "employees \(accented)", "the non-ASCII path too")
    }

    @Test func wordsAtTheLengthLimitAreStillMended() {
        // A typo within the limit is mended; a run over it is not a typo of any rule word.
        #expect(speller.correction("departmnet") == "department")
        #expect(speller.correction(String(repeating: "x", count: Speller.maximumWordLength + 1)) == nil)
    }

    @Test func aDescriptionWithAFourThousandLetterWordResolves() throws {
        let resolution = try IntentMatcher().resolve("emplyees with first name, \(String(repeating: "z", count: 4000)) and departmnet")
        #expect(resolution.rule == "employees")
        #expect(resolution.schema.columns.contains { $0.name == "department" })
    }

    @Test func aTenThousandByteDescriptionResolves() throws {
        var description = "e-commerce customers with names, emails and purchase amounts"
        let filler = [" and emplyees", " with shipmant", " per customer", " zorblax", " and emails"]
        var index = 0
        while description.utf8.count < 9_980 {
            description += filler[index % filler.count]
            index += 1
        }
        #expect(description.utf8.count < 10_000)
        let resolution = try IntentMatcher().resolve(description)
        #expect(resolution.rule == "ecommerce-customers")
        #expect(resolution.schema.columns.contains { $0.name == "email" })
    }
}
