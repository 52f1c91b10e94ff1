import Foundation
import Planning
import Scheduler
import Store

/// The engine behind the booth commands by hand: decides the new booth plan from the plan as it
/// stands inside one transaction, checks the parties and booths concerned with the checker
/// `fairplan check booths` runs (``BoothPlanChecker``), refuses a hard violation unless forced,
/// and writes (journaled) with the registrations brought in line.
struct BoothPlanEditor {
    /// A change decided from the plan.
    struct Change {
        /// The whole booth plan after the change.
        var assignments: [BoothAssignment]
        /// The parties concerned, in the order the command names them.
        var parties: [Identifier<ExhibitingParty>]
        /// Booths pinned by the change.
        var pinned: [String] = []
        /// Booths unpinned by the change.
        var unpinned: [String] = []
        /// Whether a hard violation refuses the change (lifting a pin never makes one; a change
        /// that changes nothing is never refused).
        var refusesViolations = true
    }

    /// The plan file.
    let store: PlanStore
    /// Whether hard violations are written anyway.
    let force: Bool

    /// Decides, checks and writes a change in one transaction recorded as `note`.
    func edit(_ note: JournalNote, _ decide: (Plan) throws -> Change) throws -> BoothPlanEdit {
        var edit: BoothPlanEdit?
        var names: [Identifier<ExhibitingParty>: String] = [:]
        let saved = try store.journaling(note).editBoothPlan { plan, published in
            let change = try decide(plan)
            let findings = try Self.findings(of: change, in: plan, published: published)
            let hard = findings.filter(\.isHard)
            let changed = change.assignments != plan.boothAssignments
            let refuses = change.refusesViolations && changed
            if !hard.isEmpty && refuses && !force {
                throw WorkflowError.manual(.boothRulesBroken(hard))
            }
            edit = BoothPlanEdit(
                parties: change.parties.map { party in
                    PartyMove(
                        party: party, name: plan.party(party)?.name ?? party.rawValue,
                        from: Self.booths(of: party, in: plan.boothAssignments),
                        to: Self.booths(of: party, in: change.assignments))
                },
                pinned: change.pinned.sorted(),
                unpinned: change.unpinned.sorted(), findings: findings,
                forced: !hard.isEmpty && refuses, changed: changed, statusChanges: [])
            names = Dictionary(plan.parties.map { ($0.id, $0.name) }) { first, _ in first }
            return changed ? BoothPlanRevision(assignments: change.assignments) : nil
        }
        guard var edit else {
            return BoothPlanEdit(
                parties: [], pinned: [], unpinned: [], findings: [], forced: false, changed: false,
                statusChanges: [])
        }
        edit.statusChanges = saved.changed.sorted { $0.key < $1.key }.map { id, status in
            (names[id] ?? id.rawValue, status)
        }
        return edit
    }

    /// The checker's findings about the parties and booths a change concerns (hard first).
    ///
    /// The plan is checked as changed, its pins taken as the organisers' decisions (so a pin the
    /// change moves is not a violation), against the latest published booth plan (so a party
    /// moved from it is a remark). The changed plan's own pins and holds stay in the problem, so
    /// its pinned and held parties are served first and their booths are not offered to others
    /// (`outside-regional-pavilion`); when they cannot (a forced change pinning more booths than
    /// wanted, say), the plan is checked without them.
    static func findings(
        of change: Change, in plan: Plan, published: [BoothAssignment]
    ) throws -> [BoothFinding] {
        var checked = plan
        checked.boothAssignments = change.assignments.map {
            BoothAssignment(booth: $0.booth, party: $0.party)
        }
        var pinned = plan
        pinned.boothAssignments = change.assignments
        let problem: BoothAllocationProblem
        if let kept = try? BoothAllocationProblem(plan: pinned, published: published) {
            problem = kept
        } else {
            problem = try BoothAllocationProblem(plan: checked, published: published)
        }
        let check = BoothPlanChecker(problem: problem).check(checked.boothAssignments)
        let parties = Set(change.parties.map(\.rawValue))
        let booths = Set(
            change.assignments.filter { change.parties.contains($0.party) }.map(\.booth)
                + plan.boothAssignments.filter { change.parties.contains($0.party) }.map(\.booth))
        return check.findings.filter { finding in
            finding.party.map(parties.contains) ?? false || finding.booth.map(booths.contains) ?? false
        }
    }

    /// A party's booth codes in a booth plan, sorted (as the change log lists them).
    static func booths(of party: Identifier<ExhibitingParty>, in assignments: [BoothAssignment]) -> [String] {
        assignments.filter { $0.party == party }.map(\.booth).sorted()
    }

    /// The venue of a plan, or ``ManualError/noVenue``.
    static func venue(of plan: Plan) throws -> Venue {
        guard let venue = plan.venue else { throw WorkflowError.manual(.noVenue) }
        return venue
    }

    /// The venue's code for a booth code as typed: exactly, ignoring case and surrounding spaces.
    static func code(_ written: String, in venue: Venue) throws -> String {
        let typed = VietnameseText.normalized(written.trimmingCharacters(in: .whitespacesAndNewlines))
        guard
            let booth = venue.booths.first(where: {
                $0.code.compare(typed, options: [.caseInsensitive]) == .orderedSame
            })
        else { throw WorkflowError.manual(.unknownBooth(typed)) }
        return booth.code
    }

    /// The venue's codes for booth codes as typed, each once, in the order typed.
    static func codes(_ written: [String], in plan: Plan) throws -> [String] {
        let venue = try venue(of: plan)
        var codes: [String] = []
        for text in written {
            let code = try code(text, in: venue)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The party of a plan with this identifier (it may have been removed since it was named).
    static func party(_ id: Identifier<ExhibitingParty>, in plan: Plan) throws -> ExhibitingParty {
        guard let party = plan.party(id) else { throw StoreError.notFound(.party, id: id.rawValue) }
        return party
    }

    /// Throws unless the party may be given booths: confirmed, placed or waitlisted (a pending
    /// registration is confirmed first; a withdrawn one never gets booths).
    static func requireBookable(_ party: ExhibitingParty) throws {
        switch party.registrationStatus {
        case .confirmed, .placed, .waitlisted: return
        case .pending, .withdrawn:
            throw WorkflowError.manual(.notBookable(party: party.name, status: party.registrationStatus))
        }
    }

    /// New assignments of `booths` to a party: assigned, pinned when the party's booths are.
    static func assignments(
        _ booths: [String], to party: Identifier<ExhibitingParty>, in plan: Plan
    ) -> [BoothAssignment] {
        let pinned = plan.boothAssignments.contains { $0.party == party && $0.pinned }
        return booths.map { BoothAssignment(booth: $0, party: party, state: .assigned, pinned: pinned) }
    }

    /// Throws unless each booth is free or already the party's (`allowOwn`).
    static func requireFree(
        _ booths: [String], for party: ExhibitingParty, in plan: Plan, allowOwn: Bool
    ) throws {
        for booth in booths {
            guard let holder = plan.boothAssignments.first(where: { $0.booth == booth }) else { continue }
            if holder.party == party.id {
                if allowOwn { continue }
                throw WorkflowError.manual(.boothAlreadyHeld(booth: booth, party: party.name))
            }
            throw WorkflowError.manual(
                .boothTaken(booth: booth, party: plan.party(holder.party)?.name ?? holder.party.rawValue))
        }
    }
}
