import Planning
import Scheduler
import Testing
import Workflow

@Suite("SolvingRendering")
struct SolvingRenderingTests {
    @Test("an unplaced session's reasons read as sentences, never joined by «.;» (QA 41b #9)")
    func reasonsAreSentences() {
        let reasons = [
            SchedulerMessage.sessionFitsNoDay(session: "Chào cờ", minutes: 600),
            SchedulerMessage.sessionFitsNoDay(session: "Chào cờ", minutes: 601),
        ]
        .map { TimetableIssue(rule: .notScheduled, sessions: ["chao-co"], message: $0) }
        let result = TimetableResult(
            seed: 1, timetable: [], linkTests: [], score: TimetableScore(components: []),
            unplaced: [UnplacedSession(session: "chao-co", title: "Chào cờ", reasons: reasons)],
            iterations: 0,
            stoppedByTime: false)
        for language in [Language.vietnamese, .english] {
            let text = SolvingRendering.summary(result, language: language)
            let line = text.split(separator: "\n").first { $0.contains("Chào cờ:") }.map(String.init) ?? ""
            #expect(!line.contains(".;") && !line.contains(";"), "\(line)")
            #expect(line.contains(reasons[0].text(language) + " " + reasons[1].text(language)), "\(line)")
        }
    }
}
