import Foundation
import Interchange
import Scheduler
import Testing

/// Damaged copies of a shipped instance: the reader reads them or refuses them with an error,
/// and whatever it reads maps to a grid problem that validates or is refused; nothing traps.
@Suite struct TimefoldConferenceReaderMutationTests {
    @Test func damagedFilesNeverTrap() throws {
        let path = Fixtures.path("timefold/18talks-6timeslots-5rooms.json")
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var random = SeededGenerator(seed: 13)
        let replacements = Array("0123456789-[]{}\",:#TalkRoomTimeslot@id ".utf8)
        var read = 0
        var refused = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[position] = replacements[Int(random.next() % UInt64(replacements.count))]
                case 1: bytes.remove(at: position)
                default:
                    bytes.insert(replacements[Int(random.next() % UInt64(replacements.count))], at: position)
                }
            }
            do {
                let conference = try TimefoldConferenceReader().read(bytes: bytes, file: "damaged.json")
                read += 1
                let problem = conference.gridProblem()
                if (try? problem.validate()) != nil {
                    let cells = problem.sessions.map { $0.pin ?? GridCell(timeslot: 0, room: 0) }
                    _ = try? GridTimetabler.score(problem, cells: cells)
                }
            } catch {
                refused += 1
            }
        }
        #expect(read + refused == 300)
        #expect(refused > 0)
    }
}
