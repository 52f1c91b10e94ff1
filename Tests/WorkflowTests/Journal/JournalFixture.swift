import Foundation
import Planning
import Store
import Testing
import Workflow

/// The undo/redo round trip the journal's use-case tests share.
enum JournalFixture {
    /// Runs `change` (one command) on the fixture's plan, then checks through the use cases that
    /// undo gives back exactly the plan before (a dump of every plan table) and redo exactly the
    /// plan after; returns the entry.
    @discardableResult
    static func expectExact(
        _ fixture: WorkflowFixture, _ command: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: () throws -> Void
    ) throws -> JournalEntry? {
        let store = try fixture.store()
        let before = try store.contentDump()
        try change()
        let after = try store.contentDump()
        #expect(after != before, "\(command) changed nothing", sourceLocation: sourceLocation)
        let undone = try UndoChanges(store: try fixture.store()).run()
        #expect(undone.entries.map(\.note.command) == [command], sourceLocation: sourceLocation)
        #expect(undone.redoable == 1, sourceLocation: sourceLocation)
        #expect(try store.contentDump() == before, "undo \(command)", sourceLocation: sourceLocation)
        let redone = try RedoChanges(store: try fixture.store()).run()
        #expect(redone.entry.number == undone.entries.first?.number, sourceLocation: sourceLocation)
        #expect(redone.redoable == 0, sourceLocation: sourceLocation)
        #expect(try store.contentDump() == after, "redo \(command)", sourceLocation: sourceLocation)
        return redone.entry
    }

    /// A copy of the fixture's venue under another name with a bigger meeting room, in the
    /// fixture's folder.
    static func changedVenue(_ fixture: WorkflowFixture) throws -> String {
        let text = try String(contentsOfFile: WorkflowFixture.venuePath, encoding: .utf8)
            .replacingOccurrences(
                of: "name=\"Trung tâm Hội nghị Tỉnh\"", with: "name=\"Trung tâm Hội nghị Tỉnh (mới)\""
            )
            .replacingOccurrences(of: "capacity=\"40\"", with: "capacity=\"45\"")
        let path = fixture.folder.appendingPathComponent("dia-diem-moi.xml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
