import Foundation
import Planning
import Scheduler
import Workflow

/// `/<plan>/quan-ly/tien-trinh`: the plan's solver run as it goes (phase, iterations, best score,
/// time), loading itself again every second without script while it runs; then what it did,
/// with the way back to the console.
struct ProgressPage: Sendable {
    /// The phase of a timetabling run's exact method while it searches (decisions, no score yet).
    static let exactSearchPhase = TimetableProgress.Phase.exactSearch.rawValue

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// What runs and who started it.
    let run: String?
    /// Said when nothing runs or ran.
    let none: String?
    /// Whether it still runs.
    let running: Bool
    /// The lines of its progress.
    let lines: [String]
    /// Said while it runs.
    let refreshing: String?
    /// What it did, when it finished.
    let result: String?
    /// Why it stopped, when it failed.
    let failure: String?
    /// The link back to the console.
    let back: String
    /// Its text.
    let backLabel: String
    /// The changes page, to review the result.
    let changes: String
    /// Its text.
    let changesLabel: String

    /// The page of `run` (nil: none since the portal started) at `now` (seconds on the portal's
    /// monotonic clock).
    init(_ run: SolverRun?, now: Double, paths: PortalPaths, version: String) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.progressPage)
        var frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly/tien-trinh", version: version)
        running = run?.isRunning ?? false
        if running { frame.refresh = "1" }
        self.frame = frame
        self.run = run.map {
            m($0.kind == .allocation ? .allocationRun : .timetablingRun) + " — " + $0.startedBy
        }
        none = run == nil ? m(.noRun) : nil
        var lines: [String] = []
        if let run {
            lines.append(m(.phaseLabel) + ": " + m(.phase(run.phase ?? "")))
            lines.append(
                run.phase == Self.exactSearchPhase
                    ? m(.decisions(run.iterations)) : m(.iterations(run.iterations, run.maximumIterations)))
            if let score = run.bestScore { lines.append(m(.bestScore(score))) }
            lines.append(m(.elapsed(max(0, (run.endedAt ?? now) - run.startedAt))))
        }
        self.lines = lines
        refreshing = running ? m(.refreshing) : nil
        switch run?.state {
        case .finished(let message)?:
            result = m(.runFinished) + " " + m(message)
            failure = nil
        case .failed(let error)?:
            result = nil
            failure = m(.failed((error as? any Localizable)?.text(language) ?? "\(error)"))
        default:
            result = nil
            failure = nil
        }
        back = paths.console
        backLabel = m(.backToConsole)
        changes = paths.changes
        changesLabel = m(.changesPage)
    }
}
