public import Planning

/// Builds FairPlan's papers for a plan as ``TextDocument``s, in the layout of a Vietnamese
/// administrative document (``PaperLayout``): official lists, invitation letters, exhibitor
/// letters, fascia boards, change notices and badges. Nothing here reads a clock or a file.
public struct PlanPapers: Sendable {
    /// The plan.
    public let plan: Plan
    /// The language, issue date, number and signer.
    public let settings: PaperSettings
    /// The plan's entities by identifier.
    let lookup: PlanLookup

    /// The papers of `plan`.
    public init(plan: Plan, settings: PaperSettings) {
        self.plan = plan
        self.settings = settings
        lookup = plan.lookup
    }

    /// The language of the wording.
    var language: Language { settings.language }

    /// A catalogue text in the papers' language.
    func text(_ message: DocumentsMessage) -> String { message.text(language) }

    /// An empty document with FairPlan's page and paragraph styles, titled `title`.
    func document(_ title: String, body: [DocumentBlock], images: [DocumentImage] = []) -> TextDocument {
        TextDocument(
            title: title, created: settings.stamp, generator: settings.generator, pages: PaperLayout.pages,
            paragraphStyles: PaperLayout.paragraphStyles, textStyles: PaperLayout.textStyles, body: body,
            images: images)
    }

    /// A paragraph of text.
    static func paragraph(_ style: String, _ text: String) -> DocumentBlock {
        .paragraph(DocumentParagraph(style, text: text))
    }

    /// The place of «…, ngày … tháng … năm …»: the host province's official name.
    var place: String { plan.event.province.officialName }
}
