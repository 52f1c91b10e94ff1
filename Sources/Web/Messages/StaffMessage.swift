import Foundation
public import Interchange
public import Planning
public import Store
public import Workflow

/// The wording of the portal's staff console (area: portal): sign-in, the registrations with
/// their filters and findings, the actions on them, and the accounts, in every ``Language``.
public enum StaffMessage: Hashable, Sendable, Localizable {
    /// The sign-in page.
    case signInPage
    /// The name field.
    case name
    /// The password field.
    case password
    /// The sign-in button.
    case signIn
    /// A wrong name or password (never saying which).
    case signInFailed
    /// Too many sign-in attempts from one address.
    case tooManyAttempts
    /// The sign-in form is out of date (its anti-forgery token).
    case staleForm
    /// The sign-out button.
    case signOut
    /// Who is signed in.
    case signedInAs(name: String, role: StaffAccount.Role)
    /// The console's page.
    case consolePage
    /// The status filter.
    case status
    /// Every status.
    case allStatuses
    /// The province filter.
    case province
    /// Every province.
    case allProvinces
    /// The name filter.
    case search
    /// The filter button.
    case filter
    /// How many registrations have a status.
    case count(RegistrationStatus, Int)
    /// The registration column.
    case registration
    /// The booths asked for and given.
    case booths
    /// The findings column.
    case findings
    /// The actions column.
    case actions
    /// A registration made through the portal.
    case throughPortal
    /// The cooperative corrected its registration through its private link, last at that time.
    case correctedThroughLink(LocalDateTime)
    /// Confirm a pending registration.
    case confirm
    /// Withdraw a registration.
    case withdraw
    /// The heading of the page asking to confirm a withdrawal.
    case withdrawPage(party: String)
    /// What a withdrawal does to a party in `status` holding `booths`.
    case withdrawEffect(status: String, booths: [String])
    /// The button that withdraws, once confirmed.
    case confirmWithdraw
    /// A confirmed withdrawal refused: the party's status or booths changed after the
    /// confirmation page was opened.
    case withdrawChanged
    /// The party's registration is withdrawn already: nothing to do.
    case alreadyWithdrawn(party: String)
    /// The booth plan's part.
    case boothPlan
    /// Allocate the booths to the confirmed registrations.
    case allocate
    /// What allocation does.
    case allocateHint
    /// Publish the booth plan.
    case publish
    /// What publishing does.
    case publishHint
    /// No registration matches.
    case noRegistrations
    /// A registration was confirmed.
    case confirmed
    /// A registration was withdrawn, freeing `booths`.
    case withdrawn(booths: [String])
    /// The booths were allocated: how many placed, how many waiting, and whether the time limit
    /// cut the run short (its result may then not repeat).
    case allocated(placed: Int, waiting: Int, cutByTime: Bool = false)
    /// The booth plan was published as this version.
    case published(Int)
    /// Publish the programme.
    case publishProgramme
    /// What publishing the programme does.
    case publishProgrammeHint
    /// The programme was published as this version.
    case programmePublished(Int)
    /// Publishing was refused: how many rules the working plan breaks, the first few worded.
    case publishRefused(count: Int, first: [String])
    /// A change the rules refused, as staff read it: what was not saved and the problems found
    /// (no command-line option, no rule code).
    case refusedByRules(name: String, problems: [String])
    /// The action could not be carried out: why.
    case failed(String)
    /// What a form's field takes, worded with the form's labels (the command line's wording of
    /// some expectations names its options or commands).
    case expectedValue(Expectation)
    /// Two fields given that do not go together (or one missing another), worded with the
    /// form's labels, not the command line's options.
    case conflict(Conflict)
    /// The accounts page (admins).
    case accountsPage
    /// The role column.
    case role
    /// A role's name.
    case roleName(StaffAccount.Role)
    /// Only an admin may see this.
    case adminOnly
    /// The downloads page.
    case downloadsPage
    /// The lists part of the downloads page.
    case listsHeading
    /// What the lists show.
    case listsHint
    /// A list's name (nil: every list in one workbook).
    case listName(ListKind?)
    /// The documents part of the downloads page.
    case documentsHeading
    /// What the documents show.
    case documentsHint
    /// A kind of document.
    case documentName(DocumentKind)
    /// PDF needs LibreOffice on the server.
    case pdfUnavailable
    /// The kind of list or document column.
    case contents
    /// The formats column.
    case formats
    /// The changes page.
    case changesPage
    /// What the change log is about.
    case changesTopic(ShowChanges.Topic)
    /// The version compared from.
    case fromVersion
    /// The version compared to.
    case toVersion
    /// The latest published version (the default "from").
    case latestPublished
    /// The working plan (the default "to").
    case workingPlan
    /// A published version in a choice.
    case versionChoice(Int, String)
    /// Show the change log.
    case show
    /// The change log asked for, between what and what.
    case changesBetween(from: String, to: String)
    /// The timetable part.
    case programmePart
    /// Timetable the sessions.
    case timetable
    /// What timetabling does.
    case timetableHint
    /// A run of the solver is already going on for this plan.
    case runInProgress
    /// The form's time limit is not a number of seconds from 1 to 3,600.
    case timeLimitOutOfRange
    /// The progress page.
    case progressPage
    /// A run of the booth allocation.
    case allocationRun
    /// A run of the timetabling.
    case timetablingRun
    /// The phase of a run.
    case phase(String)
    /// The phase column.
    case phaseLabel
    /// Iterations done (and the cap when known).
    case iterations(Int, Int?)
    /// Decisions the exact method has examined so far.
    case decisions(Int)
    /// The best score so far.
    case bestScore(String)
    /// Seconds since the run started.
    case elapsed(Double)
    /// The page refreshes itself.
    case refreshing
    /// The run has finished.
    case runFinished
    /// The sessions were timetabled: placed and not placed, and whether the time limit cut the run
    /// short (its result may then not repeat).
    case timetabled(placed: Int, unplaced: Int, cutByTime: Bool = false)
    /// No run has been started since the server started.
    case noRun
    /// The link to the downloads, the changes, and back to the console.
    case backToConsole
    /// Edit a registration.
    case edit
    /// The edit page of an organisation.
    case editPage(String)
    /// Save the changes.
    case save
    /// The organisation was edited: which fields changed.
    case edited(Int)
    /// A field's label.
    case field(InputField)
    /// Yes or no, as a form shows a flag.
    case yesOrNo(Bool)
    /// Nothing changed.
    case unchanged
    /// A product was saved with its OCOP certificate removed (every field of it emptied): how
    /// many fields changed.
    case certificateRemoved(changed: Int)
    /// A product form emptied these fields of the OCOP certificate, which it cannot be without,
    /// while others stay filled: either every field of the certificate is emptied (removing it),
    /// or these are filled again.
    case certificatePartlyEmptied([InputField])
    /// A product form fills some fields of an OCOP certificate the product has not got, leaving
    /// these, which it cannot be without, empty: either they are filled too, or every field of
    /// the certificate is left empty.
    case certificateIncomplete([InputField])
    /// The time limit of a run, in seconds.
    case timeLimit
    /// The organisation's delegates.
    case delegatesPart
    /// The organisation's products.
    case productsPart

    /// `text` as an item of a list or before a full stop: without its own closing full stop, so
    /// a list reads «a; b» and a sentence ends with one full stop.
    static func item(_ text: String) -> String {
        var item = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while item.hasSuffix(".") && !item.hasSuffix("...") { item.removeLast() }
        return item
    }

    /// The marks a sentence may end with.
    static let finalMarks: Set<Character> = [".", "?", "!", "…"]

    /// `text` as a whole sentence: ending in exactly one final mark, its own when it has one
    /// («… có phải: Ninh Bình?» stays so), else a full stop; never «?.», «!.» or «..».
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("...") { return trimmed }
        var base = Substring(trimmed)
        var marks: [Character] = []
        while let last = base.last, finalMarks.contains(last) { marks.insert(base.removeLast(), at: 0) }
        return base + String(marks.first { $0 != "." } ?? ".")
    }

    /// `texts` as one list: each an ``item(_:)``, separated by «; ».
    static func list(_ texts: [String]) -> String {
        texts.map(item).joined(separator: "; ")
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
