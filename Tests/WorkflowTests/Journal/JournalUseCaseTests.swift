import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: history, undo, redo, restore")
struct JournalUseCaseTests {
    @Test("every command that changes a plan is undone exactly and redone exactly, one after another")
    func everyCommand() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let context = WorkflowFixture.context
        let created = try fixture.store().contentDump()
        let organisation = try JournalFixture.expectExact(fixture, "register organisation") {
            try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        }
        #expect(organisation?.counts == [.organisation: JournalCounts(added: 1)])
        #expect(organisation?.note.subject == "Hợp tác xã Chè Suối Giàng")
        #expect(organisation?.note.user == context.user)
        #expect(organisation?.note.at == context.now)
        try JournalFixture.expectExact(fixture, "register organisation") {
            try fixture.organisation("Hợp tác xã Mận Bắc Hà", code: "5300100004")
        }
        try JournalFixture.expectExact(fixture, "register product") {
            var product = RegisterProduct.Input(name: "Chè Shan tuyết Suối Giàng", owner: "5300100002")
            product.productSet = "Chè tươi, chế biến"
            _ = try RegisterProduct(store: fixture.store()).run(product, context: context)
        }
        try JournalFixture.expectExact(fixture, "register person") {
            var person = RegisterPerson.Input(name: "Nguyễn Văn Chè")
            person.organisation = "5300100002"
            person.honorific = "ông"
            _ = try RegisterPerson(store: fixture.store()).run(person, context: context)
        }
        try JournalFixture.expectExact(fixture, "register point") {
            var point = RegisterPoint.Input(
                name: "Điểm cầu Lào Cai", province: "Lào Cai", host: "UBND tỉnh", capacity: 60)
            point.force = true
            _ = try RegisterPoint(store: fixture.store()).run(point, context: context)
        }
        try JournalFixture.expectExact(fixture, "register session") {
            var session = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
            session.first = true
            session.force = true
            _ = try RegisterSession(store: fixture.store()).run(session, context: context)
        }
        let party = try JournalFixture.expectExact(fixture, "register party") {
            try fixture.party("HTX Suối Giàng", organisation: "5300100002", booths: 2)
        }
        #expect(party?.counts[.party] == JournalCounts(added: 1))
        #expect(party?.counts[.boothRequest] == JournalCounts(added: 1))
        try JournalFixture.expectExact(fixture, "register party") {
            try fixture.party("HTX Mận Bắc Hà", organisation: "5300100004")
        }
        try JournalFixture.expectExact(fixture, "confirm") {
            _ = try ConfirmRegistrations(store: fixture.store()).run(
                ["HTX Suối Giàng", "HTX Mận Bắc Hà"], context: context)
        }
        try JournalFixture.expectExact(fixture, "import") {
            let sheet = fixture.folder.appendingPathComponent("to-chuc.csv")
            try Data(
                "Tên tổ chức,Loại hình,Mã số HTX/MST,Tỉnh/thành phố,Số thành viên\nHợp tác xã Gạo Séng Cù,HTX,5300100005,Lào Cai,9\n"
                    .utf8
            ).write(to: sheet)
            _ = try ImportRegistrations(plan: fixture.planPath, folder: fixture.folder.path).run(
                ImportRegistrations.Input(files: [sheet.path]), context: context)
        }
        try JournalFixture.expectExact(fixture, "venue use") {
            _ = try UseVenue(store: fixture.store()).run(
                file: try JournalFixture.changedVenue(fixture), context: context)
        }
        let allocation = try JournalFixture.expectExact(fixture, "allocate booths") {
            var input = AllocateBooths.Input()
            input.publish = true
            input.search = SearchSettings(seed: 1, iterations: 300, timeLimit: 5)
            let outcome = try AllocateBooths(source: fixture.source).run(
                input, context: context, clock: ManualClock())
            #expect(outcome.publishedVersion == 1)
        }
        #expect(allocation?.counts[.publishedVersion] == JournalCounts(added: 1))
        #expect(allocation?.counts[.boothAssignment]?.added == 3)
        try JournalFixture.expectExact(fixture, "withdraw") {
            let withdrawal = try WithdrawRegistration(store: fixture.store()).run(
                "HTX Mận Bắc Hà", context: context)
            #expect(withdrawal.outcome.freedBooths.count == 1)
        }
        try JournalFixture.expectExact(fixture, "schedule sessions") {
            var input = ScheduleSessions.Input()
            input.publish = true
            input.search = SearchSettings(seed: 1, iterations: 300, timeLimit: 5)
            let outcome = try ScheduleSessions(source: fixture.source).run(
                input, context: context, clock: ManualClock())
            #expect(outcome.publishedVersion == 1)
        }
        try JournalFixture.expectExact(fixture, "move booths") {
            let store = try fixture.store()
            let held = try store.boothAssignments()
            let taken = Set(held.map(\.booth))
            let free = try #require(try store.venue()).booths.map(\.code).filter { !taken.contains($0) }
            let party = try #require(held.first?.party)
            _ = try store.journaling(context.note("move booths")).saveBoothPlan(
                free.prefix(2).map { BoothAssignment(booth: $0, party: party) })
        }
        try JournalFixture.expectExact(fixture, "restore booths") {
            let restoration = try RestoreVersion(store: fixture.store()).run(
                .boothPlan, version: 1, context: context)
            #expect(restoration.statusChanges.isEmpty)
            #expect(restoration.outcome.restored == 2)
            #expect(
                restoration.outcome.leftOut.map { omission in
                    if case .partyWithdrawn(let party, _) = omission { return party }
                    return ""
                } == ["HTX Mận Bắc Hà"])
        }

        // the whole history, newest first, then everything undone at once
        let history = try ShowHistory(store: fixture.store()).run()
        #expect(history.entries.map(\.number) == Array((1...16).reversed()))
        #expect(history.undoable == 16 && history.redoable == 0)
        #expect(history.entries.first?.note.command == "restore booths")
        #expect(history.entries.first?.note.subject == "1")
        let undone = try UndoChanges(store: fixture.store()).run(count: 16)
        #expect(undone.entries.count == 16)
        #expect(undone.redoable == 16)
        #expect(try fixture.store().contentDump() == created)
    }

    @Test("the history lists entries newest first, the latest N with a limit, undone ones marked")
    func history() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        #expect(try ShowHistory(store: fixture.store()).run().total == 0)
        for name in ["Hợp tác xã Chè Suối Giàng", "Hợp tác xã Mận Bắc Hà", "Hợp tác xã Gạo Séng Cù"] {
            try fixture.organisation(name)
        }
        _ = try UndoChanges(store: fixture.store()).run()
        let history = try ShowHistory(store: fixture.store()).run(limit: 2)
        #expect(history.entries.map(\.number) == [3, 2])
        #expect(history.entries.map(\.state) == [.undone, .done])
        #expect(history.entries.map(\.note.subject) == ["Hợp tác xã Gạo Séng Cù", "Hợp tác xã Mận Bắc Hà"])
        #expect(history.total == 3 && history.undoable == 2 && history.redoable == 1)
        #expect(
            throws: WorkflowError.invalidValue(
                .limit, value: "0", expected: .integer(minimum: 1, maximum: ShowHistory.maximumLimit))
        ) {
            try ShowHistory(store: fixture.store()).run(limit: 0)
        }
    }

    @Test("undo and redo say when there is nothing to do, or less than asked, and change nothing")
    func errors() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        #expect(throws: WorkflowError.journal(.nothingToUndo)) {
            try UndoChanges(store: fixture.store()).run()
        }
        #expect(throws: WorkflowError.journal(.nothingToRedo)) {
            try RedoChanges(store: fixture.store()).run()
        }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng")
        try fixture.organisation("Hợp tác xã Mận Bắc Hà")
        let dump = try fixture.store().contentDump()
        #expect(throws: WorkflowError.journal(.undoBeyondHistory(asked: 5, available: 2))) {
            try UndoChanges(store: fixture.store()).run(count: 5)
        }
        #expect(
            throws: WorkflowError.invalidValue(
                .count, value: "0", expected: .integer(minimum: 1, maximum: UndoChanges.maximumCount))
        ) { try UndoChanges(store: fixture.store()).run(count: 0) }
        #expect(try fixture.store().contentDump() == dump)
        // a new change after an undo: nothing to redo
        _ = try UndoChanges(store: fixture.store()).run()
        try fixture.organisation("Hợp tác xã Gạo Séng Cù")
        #expect(throws: WorkflowError.journal(.nothingToRedo)) {
            try RedoChanges(store: fixture.store()).run()
        }
        #expect(
            try ShowHistory(store: fixture.store()).run().entries.map(\.note.subject) == [
                "Hợp tác xã Gạo Séng Cù", "Hợp tác xã Chè Suối Giàng",
            ])
    }

    @Test(
        "restore: an unknown version names the latest; the programme comes back and is undone as one change")
    func restoreProgramme() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let context = WorkflowFixture.context
        #expect(throws: WorkflowError.journal(.unknownVersion(.programme, number: 1, latest: nil))) {
            try RestoreVersion(store: fixture.store()).run(.programme, version: 1, context: context)
        }
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.room = "hoi-truong"
        opening.start = "10/12/2026 08:00"
        opening.force = true
        _ = try RegisterSession(store: fixture.store()).run(opening, context: context)
        _ = try fixture.store().journaling(context.note("publish")).publishProgramme(at: context.now)
        var report = RegisterSession.Input(title: "Báo cáo tổng kết", kind: .report, minutes: 60)
        report.room = "hoi-truong"
        report.start = "10/12/2026 09:00"
        report.force = true
        _ = try RegisterSession(store: fixture.store()).run(report, context: context)
        #expect(throws: WorkflowError.journal(.unknownVersion(.programme, number: 2, latest: 1))) {
            try RestoreVersion(store: fixture.store()).requireVersion(.programme, version: 2)
        }
        #expect(throws: WorkflowError.invalidValue(.version, value: "0", expected: .versionNumber)) {
            try RestoreVersion(store: fixture.store()).requireVersion(.programme, version: 0)
        }
        let entry = try JournalFixture.expectExact(fixture, "restore programme") {
            let restoration = try RestoreVersion(store: fixture.store()).run(
                .programme, version: 1, context: context)
            #expect(restoration.outcome.unscheduled == ["Báo cáo tổng kết"])
            #expect(restoration.outcome.restored == 1)
        }
        #expect(entry?.counts == [.session: JournalCounts(changed: 1)])
        #expect(try fixture.store().sessions().map(\.start) != [nil, nil])

        // A pin set after the version does not follow the session back to the version's time.
        _ = try PlaceSession(store: fixture.store()).run(
            {
                var input = PlaceSession.Input(
                    session: "Khai mạc", room: "hoi-truong", start: "10/12/2026 14:00")
                input.force = true
                return input
            }(), context: context)
        #expect(try fixture.store().sessions().first { $0.title == "Khai mạc" }?.pinned == true)
        _ = try RestoreVersion(store: fixture.store()).run(.programme, version: 1, context: context)
        let restored = try #require(try fixture.store().sessions().first { $0.title == "Khai mạc" })
        #expect(restored.start?.time == TimeOfDay(hour: 8) && !restored.pinned)
    }
}
