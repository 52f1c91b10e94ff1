import Planning
import Store
import Testing

@Suite("StoreMessage: the Store catalogue")
struct StoreMessageTests {
    /// One value of every case, built so that its two wordings differ.
    static let samples: [StoreMessage] = [
        .newerSchema(path: "a.fairplan", found: 2, supported: 1), .fileExists(path: "a.fairplan"),
        .fileNotFound(path: "a.fairplan"), .notAPlanFile(path: "a.fairplan", reason: .emptyDatabase),
        .missingEvent(path: "a.fairplan"), .duplicate(.organisation, id: "tc-1"),
        .notFound(.product, id: "sp-1"),
        .missingReference(.product, id: "sp-1", refersTo: .organisation, referenceID: "tc-1"),
        .constraintViolation(.person, id: "db-1", detail: "CHECK constraint failed"),
        .duplicateBoothCodes(venue: "nha-a", codes: ["A-01", "A-02"]),
        .invalidTransition(party: "dv-1", from: .withdrawn, to: .confirmed), .boothsInUse(["A-01"]), .noVenue,
        .boothAssignedTwice(["A-01"]), .withdrawnPartyAssigned(party: "dv-1"),
        .placedWithoutBooths(party: "dv-1"), .changedMeanwhile(party: "dv-1"),
        .unknownVersion(.programme, number: 3),
        .corruptData(.session, id: "ph-1", reason: .invalidTimestamp("x")),
        .database(path: "a.fairplan", reason: "disk I/O error"), .busy(path: "a.fairplan", seconds: 10),
        .diskFull(path: "a.fairplan"), .emptyDatabase, .otherProgramDatabase,
        .notSQLiteDatabase, .brokenReferences(count: 2), .invalidTimestamp("x"), .invalidDate("x"),
        .invalidValue("x"), .invalidPartyKind("x"), .invalidRegistrationCode("x"),
        .unreadableJSON(detail: "dataCorrupted"), .entityName(.connectionPoint),
        .importSummary(added: [.organisation: 2, .person: 1], updated: [:]),
        .undoBeyondHistory(asked: 3, available: 1), .undoBeyondHistory(asked: 1, available: 0),
        .nothingToRedo, .journalOutOfStep(entry: 4, table: "party"), .readOnlyFile(path: "a.fairplan"),
        .registrationCodeTaken(code: "5300100002", organisation: "tc-suoi-giang"),
        .pendingLogInLockedFolder(path: "a.fairplan"), .folder, .damagedDatabase,
    ]

    /// The position of a message's case in the catalogue; the switch stops compiling when a case
    /// is added, so the samples must grow with it.
    static func caseIndex(_ message: StoreMessage) -> Int {
        switch message {
        case .newerSchema: 0
        case .fileExists: 1
        case .fileNotFound: 2
        case .notAPlanFile: 3
        case .missingEvent: 4
        case .duplicate: 5
        case .notFound: 6
        case .missingReference: 7
        case .constraintViolation: 8
        case .duplicateBoothCodes: 9
        case .invalidTransition: 10
        case .boothsInUse: 11
        case .noVenue: 12
        case .boothAssignedTwice: 13
        case .withdrawnPartyAssigned: 14
        case .placedWithoutBooths: 15
        case .unknownVersion: 16
        case .corruptData: 17
        case .database: 18
        case .emptyDatabase: 19
        case .otherProgramDatabase: 20
        case .notSQLiteDatabase: 21
        case .brokenReferences: 22
        case .invalidTimestamp: 23
        case .invalidDate: 24
        case .invalidValue: 25
        case .invalidPartyKind: 26
        case .invalidRegistrationCode: 27
        case .unreadableJSON: 28
        case .entityName: 29
        case .importSummary: 30
        case .undoBeyondHistory: 31
        case .nothingToRedo: 32
        case .journalOutOfStep: 33
        case .readOnlyFile: 34
        case .registrationCodeTaken: 35
        case .busy: 36
        case .diskFull: 37
        case .pendingLogInLockedFolder: 38
        case .changedMeanwhile: 39
        case .folder: 40
        case .damagedDatabase: 41
        }
    }

    @Test("every case has a sample")
    func everyCaseSampled() {
        #expect(Set(Self.samples.map(Self.caseIndex)) == Set(0...41))
    }

    @Test("every message has Vietnamese and English text, and they differ", arguments: samples)
    func bothLanguages(message: StoreMessage) {
        let vietnamese = message.text(.vietnamese)
        let english = message.text(.english)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        #expect(vietnamese != english)
        #expect(message.vietnamese == vietnamese && message.english == english)
    }

    @Test("every stored entity has a name in both languages, distinct within each language")
    func entityNames() {
        for language in Language.allCases {
            let names = StoredEntity.allCases.map { $0.text(language) }
            #expect(Set(names).count == names.count)
            #expect(names.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("an import summary counts what was added and changed, in both languages")
    func importSummary() {
        let summary = ImportSummary(added: [.organisation: 2, .person: 1], updated: [.product: 1])
        #expect(summary.description == summary.text(.vietnamese))
        for language in Language.allCases {
            let text = summary.text(language)
            #expect(text.contains("2 \(StoredEntity.organisation.text(language))"))
            #expect(text.contains("1 \(StoredEntity.product.text(language))"))
        }
        #expect(ImportSummary().text(.vietnamese) != ImportSummary().text(.english))
    }
}
