import Planning
import Store
import Workflow

/// `/<plan>/quan-ly/thay-doi`: the change log of `fairplan changes`, for the booth plan or the
/// programme, from a published version (the latest by default) to a later one or the working
/// plan: what to send out after a change.
struct ChangesPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The form's action.
    let formAction: String
    /// The language parameter, for the form.
    let language: String?
    /// The topic's label.
    let topicLabel: String
    /// Its choices.
    let topics: [ConsolePage.Choice]
    /// The "from" label.
    let fromLabel: String
    /// Its choices.
    let froms: [ConsolePage.Choice]
    /// The "to" label.
    let toLabel: String
    /// Its choices.
    let tos: [ConsolePage.Choice]
    /// The button.
    let showLabel: String
    /// What is compared.
    let caption: String?
    /// The change log.
    let log: String?
    /// Why there is none.
    let problem: String?
    /// The link back to the console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The page of `input` with the published `versions` of its topic: `log` when it could be
    /// made, else `problem`.
    init(
        _ input: ShowChanges.Input, versions: [PublishedVersion], log: ShowChanges.Log?, problem: String?,
        paths: PortalPaths, version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.changesPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly/thay-doi", version: version)
        formAction = "/\(paths.site)/quan-ly/thay-doi"
        self.language = language == .vietnamese ? nil : language.rawValue
        topicLabel = m(.changesTopic(input.topic))
        topics = ShowChanges.Topic.allCases.map {
            ConsolePage.Choice(value: $0.rawValue, label: m(.changesTopic($0)), selected: $0 == input.topic)
        }
        let choices = { (selected: Int?) in
            versions.reversed().map {
                ConsolePage.Choice(
                    value: String($0.number), label: m(.versionChoice($0.number, $0.publishedAt.description)),
                    selected: $0.number == selected)
            }
        }
        fromLabel = m(.fromVersion)
        froms =
            [ConsolePage.Choice(value: "", label: m(.latestPublished), selected: input.from == nil)]
            + choices(input.from)
        toLabel = m(.toVersion)
        tos =
            [ConsolePage.Choice(value: "", label: m(.workingPlan), selected: input.to == nil)]
            + choices(input.to)
        showLabel = m(.show)
        let latest = versions.last.map { m(.versionChoice($0.number, $0.publishedAt.description)) }
        caption =
            log == nil
            ? nil
            : m(
                .changesBetween(
                    from: input.from.map { m(.versionChoice($0, "")) } ?? latest ?? m(.latestPublished),
                    to: input.to.map { m(.versionChoice($0, "")) } ?? m(.workingPlan)))
        switch log {
        case .booths(let changes, _): self.log = changes.rendered(in: language)
        case .programme(let changes, _): self.log = changes.rendered(in: language)
        case nil: self.log = nil
        }
        self.problem = problem
        back = paths.console
        backLabel = m(.backToConsole)
    }
}
