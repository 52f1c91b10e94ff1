import Planning
import Scheduler

extension ManualMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        func list(_ booths: [String]) -> String { booths.joined(separator: ", ") }
        switch self {
        case .error(let error):
            switch error {
            case .noVenue:
                return
                    "The plan has no venue yet (fairplan venue use FILE), so there are no booths or rooms to give."
            case .unknownBooth(let code):
                return
                    "The venue has no booth «\(code)»; write the booth code as on the floor plan (e.g. A-01)."
            case .boothTaken(let booth, let party):
                return "Booth \(booth) is held by «\(party)»; move that party elsewhere (fairplan move) "
                    + "or swap booths (fairplan swap) first."
            case .boothAlreadyHeld(let booth, let party):
                return "«\(party)» already holds booth \(booth)."
            case .notBookable(let party, let status):
                if status == .withdrawn {
                    return "«\(party)» has withdrawn; a withdrawn party is never given booths."
                }
                return "«\(party)» is «\(status.name(en))»: confirm the registration (fairplan confirm) "
                    + "before giving it booths."
            case .holdsNoBooths(let party):
                return "«\(party)» holds no booth in the current booth plan."
            case .sameParty(let party):
                return "«\(party)» cannot swap booths with itself."
            case .boothRulesBroken(let findings):
                return "Not written: after the change the booth plan breaks \(findings.count) hard rule(s) "
                    + "(checked as by `fairplan check booths`); change the request or use --force to write anyway:\n"
                    + findings.map { "  \($0.text(en))" }.joined(separator: "\n")
            case .sessionNotPlaced(let session):
                return "Session «\(session)» has no room and start yet, so it cannot be pinned; "
                    + "use `fairplan place session` to place and pin it."
            case .timetableRulesBroken(let session, let issues):
                return "Session «\(session)» was not placed there: it breaks \(issues.count) rule(s) "
                    + "(checked as by `fairplan check sessions`); choose another room or time, or use --force to write anyway:\n"
                    + issues.map { "  \($0.text(en))" }.joined(separator: "\n")
            case .nothingNewToPublish(let kind, let version):
                let what = kind == .boothPlan ? "The working booth plan" : "The working programme"
                return
                    "\(what) is exactly version \(version) as published, so there is nothing new to publish; "
                    + "no version \(version + 1) identical to version \(version) was made. Change the plan before publishing again."
            }
        case .boothsChanged(let party, let from, let to):
            if from.isEmpty { return "«\(party)»: given booths \(list(to))." }
            if to.isEmpty { return "«\(party)»: gave up booths \(list(from))." }
            return "«\(party)»: booths \(list(from)) → \(list(to))."
        case .boothsPinned(let party, let booths):
            return "Pinned booths \(list(booths)) of «\(party)»: booth allocation will keep them."
        case .boothsUnpinned(let party, let booths):
            return
                "Unpinned booths \(list(booths)) of «\(party)»: booth allocation may move the party elsewhere."
        case .alreadyPinned(let party):
            return "The booths of «\(party)» were pinned already; nothing changed."
        case .notPinned(let party):
            return "The booths of «\(party)» were not pinned; nothing changed."
        case .boothCheckClean:
            return "Booth-plan check (as by `fairplan check booths`): nothing found about this change."
        case .boothCheckFindings(let hard, let soft):
            return
                "Booth-plan check (as by `fairplan check booths`) — hard violations: \(hard); notes: \(soft):"
        case .writtenDespiteViolations(let count):
            return "Written despite \(count) hard violation(s) (--force)."
        case .sessionPlaced(let session, let room, let start):
            return "Placed session «\(session)» in \(room) at \(start) and pinned it there: "
                + "timetabling will keep it."
        case .sessionPinned(let session, let room, let start):
            return "Pinned session «\(session)» in \(room) at \(start): timetabling will keep it there."
        case .sessionUnpinned(let session):
            return "Unpinned session «\(session)»: timetabling may move it."
        case .sessionAlreadyPinned(let session):
            return "Session «\(session)» was pinned there already; nothing changed."
        case .sessionNotPinned(let session):
            return "Session «\(session)» was not pinned; nothing changed."
        case .sessionCheckClean:
            return "Programme check (as by `fairplan check sessions`): the session breaks no rule there."
        case .sessionCheckIssues(let count):
            return "Programme check (as by `fairplan check sessions`) — violations: \(count):"
        case .keptPinnedBooths(let party, let booths):
            return "Kept the pinned booths of «\(party)»: \(list(booths))."
        case .keptPinnedSession(let session, let room, let start):
            return "Kept pinned session «\(session)»: \(room), \(start)."
        case .pinNotKept(let session):
            return "Pinned session «\(session)» breaks rules where it is pinned: left there, not moved "
                + "(the reasons are listed with the sessions not placed)."
        case .publishRefused:
            return
                "Not published: a hard rule is broken (or the hand-made sheet has errors); nothing was written "
                + "to the plan file."
        case .pinnedSessionsMoved(let titles):
            return
                "The hand-made programme moves pinned sessions (unpin them first with `fairplan unpin session` "
                + "to move them): " + titles.map { "«\($0)»" }.joined(separator: ", ") + "."
        }
    }
}
