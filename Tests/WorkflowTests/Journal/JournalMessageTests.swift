import Planning
import Store
import Testing
import Workflow

@Suite("JournalMessage: the journal's catalogue")
struct JournalMessageTests {
    /// An entry for the samples.
    static let entry = JournalEntry(
        number: 3,
        note: JournalNote(
            user: "can-bo", at: WorkflowFixture.now, command: "withdraw", subject: "HTX Suối Giàng"),
        state: .done,
        counts: [.party: JournalCounts(changed: 1), .boothAssignment: JournalCounts(removed: 2)])

    /// One value of every case (and of every case of the values it words).
    static let samples: [JournalMessage] =
        [
            .error(.nothingToUndo), .error(.undoBeyondHistory(asked: 4, available: 2)),
            .error(.nothingToRedo),
            .error(.unknownVersion(.boothPlan, number: 3, latest: 2)),
            .error(.unknownVersion(.programme, number: 1, latest: nil)),
            .error(.outOfStep(entry: 2, table: "party")), .historyEmpty,
            .historyHeading(total: 5, undoable: 4, redoable: 1, listed: 5),
            .historyHeading(total: 30, undoable: 30, redoable: 0, listed: 20), .entry(entry),
            .entryCounts(entry.counts), .entryCounts([:]), .state(.done), .state(.undone), .undone(entry),
            .redoHint(redoable: 1), .redone(entry), .restored(.boothPlan, version: 2, count: 12),
            .restored(.programme, version: 1, count: 8), .restoreUnchanged(.boothPlan, version: 2),
            .restoreUnchanged(.programme, version: 1),
            .leftOut(.partyWithdrawn(party: "HTX A", booths: ["A-01"])),
            .leftOut(.partyRemoved(party: "HTX B", booths: ["A-02"])),
            .leftOut(.boothsNotOnVenue(party: "HTX C", booths: ["Z-01"])),
            .leftOut(.sessionRemoved(title: "Khai mạc")), .unscheduled(["Báo cáo"]), .undoHint,
        ] + JournalTable.allCases.map { .rows($0, count: 2) }
        + JournalTable.allCases.map { .rows($0, count: 1) }

    @Test("every message has Vietnamese and English text, and they differ", arguments: samples)
    func bothLanguages(message: JournalMessage) {
        let vietnamese = message.text(.vietnamese)
        let english = message.text(.english)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        #expect(vietnamese != english)
        #expect(WorkflowMessage.journal(message).text(.english) == english)
    }

    @Test("errors are worded through the catalogue, in Vietnamese by default")
    func errors() {
        let error = WorkflowError.journal(.nothingToRedo)
        #expect(error.description == JournalMessage.error(.nothingToRedo).text(.vietnamese))
        #expect(
            JournalError.nothingToRedo.text(.english) == JournalMessage.error(.nothingToRedo).text(.english))
    }

    @Test("a product put on two booths' lists is not worded as two products (QA 39)")
    func productListEntries() {
        let counts: [JournalTable: JournalCounts] = [
            .product: JournalCounts(added: 1), .requestProduct: JournalCounts(added: 2),
        ]
        let english = JournalMessage.entryCounts(counts).text(.english)
        #expect(english.contains("2 entries in booths' product lists"), "\(english)")
        #expect(!english.contains("2 products"))
        let vietnamese = JournalMessage.entryCounts(counts).text(.vietnamese)
        #expect(vietnamese.contains("2 mục trong danh sách trưng bày của gian"), "\(vietnamese)")
    }

    @Test("every table has its own name in each language")
    func tableNames() {
        for language in Language.allCases {
            let names = JournalTable.allCases.map { JournalMessage.rows($0, count: 2).text(language) }
            #expect(Set(names).count == names.count)
        }
    }
}
