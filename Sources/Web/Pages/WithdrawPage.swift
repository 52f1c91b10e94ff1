import Planning

/// `/<plan>/quan-ly/rut` asked without confirmation: what withdrawing a party does (its status,
/// the booths it frees), with the button that withdraws and the way back. A withdrawal frees
/// booths and offers them to the waiting list, so one click never does it. The form carries what
/// the page showed (``WithdrawalState``), so a confirmation of a party changed meanwhile is
/// refused; a party already withdrawn is said to be so, with no button.
struct WithdrawPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading, naming the party.
    let heading: String
    /// Why the confirmation was refused: the party changed after the page was opened.
    let changed: String?
    /// What the withdrawal does (or that the party is already withdrawn).
    let effect: String
    /// Where the form posts.
    let action: String
    /// The anti-forgery field's name.
    let csrfName: String
    /// The anti-forgery token.
    let csrf: String
    /// The party's identifier.
    let party: String
    /// The status shown, as the form carries it back.
    let status: String
    /// The booths shown, as the form carries them back.
    let booths: String
    /// The confirming button's text; nil when there is nothing to withdraw.
    let confirm: String?
    /// The console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The page for `party` as it is now (`state`); `changed` when a confirmation was refused
    /// because the party is no longer as the earlier page showed it.
    init(
        party: ExhibitingParty, state: WithdrawalState, changed: Bool = false, paths: PortalPaths,
        csrf: String, version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.withdrawPage(party: party.name))
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly", version: version)
        self.changed = changed ? m(.withdrawChanged) : nil
        let withdrawn = state.status == .withdrawn
        effect =
            withdrawn
            ? m(.alreadyWithdrawn(party: party.name))
            : m(.withdrawEffect(status: state.status.name(language), booths: state.booths))
        action = paths.consoleAction("rut")
        csrfName = CSRFToken.fieldName
        self.csrf = csrf
        self.party = party.id.rawValue
        status = state.status.rawValue
        booths = state.boothsText
        confirm = withdrawn ? nil : m(.confirmWithdraw)
        back = paths.console
        backLabel = m(.backToConsole)
    }
}
