public import Planning

/// One field of an entity already in the plan that a row of a filled template writes differently:
/// the field, the plan's value and the row's (nil when empty).
public struct RegistrationChange: Hashable, Sendable, Codable {
    /// The column of the template.
    public var field: RegistrationField
    /// The value in the plan, nil when it holds none.
    public var old: RegistrationValue?
    /// The value the row writes, nil when none.
    public var new: RegistrationValue?

    /// A change of `field` from `old` to `new`.
    public init(_ field: RegistrationField, old: RegistrationValue?, new: RegistrationValue?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
