import Foundation
@testable import IntentMatching
import Testing

/// The literal prefilter may skip a pattern only when the pattern cannot match.
@Suite struct LiteralIndexTests {
    func literals(_ pattern: String) -> [String]? {
        RequiredLiterals.of(pattern)?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func requiredLiteralsOfCommonShapes() {
        // Longer shortest strings win (up to six bytes: keys use four), then fewer strings.
        #expect(literals(#"\bfirst ?names?\b"#) == ["first"])
        #expect(literals("^names?$") == ["name"])
        #expect(literals(#"\b(e ?commerce|online (store|shop)) (customers?|buyers?)\b"#) == ["commerce", "online "])
        #expect(literals(#"\bZIP ?codes?\b"#) == ["zip code", "zipcode"])
        #expect(literals("[st]ale") == ["sale", "tale"])
        #expect(literals(#"\bsku\w*"#) == ["sku"])
        #expect(literals(#"\b(sales?)+ reps?\b"#) == ["sale"])
        // Lookbehind text must be in the subject even though it is not consumed.
        #expect(literals(#"(?<=\bwith )\w+"#) == ["with "])
        #expect(literals(#"(?<=with )names?\b"#) == ["with "])
    }

    @Test func nothingDerivedWhenAMatchNeedsNoLiteral() {
        #expect(literals(#"\b\w+ id\b|\d+"#) == nil)
        #expect(literals("(abc)?") == nil)
        #expect(literals("a*b*") == nil)
        #expect(literals("name|") == nil)
        #expect(literals("[^abc]x?") == nil)
        // Not understood: no requirement rather than a wrong one.
        #expect(literals(#"\x{41}bc"#) == nil)
        #expect(literals("(?x) a b c") == nil)
        #expect(literals("ab{x") == nil)
        #expect(literals(#"(a)\1"#) == nil)
        #expect(literals("caf\u{E9}") == nil)
        #expect(literals("[[:alpha:]]+") == nil)
    }

    @Test func negativeLookaroundsRequireNothing() {
        #expect(literals(#"\bstatus(?! code)\b"#) == ["status"])
        #expect(literals(#"(?<!zip )\bcodes?\b"#) == ["code"])
    }

    /// Every pattern of the bundled corpus that matches a text is a candidate for it, on
    /// the dev set, the rules' examples and their mentions.
    @Test func indexNeverDropsAMatchingPattern() throws {
        let corpus = CorpusLoader.bundled
        var texts = try (DevSetTests.entries("devset") + DevSetTests.entries("holdout")).map(\.description)
        texts += corpus.domains.flatMap(\.examples)
        texts = texts.map(corpus.normalizer.normalize) + texts.map { $0.uppercased() }
        let fieldPatterns = corpus.fieldPatterns.map(\.pattern)
        let domainPatterns = corpus.domains.flatMap { $0.negative + $0.patterns.map(\.pattern) }
        var skipped = 0
        var total = 0
        for shown in texts {
            var text = shown
            text.withUTF8 { bytes in
                for (index, patterns) in [(corpus.fieldIndex, fieldPatterns), (corpus.domainIndex, domainPatterns)] {
                    let may = index.candidates(in: bytes)
                    for (i, pattern) in patterns.enumerated() {
                        total += 1
                        if !may[i] {
                            skipped += 1
                            #expect(!pattern.matches(bytes, scratch: PCRE2Pattern.MatchScratch()), "\(pattern.pattern) matches \(shown) but was skipped")
                        }
                    }
                }
            }
        }
        print("literal index: \(corpus.fieldIndex.always.count + corpus.domainIndex.always.count) of \(fieldPatterns.count + domainPatterns.count) patterns always run; \(skipped) of \(total) pattern runs skipped")
        // The index is only worth having if it skips most patterns.
        #expect(Double(skipped) / Double(total) > 0.8)
    }

    @Test func nonASCIITextRunsEveryPattern() {
        let index = LiteralIndex(patterns: ["kelvin", "name"])
        var text = "\u{212A}elvin"
        let may = text.withUTF8 { index.candidates(in: $0) }
        #expect(may == [true, true])
    }
}

@Suite struct NormalizerTests {
    /// The ASCII fast path gives what the Character path gives.
    @Test func asciiPathMatchesTheGeneralPath() throws {
        let normalizer = CorpusLoader.bundled.normalizer
        var texts = ["Customer's DOB, qty & E-mail ADRESS!", "  orders: id,total;STATUS  ", "a`b'c&&d\tE\n9x", "", "---", "w/ qty"]
        texts += try (DevSetTests.entries("devset") + DevSetTests.entries("holdout")).map(\.description)
        for text in texts {
            #expect(normalizer.normalizeASCII(text) == normalizer.normalizeCharacters(text))
        }
        #expect(normalizer.normalizeASCII("caf\u{E9}") == nil)
    }
}

/// The keys EmbedDataTool worked out at build time are the ones the run-time analysis gives.
@Suite struct BuiltLiteralKeysTests {
    @Test func everyBundledPatternCarriesTheKeysItsAnalysisGives() {
        let corpus = CorpusLoader.bundled
        let patterns = corpus.domains.flatMap { $0.negative + $0.patterns.map(\.pattern) } + corpus.fields.flatMap(\.patterns)
        var arena: [UInt64] = []
        var carried = 0
        for pattern in patterns {
            guard let built = pattern.indexKeys else { continue }
            carried += 1
            #expect(built == (RequiredLiterals.indexKeys(pattern.pattern, arena: &arena) ?? []), "\(pattern.pattern)")
        }
        // Only patterns holding '#', a tab or a newline are left to start-up.
        #expect(carried >= patterns.count * 95 / 100)
    }
}
