public import Planning

/// The labels of the timeslot grid typed on the command line or in the portal (tags, themes,
/// sectors, audiences, content): repeated or comma-separated, in NFC, each at most
/// ``maximumCharacters`` long and at most ``InputLimits/gridLabels`` in one list.
public enum GridLabels {
    /// The longest label, in characters.
    public static let maximumCharacters = 100

    /// The labels of `values`, cleaned (`TagRules.cleaned`), or the error naming `field`.
    public static func list(_ values: [String], field: InputField) throws(WorkflowError) -> [String] {
        let labels = TagRules.cleaned(WrittenValue.items(values))
        if let long = labels.first(where: { $0.count > maximumCharacters }) {
            throw .invalidValue(field, value: long, expected: .label(maximumCharacters: maximumCharacters))
        }
        guard labels.count <= InputLimits.gridLabels else {
            throw .invalidValue(
                field, value: labels.joined(separator: ","),
                expected: .integer(minimum: 0, maximum: InputLimits.gridLabels))
        }
        return labels
    }

    /// Tag rules from the four lists, each checked as ``list(_:field:)``.
    public static func rules(
        required: [String], preferred: [String], prohibited: [String], undesired: [String], field: InputField
    ) throws(WorkflowError) -> TagRules {
        TagRules(
            required: try list(required, field: field), preferred: try list(preferred, field: field),
            prohibited: try list(prohibited, field: field), undesired: try list(undesired, field: field))
    }
}
