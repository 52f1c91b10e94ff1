public import Planning

/// What a field's value should have been, for ``WorkflowError/invalidValue(_:value:expected:)``.
public enum Expectation: Hashable, Sendable {
    /// A date written `dd/mm/yyyy` or `yyyy-mm-dd`.
    case date
    /// A time of day written `HH:MM`.
    case time
    /// A date and time written `dd/mm/yyyy hh:mm`.
    case dateTime
    /// A span of one day written `dd/mm/yyyy hh:mm-hh:mm`.
    case timeRange
    /// The end must come after the start.
    case endAfterStart
    /// The closing time must come after the opening time.
    case closesAfter(TimeOfDay)
    /// The last day must not precede the first, and an event lasts at most `maximumDays`.
    case eventSpan(first: CalendarDate, maximumDays: Int)
    /// A province or city, 2025 or former name; the closest names.
    case province(suggestions: [String])
    /// One of the booth services.
    case service
    /// An OCOP product set, by name, a distinctive part or «Bộ sản phẩm số N».
    case productSet
    /// A registration status.
    case registrationStatus
    /// A booth state.
    case boothState
    /// A whole number from `minimum` to `maximum`.
    case integer(minimum: Int, maximum: Int)
    /// A number of seconds from `minimum` to `maximum`.
    case seconds(minimum: Double, maximum: Double)
    /// An honorific: ông, bà or đồng chí.
    case honorific
    /// A published version number (from 1).
    case versionNumber
    /// A kind of organisation (the name did not tell it).
    case organisationKind
    /// A plan file's name ending in `.fairplan`.
    case planFileName
    /// A format the registration template is written in (ods, fods, csv).
    case templateFormat
    /// A name of at most `maximum` characters; the one given has `characters`.
    case nameLength(characters: Int, maximum: Int)
    /// A name with at least one letter or digit (not empty, not only spaces).
    case nonEmptyName
    /// A staff account's name: 1 to 64 letters, digits, `.`, `-`, `_` or `@`.
    case accountName
    /// A password of `minimum` to `maximum` bytes (bcrypt reads at most 72).
    case password(minimum: Int, maximum: Int)
    /// A staff account's role: staff or admin.
    case accountRole
    /// An OCOP issuing level: district, province or central (in either language).
    case issuingLevel
    /// Yes or no (có / không).
    case yesOrNo
    /// A readable regular file of at most `maximumBytes` bytes whose first line is the password.
    case passwordFile(maximumBytes: Int)
    /// A timeslot within one day's opening hours.
    case withinOpeningHours
    /// A timeslot not already in the grid.
    case newTimeslot
    /// A timeslot in the grid.
    case existingTimeslot
    /// A label of at most this many characters.
    case label(maximumCharacters: Int)
    /// At most this many timeslots in a grid.
    case timeslotCount(maximum: Int)
}
