/// What a field of a Timefold file should hold, as a message names it.
public enum TimefoldValueKind: String, Hashable, Sendable, Codable {
    /// A JSON object.
    case object
    /// A JSON array.
    case array
    /// A text.
    case text
    /// A whole number.
    case integer
    /// true or false.
    case boolean
    /// A date and time: `[year, month, day, hour, minute]` (seconds 0), or `"2018-10-01T10:15"`.
    case dateTime
    /// An object with an `@id`, or the `@id` of one given earlier.
    case reference
}
