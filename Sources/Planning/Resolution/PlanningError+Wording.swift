extension PlanningError: Localizable, CustomStringConvertible {
    /// The catalogue message for the error.
    public var message: PlanningMessage {
        switch self {
        case .notFound(let kind, let written, let suggestions):
            .entityNotFound(kind, written: written, suggestions: suggestions)
        case .ambiguous(let kind, let written, let candidates):
            .entityAmbiguous(kind, written: written, candidates: candidates)
        }
    }

    /// The error in `language`, e.g. `Không có tổ chức «Tân Hoà» trong kế hoạch. Có phải: …?`.
    public func text(_ language: Language) -> String {
        message.text(language)
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
