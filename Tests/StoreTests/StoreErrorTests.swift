import Planning
import Store
import Testing

@Suite("StoreError")
struct StoreErrorTests {
    @Test("each error maps to its catalogue message; the description is the Vietnamese text")
    func messages() {
        let newer = StoreError.newerSchema(path: "hoi-cho.fairplan", found: 9, supported: 1)
        #expect(newer.message == .newerSchema(path: "hoi-cho.fairplan", found: 9, supported: 1))
        #expect(newer.description == newer.text(.vietnamese))
        #expect(newer.text(.vietnamese) != newer.text(.english))
        let corrupt = StoreError.corruptData(
            .organisation, id: "org-1", reason: .invalidRegistrationCode("12AB"))
        #expect(
            corrupt.message
                == .corruptData(.organisation, id: "org-1", reason: .invalidRegistrationCode("12AB")))
        let repeated = StoreError.duplicateBoothCodes(venue: "nha-a", codes: ["A-01"])
        #expect(repeated.message == .duplicateBoothCodes(venue: "nha-a", codes: ["A-01"]))
    }

    @Test("a newer plan file names the path and both versions, in both languages")
    func newerSchemaValues() {
        let error = StoreError.newerSchema(path: "hoi-cho.fairplan", found: 9, supported: 1)
        for language in Language.allCases {
            let text = error.text(language)
            #expect(text.hasPrefix("hoi-cho.fairplan: "))
            #expect(text.contains("9") && text.contains("1"))
        }
    }

    @Test("a refused transition uses Planning's refusal, which says what is allowed instead")
    func invalidTransition() throws {
        let error = StoreError.invalidTransition(party: "HTX Bình An", from: .pending, to: .placed)
        let refusal = try #require(RegistrationStatus.pending.refusalMessage(toMoveTo: .placed))
        for language in Language.allCases {
            #expect(error.text(language).contains("HTX Bình An"))
            #expect(error.text(language).hasSuffix(refusal.text(language)))
        }
    }

    @Test("a missing reference names both entities in the language asked for")
    func missingReference() {
        let error = StoreError.missingReference(
            .product, id: "sp-9", refersTo: .organisation, referenceID: "org-9")
        for language in Language.allCases {
            let text = error.text(language)
            #expect(text.contains("«sp-9»") && text.contains("«org-9»"))
            #expect(text.contains(StoredEntity.product.text(language)))
            #expect(text.contains(StoredEntity.organisation.text(language)))
        }
    }
}
