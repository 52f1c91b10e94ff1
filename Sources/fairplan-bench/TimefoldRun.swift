import ArgumentParser
import Interchange
import Planning
import Scheduler

/// `fairplan-bench schedule --timefold FILE.json`: reads one of Timefold's conference-scheduling
/// instances, timetables it with FairPlan's grid timetabler, and scores the result with the
/// independent checker written to Timefold's constraint definitions.
struct TimefoldRun {
    /// The instance file.
    let path: String
    /// The seed of the search.
    let seed: UInt64
    /// The search's bounds.
    let limits: SearchLimits
    /// The late acceptance history length, when not the timetabler's default.
    let history: Int?

    /// Timefold's published best scores, by instance (talks, timeslots, rooms): none is published
    /// for these three instances; the only score Timefold's repository records for them is the
    /// stored timetable of the 216-talk instance (`data/conferencescheduling/
    /// conferencescheduling-216-18-20.json`), which is not a best.
    static let published: [String: String] = [:]
    /// Scores Timefold's repository records for a timetable of an instance, by talk count.
    static let recorded: [Int: String] = [216: "-3240hard/-11838405soft (stored timetable, not a best)"]

    /// Scores the timetable the file holds with the checker, without solving.
    func scoreGiven() throws {
        let conference = try TimefoldConferenceReader().read(path: path)
        let placements = try conference.talks.map { talk -> TimefoldScoreChecker.Placement in
            guard let timeslot = talk.timeslot, let room = talk.room else {
                throw BenchError(
                    "Talk \(talk.code) has no timeslot or room in \(path) (no timetable to score).")
            }
            return TimefoldScoreChecker.Placement(timeslot: timeslot, room: room)
        }
        let score = TimefoldScoreChecker(conference: conference).score(placements)
        print("timefold \(path): the timetable in the file scores \(score) (independent checker)")
        var table = BenchTable(headers: ["Timefold constraint", "kind", "matches", "score"])
        for constraint in score.constraints {
            table.rows.append([
                constraint.name, constraint.isHard ? "hard" : "soft", String(constraint.matches),
                String(constraint.score),
            ])
        }
        print(table.text)
    }

    func run() throws {
        let (conference, readSeconds) = try Stopwatch.time { try TimefoldConferenceReader().read(path: path) }
        let problem = conference.gridProblem()
        let (result, seconds) = try Stopwatch.time {
            try GridTimetabler(seed: seed, limits: limits, history: history).solve(
                problem, clock: ContinuousClock())
        }
        let placements = result.cells.map {
            TimefoldScoreChecker.Placement(timeslot: $0.timeslot, room: $0.room)
        }
        let checker = TimefoldScoreChecker(conference: conference)
        let (score, checkSeconds) = Stopwatch.time { checker.score(placements) }
        let outside = checker.outsideValueRange(placements)
        let key = "\(conference.talks.count)-\(conference.timeslots.count)-\(conference.rooms.count)"
        print(
            """
            timefold \(path): «\(conference.name)», \(conference.talks.count) talks, \(conference.timeslots.count) \
            timeslots, \(conference.rooms.count) rooms, \(conference.speakers.count) speakers (read in \
            \(BenchTable.number(readSeconds, decimals: 2)) s)
            solve \(BenchTable.number(seconds, decimals: 2)) s, seed \(seed), \(result.iterations) iterations, history \(history ?? GridTimetabler.defaultHistory(iterations: limits.maximumIterations, sessions: conference.talks.count))\
            \(result.stoppedByTime ? ", stopped by the time budget" : "")
            FairPlan's own score: hard \(result.score.hard), soft \(result.score.soft)
            Timefold score (independent checker, \(BenchTable.number(checkSeconds, decimals: 2)) s): \(score) \
            (hard \(score.hard), soft \(score.soft)); talks outside their value range: \(outside.count)
            Timefold's published best: \(Self.published[key] ?? "not published")\
            \(Self.recorded[conference.talks.count].map { "; recorded in Timefold's repository: \($0)" } ?? "")
            """)
        var table = BenchTable(headers: ["Timefold constraint", "kind", "matches", "score"])
        for constraint in score.constraints {
            table.rows.append([
                constraint.name, constraint.isHard ? "hard" : "soft", String(constraint.matches),
                String(constraint.score),
            ])
        }
        print(table.text)
        print("")
        print(result.rendered(in: .english))
        if score.hard != 0 || !outside.isEmpty { throw ExitCode(1) }
    }
}
