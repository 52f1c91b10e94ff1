extension EntityKind {
    /// The noun for this kind of entity inside a sentence, in `language`: "tổ chức",
    /// "organisation", "điểm cầu", "connection point", ...
    public func noun(_ language: Language) -> String {
        PlanningMessage.entityNoun(self).text(language)
    }
}
