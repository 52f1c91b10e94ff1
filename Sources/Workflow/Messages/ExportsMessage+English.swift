import Planning

extension ExportsMessage {
    /// The English wording.
    var englishText: String {
        switch self {
        case .publishedExported(let kind, let version):
            "Exporting the published \(Self.englishNoun(kind)), version \(version) "
                + "(use --draft to export the working plan)."
        case .workingPlanExported(let kind):
            "No \(Self.englishNoun(kind)) published yet: exporting the working plan (unpublished)."
        case .totalWithoutWithdrawn: "Total (excluding withdrawn)"
        case .error(.statusNeedsExhibitors):
            "--status works only with the exhibitors list (exhibiting parties and booths) or all."
        }
    }

    /// The kind of publication inside a sentence: «booth plan», «programme».
    static func englishNoun(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "booth plan"
        case .programme: "programme"
        }
    }
}
