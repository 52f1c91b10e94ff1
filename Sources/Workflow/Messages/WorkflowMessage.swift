public import Planning
public import Store

/// The wording of the use cases: their errors and the sentences front ends show about their
/// results, in every ``Language``. Front ends assemble these; they add no wording of their own
/// beyond their help texts.
public enum WorkflowMessage: Hashable, Sendable, Localizable {
    /// An error of a use case.
    case error(WorkflowError)
    /// What a field's value should have been.
    case expectation(Expectation)
    /// The sentence for inputs that cannot go together.
    case conflict(Conflict)
    /// «Error: » before an error message.
    case errorPrefix
    /// A listing's column header.
    case column(ListColumn)
    /// A listing with no rows.
    case nothingListed(ListPlan.Subject)
    /// A listing's total line.
    case listedTotal(Int, ListPlan.Subject)
    /// Attending on site (not at a connection point).
    case onSite
    /// A session without a time yet.
    case unscheduled
    /// A new entity was written.
    case registered(EntityKind, name: String, id: String)
    /// It was written despite errors, forced.
    case writtenDespiteErrors(Int)
    /// New products are now shown at these parties' booths (they show every product of the
    /// organisations sharing them).
    case shownAtBooths(parties: [String])
    /// A party's registration was confirmed.
    case confirmed(party: String, from: RegistrationStatus)
    /// A party was confirmed already.
    case alreadyConfirmed(party: String)
    /// A party's registration was withdrawn.
    case withdrawn(party: String, from: RegistrationStatus)
    /// The party held no booths.
    case noBoothsFreed
    /// The booths freed.
    case boothsFreed([String])
    /// No waiting party takes the freed booths.
    case noOffers
    /// The heading of the offers to the waiting list.
    case offersHeading
    /// One offer: its place in order, the party, the booths.
    case offer(position: Int, party: String, booths: [String])
    /// Waiting parties no freed block fits.
    case passedOver([String])
    /// Freed booths no one takes.
    case unoffered([String])
    /// What to do once the waiting parties accept.
    case afterWithdrawal
    /// The import is being written (a long step).
    case importing(path: String)
    /// What the import wrote.
    case imported(path: String, summary: ImportSummary)
    /// Checked against a plan, nothing written.
    case checkedOnly(path: String)
    /// A plan file was created.
    case planCreated(
        path: String, event: String, kind: EventKind, first: CalendarDate, last: CalendarDate,
        province: String)
    /// The venue of a new plan.
    case planVenue(name: String, booths: Int, rooms: Int)
    /// The venue set on a plan.
    case venueSet(path: String, name: String, booths: Int, rooms: Int)
    /// A venue file passed.
    case venueValid(file: String)
    /// A venue file's warnings follow.
    case venueWarnings(Int)
    /// One warning.
    case venueWarning(String)
    /// A venue file failed.
    case venueInvalid(file: String, errors: Int)
    /// Of the venue files checked, some have errors (listed above): the error that ends the check.
    case venueFilesFailed(failed: Int, files: Int)
    /// A floor plan was written.
    case floorPlanWritten(path: String)
    /// A file was written.
    case fileWritten(path: String)
    /// No plan file here: a sample is used instead.
    case usingSample(SamplePlanName)
    /// The change log's addressee: an exhibitor.
    case changesForParty(String)
    /// The change log's addressee: a connection point.
    case changesForPoint(String)
    /// The heading of registrations by status.
    case statusHeading
    /// The status table's header of the status column.
    case statusColumn
    /// The status table's header of the parties column.
    case partiesColumn
    /// The status table's header of the booths-requested column.
    case boothsRequestedColumn
    /// The status table's total row.
    case total
    /// The waiting list, in order.
    case waitingList([String])
    /// The heading of published versions.
    case versionsHeading
    /// Nothing of a kind published yet.
    case notPublished(PublicationKind)
    /// A kind's versions follow.
    case publishedKind(PublicationKind)
    /// One published version.
    case publishedVersion(number: Int, at: LocalDateTime, note: String?)
    /// Parties pending confirmation left out of an allocation.
    case pendingLeftOut([String])
    /// A party's status changed when the booth plan was saved.
    case statusChanged(party: String, to: RegistrationStatus)
    /// The booth plan was saved and published.
    case boothPlanPublished(version: Int)
    /// The booth plan was saved as a draft.
    case boothPlanSaved
    /// The programme was saved and published.
    case programmePublished(version: Int)
    /// The timetable was saved as a draft.
    case timetableSaved
    /// A timeslot was added to the grid, which now has `count`.
    case timeslotAdded(Timeslot, count: Int)
    /// A timeslot was removed from the grid, which now has `count`.
    case timeslotRemoved(Timeslot, count: Int)
    /// The heading of the grid's list, with the least pause between a person's sessions.
    case timeslotGrid(count: Int, pauseMinutes: Int)
    /// One timeslot of the grid: its span, the kinds it takes and its tags.
    case timeslotLine(Timeslot)
    /// The allocation's summary: title, parties placed, booths let, waiting, score, seed.
    case allocationSummary(title: String, placed: Int, booths: Int, waiting: Int, score: Double, seed: UInt64)
    /// The timetable's summary: placed, unplaced, penalty, seed.
    case timetableSummary(placed: Int, unplaced: Int, penalty: Int, seed: UInt64)
    /// A programme check's count of violations.
    case violations(Int)
    /// Allocation progress.
    case allocating(iteration: Int, of: Int, placed: Int)
    /// Timetabling progress.
    case scheduling(placed: Int, of: Int, iterations: Int)
    /// A booth block on the floor plan whose party's province is unknown.
    case unknownProvince
    /// The floor plan note when every party is placed.
    case everyonePlaced
    /// The floor plan note heading the waiting list.
    case waitingListNote(Int)
    /// One waiting party on the floor plan.
    case waitingEntry(position: Int, party: String, booths: Int, reason: String)
    /// The demo wrote a plan file: allocated (fair) or scheduled (briefing).
    case demoPlanFile(path: String, allocated: Bool)
    /// The note of the demo's publications for the portal.
    case demoPublication
    /// The demo's heading of the national hall's allocation.
    case demoNationalHall
    /// The demo's heading of the cluster area's allocation.
    case demoClusterArea(booths: Int, cluster: String)
    /// The demo's heading of the briefing's timetable.
    case demoBriefing(points: Int)
    /// The position stored for a connection point's technician.
    case technicianPosition
    /// The wording of exports and their notes (area: exports).
    case exports(ExportsMessage)
    /// The wording of editing and removing entities (area: editing).
    case editing(EditingMessage)
    /// The wording of changes by hand: assign, move, swap, pin, place (area: manual).
    case manual(ManualMessage)
    /// The wording of the journal: history, undo, redo, restore (area: journal).
    case journal(JournalMessage)
    /// The wording of the waiting list's offers of booths: accept, decline, list (area: queue).
    case queue(QueueMessage)
    /// The wording of importing filled templates (area: importing; `importing(path:)` names the write).
    case imports(ImportingMessage)

    /// The wording in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}

/// A sample named in a message (`fair`, `briefing`).
public typealias SamplePlanName = String
