import Planning
import Store
import Workflow

/// `/<plan>/quan-ly`: the staff console: the registrations with their filters, counts and
/// findings, confirm, withdraw and edit on each, the booth plan's allocation and publication, the
/// programme's timetabling, and the links to the runs' progress, the changes and the downloads.
struct ConsolePage: Sendable {
    /// A choice of a filter.
    struct Choice: Sendable {
        /// The value sent.
        let value: String
        /// Its text.
        let label: String
        /// Whether it is chosen.
        let selected: Bool
    }

    /// A finding about a registration.
    struct Note: Sendable {
        /// `error`, `warning` or `info`.
        let severity: String
        /// What it says.
        let text: String
    }

    /// One registration.
    struct Row: Sendable {
        /// The party's identifier.
        let id: String
        /// Its name.
        let name: String
        /// Its organisation's name, when other than the party's.
        let organisation: String?
        /// Registered through the portal.
        let submitted: Bool
        /// That the cooperative corrected it through its private link, and when.
        let corrected: String?
        /// Its province.
        let province: String
        /// Its status's name.
        let status: String
        /// Booths asked for / given, and which.
        let booths: String
        /// The findings.
        let notes: [Note]
        /// Whether it may be confirmed.
        let canConfirm: Bool
        /// Whether it may be withdrawn.
        let canWithdraw: Bool
        /// Its organisation's edit page, when it has an organisation.
        let edit: String?
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// Who is signed in.
    let signedIn: String
    /// The sign-out form's action.
    let signOutAction: String
    /// The sign-out button's text.
    let signOut: String
    /// The accounts page, for admins.
    let accounts: String?
    /// Its text.
    let accountsLabel: String
    /// What the last action did.
    let banner: String?
    /// The banner's class and role: `error` and `alert` when the action was refused, else
    /// `info` and `status`.
    let bannerKind: String
    /// The banner's ARIA role.
    let bannerRole: String
    /// The counts by status.
    let counts: [String]
    /// The filter form's action.
    let filterAction: String
    /// The status filter's label.
    let statusLabel: String
    /// Its choices.
    let statuses: [Choice]
    /// The province filter's label.
    let provinceLabel: String
    /// Its choices.
    let provinces: [Choice]
    /// The name filter's label.
    let searchLabel: String
    /// The name filter's value.
    let search: String
    /// The filter button.
    let filterLabel: String
    /// The table's column names.
    let columns: [String]
    /// The mark of a registration made through the portal.
    let throughPortal: String
    /// The registrations.
    let rows: [Row]
    /// Said when there are none.
    let empty: String?
    /// The anti-forgery token of the console's forms.
    let csrf: String
    /// Its field's name.
    let csrfName: String
    /// The confirm action.
    let confirmAction: String
    /// Its text.
    let confirmLabel: String
    /// The withdraw action.
    let withdrawAction: String
    /// Its text.
    let withdrawLabel: String
    /// The language parameter, for the forms of the filter.
    let language: String?
    /// The booth plan's heading.
    let boothPlanHeading: String
    /// The allocate action.
    let allocateAction: String
    /// Its text and hint.
    let allocateLabel: String
    /// What it does.
    let allocateHint: String
    /// The publish action.
    let publishAction: String
    /// Its text.
    let publishLabel: String
    /// What it does.
    let publishHint: String
    /// The edit link's text.
    let editLabel: String
    /// The runs' time limit field's label.
    let timeLimitLabel: String
    /// Its default value, in seconds.
    let timeLimit: String
    /// The programme's heading.
    let programmeHeading: String
    /// Where the programme's publication posts.
    let publishProgrammeAction: String
    /// Its button.
    let publishProgrammeLabel: String
    /// What it does.
    let publishProgrammeHint: String
    /// The timetable action.
    let timetableAction: String
    /// Its text.
    let timetableLabel: String
    /// What it does.
    let timetableHint: String
    /// The progress page of the latest run.
    let progress: String
    /// Its text.
    let progressLabel: String
    /// The changes between versions.
    let changes: String
    /// Its text.
    let changesLabel: String
    /// The downloads.
    let downloads: String
    /// Its text.
    let downloadsLabel: String

