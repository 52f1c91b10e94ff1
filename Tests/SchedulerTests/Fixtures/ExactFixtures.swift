import Planning
import Scheduler

/// Instances for the exact method's tests, on the timetabling fixtures' day, rooms and points.
enum ExactFixtures {
    typealias F = TimetableFixtures

    /// Issue 13's pattern: a 9-session hybrid briefing, one day 08:00–15:00, where the awards may
    /// only run in the afternoon (from 12:45) and the directive speech must follow them; the leader (Ông Bảo)
    /// chairs the opening, hands out the awards, speaks and closes; every plenary links both
    /// points (Sơn La's hall opens at 07:30, so its link test keeps the opening from 08:00).
    static func briefing() -> TimetableProblem {
        let both = [F.haNoi, F.sonLa]
        let sessions = [
            F.session(
                "khai-mac", 30, kind: .opening, people: [F.bao], audience: 120, points: both, order: [.first]),
            F.session("bao-cao", 60, people: [F.hang], audience: 120, points: both),
            F.session("tham-luan-1", 45, kind: .contribution, audience: 120, points: both),
            F.session("tham-luan-2", 45, kind: .contribution, audience: 120, points: both),
            F.session("tham-luan-3", 45, kind: .contribution, audience: 120, points: both),
            F.session("giai-lao", 15, kind: .break, audience: 120, order: [.after("bao-cao")]),
            F.session(
                "trao-thuong", 60, kind: .awards, people: [F.bao], audience: 120, points: both,
                timing: .window(F.span(F.at(12, 45), F.at(15)))),
            F.session(
                "chi-dao", 45, kind: .directiveSpeech, people: [F.bao], audience: 120, points: both,
                order: [.after("trao-thuong")]),
            F.session(
                "be-mac", 30, kind: .closing, people: [F.bao], audience: 120, points: both, order: [.last]),
        ]
        return F.problem(sessions, closes: 15)
    }
}

extension ExactFixtures {
    /// A random small problem on the fixtures' morning: 5 to 8 sessions with random lengths,
    /// speakers, points, fixed starts, windows and prerequisites, some of them impossible.
    static func random(seed: UInt64) -> TimetableProblem {
        var generator = SeededGenerator(seed: seed)
        func pick(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        let count = pick(5...8)
        let people = [F.bao, F.hang]
        var sessions: [Session] = []
        for index in 0..<count {
            let minutes = [30, 45, 60, 90][pick(0...3)]
            let speakers = people.filter { _ in pick(0...2) == 0 }
            let points = [F.haNoi, F.sonLa].filter { _ in pick(0...3) == 0 }
            var timing = SessionTiming.free
            switch pick(0...5) {
            case 0: timing = .fixed(F.at(8 + pick(0...2), 15 * pick(0...3)))
            case 1:
                let start = F.at(8 + pick(0...2))
                timing = .window(F.span(start, start.adding(minutes: 30 * pick(1...4))))
            default: break
            }
            var order: [OrderConstraint] = []
            if index > 0 && pick(0...3) == 0 { order.append(.after(Identifier("s\(pick(0...(index - 1)))"))) }
            sessions.append(
                F.session(
                    "s\(index)", minutes, people: speakers, audience: [20, 60, 120][pick(0...2)],
                    points: points,
                    timing: timing, order: order))
        }
        return F.problem(sessions)
    }
}
