import Interchange
import Planning
import Scheduler
import Workflow

/// The results of the search and check commands: a short summary, a readable account
/// (`--explain`) or one JSON document (`--json`, everything else then on standard error).
enum SolvingOutput {
    /// An allocation: notes, the result, what was saved, the floor plan written.
    static func render(_ outcome: AllocateBooths.Outcome, output: Output, explain: Bool, language: Language)
        throws
    {
        if let sample = outcome.fallbackSample {
            Output.note(WorkflowMessage.usingSample(sample.rawValue).text(language))
        }
        if !outcome.pendingLeftOut.isEmpty {
            output.say(WorkflowMessage.pendingLeftOut(outcome.pendingLeftOut))
        }
        for change in outcome.statusChanges {
            output.say(WorkflowMessage.statusChanged(party: change.party, to: change.status))
        }
        for kept in outcome.keptPins {
            output.say(ManualMessage.keptPinnedBooths(party: kept.name, booths: kept.booths))
        }
        if let version = outcome.publishedVersion {
            output.say(WorkflowMessage.boothPlanPublished(version: version))
        } else if outcome.saved {
            output.say(WorkflowMessage.boothPlanSaved)
        }
        if output.json {
            output.document(try JSONOutput.text(outcome.allocation))
        } else if explain {
            output.text(outcome.allocation.rendered(in: language, bound: outcome.upperBound))
        } else {
            output.line(SolvingRendering.summary(outcome.allocation, language: language))
        }
        if let svg = outcome.svgPath { output.say(WorkflowMessage.floorPlanWritten(path: svg)) }
        switch outcome.picture {
        case .unavailable(let message), .failed(let message): output.say(message)
        case .written, nil: break
        }
    }

    /// A timetable: notes, what was saved, the result.
    static func render(_ outcome: ScheduleSessions.Outcome, output: Output, explain: Bool, language: Language)
        throws
    {
        if let sample = outcome.fallbackSample {
            Output.note(WorkflowMessage.usingSample(sample.rawValue).text(language))
        }
        for entry in outcome.result.keptPins {
            output.say(
                ManualMessage.keptPinnedSession(
                    session: entry.title, room: entry.roomName, start: entry.start))
        }
        for session in outcome.result.pinsNotKept {
            output.say(ManualMessage.pinNotKept(session: session.title))
        }
        if let version = outcome.publishedVersion {
            output.say(WorkflowMessage.programmePublished(version: version))
        } else if outcome.saved {
            output.say(WorkflowMessage.timetableSaved)
        }
        if output.json {
            output.document(try JSONOutput.text(outcome.result))
        } else if explain {
            let text = outcome.result.rendered(in: language)
            output.text(text.hasSuffix("\n") ? text : text + "\n")
        } else {
            output.line(SolvingRendering.summary(outcome.result, language: language))
        }
    }

    /// A booth-plan check: the sheet's problems, then the check or its JSON; with `publishing`,
    /// what was published or that nothing was.
    static func render(
        _ outcome: CheckBoothPlan.Outcome, output: Output, publishing: Bool = false, language: Language
    ) throws {
        if let sample = outcome.fallbackSample {
            Output.note(WorkflowMessage.usingSample(sample.rawValue).text(language))
        }
        output.lines(outcome.sheetProblems.map { $0.text(language) })
        if output.json {
            output.document(try JSONOutput.text(outcome.check))
        } else {
            output.text(outcome.check.rendered(in: language))
        }
        for change in outcome.statusChanges {
            output.say(WorkflowMessage.statusChanged(party: change.party, to: change.status))
        }
        if let version = outcome.publishedVersion {
            output.say(WorkflowMessage.boothPlanPublished(version: version))
        } else if publishing {
            output.say(ManualMessage.publishRefused)
        }
    }

    /// A programme check: the sheet's problems, then the violations or their JSON, the pinned
    /// sessions moved; with `publishing`, what was published or that nothing was.
    static func render(
        _ outcome: CheckProgramme.Outcome, output: Output, publishing: Bool = false, language: Language
    ) throws {
        if let sample = outcome.fallbackSample {
            Output.note(WorkflowMessage.usingSample(sample.rawValue).text(language))
        }
        output.lines(outcome.sheetProblems.map { $0.text(language) })
        if output.json {
            output.document(try JSONOutput.text(outcome.issues))
        } else {
            output.say(WorkflowMessage.violations(outcome.issues.count))
            output.lines(outcome.issues.map { "  \($0.text(language))" })
        }
        if !outcome.movedPins.isEmpty { output.say(ManualMessage.pinnedSessionsMoved(outcome.movedPins)) }
        if let version = outcome.publishedVersion {
            output.say(WorkflowMessage.programmePublished(version: version))
        } else if publishing {
            output.say(ManualMessage.publishRefused)
        }
    }
}
