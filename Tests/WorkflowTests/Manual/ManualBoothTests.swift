import Foundation
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: booths by hand (assign, move, swap, pin, unpin)")
struct ManualBoothTests {
    typealias M = ManualFixture

    @Test("assign booths gives free booths (codes in any case), places the party, and is journaled")
    func assign() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        let edit = try M.assign("HTX Mận Bắc Hà", ["a-01"], in: fixture)
        #expect(edit.parties.map(\.from) == [[]])
        #expect(edit.parties.map(\.to) == [["A-01"]])
        #expect(edit.changed && !edit.forced && edit.hardViolations.isEmpty)
        #expect(edit.statusChanges.map(\.status) == [.placed])
        #expect(try M.booths(of: "HTX Mận Bắc Hà", in: fixture) == ["A-01"])
        #expect(try M.status(of: "HTX Mận Bắc Hà", in: fixture) == .placed)
        let entry = try #require(try fixture.store().journal(limit: 1).first)
        #expect(entry.note.command == "assign booths")
        #expect(entry.note.user == WorkflowFixture.context.user)
    }

    @Test("a hard violation (a block not joined) is refused, nothing written; --force writes it")
    func refusedUnlessForced() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        #expect {
            try M.assign("HTX Suối Giàng", ["A-01", "A-05"], in: fixture)
        } throws: { error in
            guard case .boothRulesBroken(let findings) = M.manualError(error) else { return false }
            return findings.map(\.kind).contains(.blockNotConnected) && findings.allSatisfy(\.isHard)
        }
        #expect(try fixture.store().boothAssignments().isEmpty)
        #expect(try M.status(of: "HTX Suối Giàng", in: fixture) == .confirmed)
        let forced = try M.assign("HTX Suối Giàng", ["A-01", "A-05"], in: fixture, force: true)
        #expect(forced.forced)
        #expect(forced.hardViolations.map(\.kind) == [.blockNotConnected])
        #expect(try M.booths(of: "HTX Suối Giàng", in: fixture) == ["A-01", "A-05"])
    }

    @Test("taken, unknown and doubly held booths, and a pending party, are refused")
    func refusals() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Mận Bắc Hà", ["A-01"], in: fixture)
        #expect(throws: WorkflowError.manual(.boothTaken(booth: "A-01", party: "HTX Mận Bắc Hà"))) {
            try M.assign("HTX Séng Cù", ["A-01"], in: fixture)
        }
        #expect(throws: WorkflowError.manual(.boothAlreadyHeld(booth: "A-01", party: "HTX Mận Bắc Hà"))) {
            try M.assign("HTX Mận Bắc Hà", ["A-01"], in: fixture)
        }
        #expect(throws: WorkflowError.manual(.unknownBooth("Z-99"))) {
            try M.assign("HTX Séng Cù", ["Z-99"], in: fixture)
        }
        #expect(throws: WorkflowError.manual(.notBookable(party: "HTX Chờ Duyệt", status: .pending))) {
            try M.assign("HTX Chờ Duyệt", ["A-03"], in: fixture)
        }
        #expect(throws: WorkflowError.conflict(.nothingNamed(.booths))) {
            try M.assign("HTX Séng Cù", [" "], in: fixture)
        }
    }

    @Test("move replaces the party's booths")
    func move() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Suối Giàng", ["A-01", "A-02"], in: fixture)
        let edit = try MoveBooths(store: fixture.store()).run(
            MoveBooths.Input(party: "HTX Suối Giàng", booths: ["A-02", "A-03"]),
            context: WorkflowFixture.context)
        #expect(edit.parties.first?.from == ["A-01", "A-02"])
        #expect(edit.parties.first?.to == ["A-02", "A-03"])
        #expect(try M.booths(of: "HTX Suối Giàng", in: fixture) == ["A-02", "A-03"])
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "move")
    }

    @Test("swap exchanges two parties' booths; after publishing, `changes` shows exactly the swap")
    func swapThenChanges() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Mận Bắc Hà", ["A-01"], in: fixture)
        try M.assign("HTX Séng Cù", ["B-05"], in: fixture)
        try M.assign("HTX Suối Giàng", ["A-05", "A-06"], in: fixture)
        try fixture.store().publishBoothPlan(at: WorkflowFixture.now)
        let edit = try SwapBooths(store: fixture.store()).run(
            SwapBooths.Input(first: "HTX Mận Bắc Hà", second: "HTX Séng Cù"), context: WorkflowFixture.context
        )
        #expect(edit.parties.map(\.to) == [["B-05"], ["A-01"]])
        #expect(try M.booths(of: "HTX Mận Bắc Hà", in: fixture) == ["B-05"])
        #expect(try M.booths(of: "HTX Séng Cù", in: fixture) == ["A-01"])
        guard case .booths(let changes, _) = try ShowChanges(store: fixture.store()).run(ShowChanges.Input())
        else {
            Issue.record("a booth-plan change log was expected")
            return
        }
        #expect(changes.moved.map(\.name) == ["HTX Mận Bắc Hà", "HTX Séng Cù"])
        #expect(changes.moved.map(\.from) == [["A-01"], ["B-05"]])
        #expect(changes.moved.map(\.to) == [["B-05"], ["A-01"]])
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        #expect(changes.boothsFreed.isEmpty && changes.boothsTaken.isEmpty)
        // The history counts the two booths that changed hands, not every row renumbered after
        // them (QA 41 #7).
        let latest = try #require(try ShowHistory(store: fixture.store()).run(limit: 1).entries.first)
        #expect(latest.counts[.boothAssignment] == JournalCounts(changed: 2))
    }

    @Test("swap refuses a party with itself, one without booths, and different block sizes unless forced")
    func swapRefusals() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Mận Bắc Hà", ["A-01"], in: fixture)
        try M.assign("HTX Suối Giàng", ["A-05", "A-06"], in: fixture)
        let swap = SwapBooths(store: try fixture.store())
        #expect(throws: WorkflowError.manual(.sameParty(party: "HTX Mận Bắc Hà"))) {
            try swap.run(
                SwapBooths.Input(first: "HTX Mận Bắc Hà", second: "dv-htx-man-bac-ha"),
                context: WorkflowFixture.context)
        }
        #expect(throws: WorkflowError.manual(.holdsNoBooths(party: "HTX Séng Cù"))) {
            try swap.run(
                SwapBooths.Input(first: "HTX Mận Bắc Hà", second: "HTX Séng Cù"),
                context: WorkflowFixture.context)
        }
        #expect {
            try swap.run(
                SwapBooths.Input(first: "HTX Mận Bắc Hà", second: "HTX Suối Giàng"),
                context: WorkflowFixture.context)
        } throws: { error in
            guard case .boothRulesBroken(let findings) = M.manualError(error) else { return false }
            return Set(findings.map(\.kind)) == [.fewerBoothsThanWanted, .moreBoothsThanWanted]
        }
        #expect(try M.booths(of: "HTX Mận Bắc Hà", in: fixture) == ["A-01"])
    }

    @Test("pin and unpin set and lift the pins of the party's booths; repeating changes nothing")
    func pinAndUnpin() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign("HTX Suối Giàng", ["A-01", "A-02"], in: fixture)
        let pin = PinBooths(store: try fixture.store())
        let pinned = try pin.run(
            PinBooths.Input(party: "HTX Suối Giàng", pinned: true), context: WorkflowFixture.context)
        #expect(pinned.pinned == ["A-01", "A-02"] && pinned.changed)
        #expect(try fixture.store().boothAssignments().allSatisfy(\.pinned))
        #expect(try fixture.store().journal(limit: 1).first?.note.command == "pin")
        let again = try pin.run(
            PinBooths.Input(party: "HTX Suối Giàng", pinned: true), context: WorkflowFixture.context)
        #expect(!again.changed && again.pinned.isEmpty)
        let moved = try MoveBooths(store: fixture.store()).run(
            MoveBooths.Input(party: "HTX Suối Giàng", booths: ["B-01", "B-02"]),
            context: WorkflowFixture.context)
        #expect(moved.changed)
        #expect(try fixture.store().boothAssignments().allSatisfy(\.pinned))
        let unpinned = try pin.run(
            PinBooths.Input(party: "HTX Suối Giàng", pinned: false), context: WorkflowFixture.context)
        #expect(unpinned.unpinned == ["B-01", "B-02"])
        #expect(try fixture.store().boothAssignments().allSatisfy { !$0.pinned })
        #expect(throws: WorkflowError.manual(.holdsNoBooths(party: "HTX Séng Cù"))) {
            try pin.run(PinBooths.Input(party: "HTX Séng Cù", pinned: true), context: WorkflowFixture.context)
        }
    }

    @Test("a sponsor's corner booth, pinned, is kept by allocation, which says so; the pin survives saving")
    func allocationKeepsPinnedCorner() throws {
        let fixture = try M.plan()
        defer { fixture.remove() }
        try M.assign(M.sponsor, ["A-01"], in: fixture)
        _ = try PinBooths(store: fixture.store()).run(
            PinBooths.Input(party: M.sponsor, pinned: true), context: WorkflowFixture.context)
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 3, iterations: 3_000, timeLimit: 5)
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        let sponsor = try #require(outcome.allocation.placements.first { $0.name == M.sponsor })
        #expect(sponsor.booths == ["A-01"])
        #expect(outcome.keptPins.map(\.name) == [M.sponsor])
        #expect(outcome.keptPins.map(\.booths) == [["A-01"]])
        #expect(outcome.allocation.placements.count == 4)
        let stored = try fixture.store().boothAssignments()
        let corner = try #require(stored.first { $0.booth == "A-01" })
        #expect(corner.pinned && corner.party == sponsor.party)
        #expect(stored.filter(\.pinned).map(\.booth) == ["A-01"])
        #expect(try M.status(of: M.sponsor, in: fixture) == .placed)
    }

    @Test(
        "a party by hand outside its region's pavilion gets a note naming the booths there; a pinned one does not"
    )
    func outsideRegionalPavilion() throws {
        let fixture = try WorkflowFixture.make(venue: WorkflowFixture.nationalHallPath)
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Lúa Gạo Phú Tân", code: "1600100001", province: "An Giang")
        try fixture.party("HTX Lúa Gạo Phú Tân", organisation: "1600100001")
        _ = try ConfirmRegistrations(store: fixture.store()).run(
            ["HTX Lúa Gạo Phú Tân"], context: WorkflowFixture.context)
        let outside = try M.assign("HTX Lúa Gạo Phú Tân", ["C-18"], in: fixture)
        let notes = outside.findings.filter { $0.kind == .outsideRegionalPavilion }
        #expect(notes.count == 1)
        #expect(notes.first?.text(.vietnamese).contains("đứng ngoài Gian hàng các tỉnh phía Nam") == true)
        #expect(notes.first.map { !$0.isHard } == true)
        // Pinned where it stands, it is the organisers' decision: moving it (the pin goes along)
        // brings no note, and its booths are not offered to others.
        _ = try PinBooths(store: fixture.store()).run(
            PinBooths.Input(party: "HTX Lúa Gạo Phú Tân", pinned: true), context: WorkflowFixture.context)
        let moved = try MoveBooths(store: fixture.store()).run(
            MoveBooths.Input(party: "HTX Lúa Gạo Phú Tân", booths: ["C-19"]), context: WorkflowFixture.context
        )
        #expect(moved.changed)
        #expect(!moved.findings.contains { $0.kind == .outsideRegionalPavilion })
    }
}
