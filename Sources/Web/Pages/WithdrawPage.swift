import Planning

/// `/<plan>/quan-ly/rut` asked without confirmation: what withdrawing a party does (its status,
/// the booths it frees), with the button that withdraws and the way back. A withdrawal frees
/// booths and offers them to the waiting list, so one click never does it.
struct WithdrawPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading, naming the party.
    let heading: String
    /// What the withdrawal does.
    let effect: String
    /// Where the form posts.
    let action: String
    /// The anti-forgery field's name.
    let csrfName: String
    /// The anti-forgery token.
    let csrf: String
    /// The party's identifier.
    let party: String
    /// The confirming button's text.
    let confirm: String
    /// The console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The page for `party`, in `status`, holding `booths`.
    init(
        party: ExhibitingParty, booths: [String], paths: PortalPaths, csrf: String, version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.withdrawPage(party: party.name))
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly", version: version)
        effect = m(.withdrawEffect(status: party.registrationStatus.name(language), booths: booths))
        action = paths.consoleAction("rut")
        csrfName = CSRFToken.fieldName
        self.csrf = csrf
        self.party = party.id.rawValue
        confirm = m(.confirmWithdraw)
        back = paths.console
        backLabel = m(.backToConsole)
    }
}
