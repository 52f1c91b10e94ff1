import Planning
import Scheduler
import Workflow

/// The results of the commands by hand (assign, move, swap, pin, unpin, place), as lines.
enum ManualRendering {
    /// What a session command did.
    enum SessionAction {
        /// `place session`.
        case place
        /// `pin session`.
        case pin
        /// `unpin session`.
        case unpin
    }

    /// What a booth command did: each party's booths, pins set or lifted (`pinning` names a pin or
    /// unpin command, nil for the others), the checker's findings, what was forced, statuses moved.
    static func lines(_ edit: BoothPlanEdit, pinning: Bool? = nil, language: Language) -> [String] {
        var messages: [ManualMessage] = []
        for party in edit.parties where party.from != party.to {
            messages.append(.boothsChanged(party: party.name, from: party.from, to: party.to))
        }
        let name = edit.parties.first?.name ?? ""
        if !edit.pinned.isEmpty { messages.append(.boothsPinned(party: name, booths: edit.pinned)) }
        if !edit.unpinned.isEmpty { messages.append(.boothsUnpinned(party: name, booths: edit.unpinned)) }
        if !edit.changed, let pinning {
            messages.append(pinning ? .alreadyPinned(party: name) : .notPinned(party: name))
        }
        var lines = messages.map { $0.text(language) }
        if edit.findings.isEmpty {
            lines.append(ManualMessage.boothCheckClean.text(language))
        } else {
            let hard = edit.hardViolations.count
            lines.append(
                ManualMessage.boothCheckFindings(hard: hard, soft: edit.findings.count - hard).text(language))
            for finding in edit.findings {
                let label = SchedulerMessage.findingSeverity(hard: finding.isHard).text(language)
                lines.append("  [\(label)] \(finding.text(language))")
            }
        }
        if edit.forced {
            lines.append(ManualMessage.writtenDespiteViolations(edit.hardViolations.count).text(language))
        }
        for change in edit.statusChanges {
            lines.append(WorkflowMessage.statusChanged(party: change.party, to: change.status).text(language))
        }
        return lines
    }

    /// What a session command did, and the checker's violations about the session where it is.
    static func lines(_ edit: SessionEdit, action: SessionAction, language: Language) -> [String] {
        let session = edit.after
        let room = edit.roomName ?? ""
        var messages: [ManualMessage] = []
        switch action {
        case .place:
            if let start = session.start {
                messages.append(.sessionPlaced(session: session.title, room: room, start: start))
            }
        case .pin:
            if let start = session.start, edit.changed {
                messages.append(.sessionPinned(session: session.title, room: room, start: start))
            } else {
                messages.append(.sessionAlreadyPinned(session: session.title))
            }
        case .unpin:
            messages.append(
                edit.changed
                    ? .sessionUnpinned(session: session.title) : .sessionNotPinned(session: session.title))
        }
        if session.start != nil {
            messages.append(edit.issues.isEmpty ? .sessionCheckClean : .sessionCheckIssues(edit.issues.count))
        }
        var lines = messages.map { $0.text(language) }
        lines += edit.issues.map { "  \($0.text(language))" }
        if edit.forced {
            lines.append(ManualMessage.writtenDespiteViolations(edit.issues.count).text(language))
        }
        return lines
    }
}
