public import Planning

extension GridTagRules {
    /// The grid's form of a plan's tag rules.
    public init(_ rules: TagRules) {
        self.init(
            required: Set(rules.required), preferred: Set(rules.preferred), prohibited: Set(rules.prohibited),
            undesired: Set(rules.undesired))
    }
}
