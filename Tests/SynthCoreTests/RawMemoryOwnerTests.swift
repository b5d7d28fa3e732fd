import Testing

@testable import SynthCore

/// Tables built per request are freed with the generator that uses them: the server once
/// kept every request's phone samplers and pattern tables (24 KB a request, never returned).
@Suite struct RawMemoryOwnerTests {
    @Test func aPatternsTablesGoWithTheLastCopyOfIt() {
        weak var owner: RawMemoryOwner?
        do {
            let pattern = PatternGenerator(slots: [Array("ABC".utf8), Array("0123456789".utf8)], literals: [Array("SKU-".utf8)])
            let copy = pattern
            owner = copy.owner
            #expect(owner != nil)
            #expect(pattern.valueCount == 30)
        }
        #expect(owner == nil, "freed with the generator")
    }

    @Test func regionalPhonePoolsGoWithTheirHolder() throws {
        let locale = try ResourceStore.bundled.locale("en_US")
        weak var owner: RawMemoryOwner?
        do {
            let pools = RegionalPhonePrefixes(phones: try locale.phones(), placeRegions: try locale.places().regionCode)
            owner = pools.owner
            #expect(owner != nil)
        }
        #expect(owner == nil)
    }

    @Test func generatedBytesAreUnchanged() throws {
        // The owners change who frees the tables, not what they hold: same bytes as before
        // (phone, card number and pattern columns, seed 42, taken from the build before).
        let text = try generateText(#"{"phone": "phone.number", "card": "finance.creditCardNumber", "sku": {"type": "string.alphanumeric", "length": 6}}"#, rows: 3)
        #expect(text == """
            phone,card,sku
            (502) 588-6365,30435521127466,Lq06RI
            (941) 380-4140,5278999779635538,r81fzy
            (904) 285-1816,4341765973189499,MKdhvP

            """)
    }
}