    /// The console of `review` for `session`, after `banner`.
    init(
        _ review: ReviewRegistrations.Review, filter: ReviewRegistrations.Filter, session: StaffSession,
        banner: StaffMessage?, paths: PortalPaths, version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.consolePage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly", version: version)
        signedIn = m(.signedInAs(name: session.name, role: session.role))
        signOutAction = paths.consoleAction("dang-xuat")
        signOut = m(.signOut)
        accounts = session.role == .admin ? paths.accounts : nil
        accountsLabel = m(.accountsPage)
        self.banner = banner.map(m)
        if case .failed = banner {
            (bannerKind, bannerRole) = ("error", "alert")
        } else {
            (bannerKind, bannerRole) = ("info", "status")
        }
        counts = RegistrationStatus.allCases.map { m(.count($0, review.counts[$0] ?? 0)) }
        filterAction = "/\(paths.site)/quan-ly"
        self.language = language == .vietnamese ? nil : language.rawValue
        statusLabel = m(.status)
        statuses =
            [Choice(value: "", label: m(.allStatuses), selected: filter.status == nil)]
            + RegistrationStatus.allCases.map {
                Choice(value: $0.rawValue, label: $0.name(language), selected: filter.status == $0)
            }
        provinceLabel = m(.province)
        provinces =
            [Choice(value: "", label: m(.allProvinces), selected: (filter.province ?? "").isEmpty)]
            + review.provinces.map { Choice(value: $0, label: $0, selected: filter.province == $0) }
        searchLabel = m(.search)
        search = filter.text ?? ""
        filterLabel = m(.filter)
        throughPortal = m(.throughPortal)
        columns = [m(.registration), m(.province), m(.status), m(.booths), m(.findings), m(.actions)]
        rows = review.entries.map { entry in
            let status = entry.party.registrationStatus
            let given = entry.booths.isEmpty ? "" : " (\(entry.booths.joined(separator: ", ")))"
            return Row(
                id: entry.party.id.rawValue, name: entry.party.name,
                organisation: entry.organisation.flatMap { $0.name == entry.party.name ? nil : $0.name },
                submitted: entry.submitted, corrected: entry.correctedAt.map { m(.correctedThroughLink($0)) },
                province: entry.province, status: status.name(language),
                booths: "\(entry.boothsWanted) / \(entry.booths.count)\(given)",
                notes: entry.findings.map {
                    Note(severity: $0.severity.rawValue, text: $0.message.text(language))
                },
                canConfirm: status.allowedNext.contains(.confirmed),
                canWithdraw: status.allowedNext.contains(.withdrawn),
                edit: entry.organisation.map { paths.edit($0.id.rawValue) })
        }
        empty = rows.isEmpty ? m(.noRegistrations) : nil
        csrf = session.csrf
        csrfName = CSRFToken.fieldName
        confirmAction = paths.consoleAction("xac-nhan")
        confirmLabel = m(.confirm)
        withdrawAction = paths.consoleAction("rut")
        withdrawLabel = m(.withdraw)
        boothPlanHeading = m(.boothPlan)
        allocateAction = paths.consoleAction("xep-gian")
        allocateLabel = m(.allocate)
        allocateHint = m(.allocateHint)
        publishAction = paths.consoleAction("cong-bo")
        publishLabel = m(.publish)
        publishHint = m(.publishHint)
        editLabel = m(.edit)
        timeLimitLabel = m(.timeLimit)
        timeLimit = String(Int(SearchSettings().timeLimit))
        programmeHeading = m(.programmePart)
        timetableAction = paths.consoleAction("xep-lich")
        timetableLabel = m(.timetable)
        timetableHint = m(.timetableHint)
        publishProgrammeAction = paths.consoleAction("cong-bo-lich")
        publishProgrammeLabel = m(.publishProgramme)
        publishProgrammeHint = m(.publishProgrammeHint)
        progress = paths.progress
        progressLabel = m(.progressPage)
        changes = paths.changes
        changesLabel = m(.changesPage)
        downloads = paths.downloads
        downloadsLabel = m(.downloadsPage)
    }
}
