/// FairPlan's limits on what it reads and computes, in one place.
///
/// Every reader and command keeps numbers within these ranges and text within these lengths, and
/// refuses what lies beyond with a message naming the limit, so that hostile or careless input
/// (a booth row of a billion booths, a capacity of 9,223,372,036,854,775,807, a 1 MB name) never
/// crashes FairPlan, never runs away with time or memory and never overflows an `Int`. The limits
/// are far above any real fair or conference in a province: the national fair hall holds 255
/// booths, the largest conference room a few thousand seats.
///
/// The spreadsheet readers (module Sheets, which does not depend on Planning) keep their own
/// limits, listed here for reference: `CSVReader.maximumFileSize` (256 MiB),
/// `CSVReader.maximumRows` (1,048,576), `CSVReader.maximumColumns` (16,384),
/// `CSVReader.maximumCellLength` (32,767 characters), `CSVReader.maximumCells` (20,000,000), the
/// same row, column and cell bounds for ODS and FODS, and `ZipReader.Limits` for ODS archives
/// (10,000 entries, 256 MiB per entry, compression at most 200:1). The README's «Limits» section
/// lists them all.
public enum Limits {
    // MARK: Text

    /// Most characters in a name: an organisation, product, person, party, connection point,
    /// session, room, venue, hall, zone or booth.
    public static let maximumNameLength = 1_000
    /// Most characters in other free text: an address, a note, a position, a description.
    public static let maximumTextLength = 4_000

    // MARK: Venues

    /// Most booths in a venue, in all its halls, single booths and booth rows together; also the
    /// most booths one `booth-row` may produce.
    public static let maximumBoothsPerVenue = 2_000
    /// Most rooms in a venue.
    public static let maximumRoomsPerVenue = 500
    /// Most halls, zones, aisles and entrances in a venue, together.
    public static let maximumFeaturesPerVenue = 2_000
    /// The range of every length and position in a venue file, in metres (a hall of 10 km by
    /// 10 km at most; booths and features within it).
    public static let venueLengths: ClosedRange<Double> = 0...10_000
    /// The range of a room's capacity, in seats.
    public static let roomCapacities: ClosedRange<Int> = 0...100_000
    /// The range of a room's floor (negative below ground).
    public static let roomFloors: ClosedRange<Int> = -20...200
    /// The range of a booth row's first number (`from`): codes have at most 6 digits.
    public static let boothRowNumbers: ClosedRange<Int> = 0...999_999

    // MARK: Plans and commands (numbers people type; `InputLimits` in Workflow checks them)

    /// The range of standard booths one party may ask for, as one connected block.
    public static let boothsPerParty: ClosedRange<Int> = 1...200
    /// The range of an organisation's members (for a union: member cooperatives).
    public static let organisationMembers: ClosedRange<Int> = 0...10_000_000
    /// The range of a party's priority on the waiting list.
    public static let partyPriority: ClosedRange<Int> = -1_000...1_000
    /// The range of seats of a connection point's hall or a session's audience.
    public static let seats: ClosedRange<Int> = 0...1_000_000
    /// The range of a session's length, in minutes (at most a day).
    public static let sessionMinutes: ClosedRange<Int> = 1...(24 * 60)
    /// The most timeslots an event's grid may have.
    public static let timeslots = 1_000
    /// The range of the least pause between a person's sessions, in minutes.
    public static let pauseMinutes: ClosedRange<Int> = 0...(24 * 60)
    /// The most spans a person may be marked away for.
    public static let unavailableSpans = 100
    /// The most tags, themes or other grid labels on one session, person, room or timeslot.
    public static let gridLabels = 50
    /// The range of a link test's length, in minutes (0: none needed).
    public static let linkTestMinutes: ClosedRange<Int> = 0...(24 * 60)
    /// The range of the improvement steps a solver (booth allocation, timetabling) may be asked
    /// for.
    public static let solverIterations: ClosedRange<Int> = 0...1_000_000_000
    /// The range of a solver's time limit, in seconds (at most an hour; finite, never NaN).
    public static let solverSeconds: ClosedRange<Double> = 0.001...3_600
    /// The range of findings listed per severity in a summary.
    public static let findingsListed: ClosedRange<Int> = 0...100_000
    /// The range of OCOP stars accepted as typed (anything but 3, 4 or 5 is recorded and flagged
    /// by validation).
    public static let starsTyped: ClosedRange<Int> = 0...10
    /// Most characters in one command-line value (longer values are refused before parsing).
    public static var maximumArgumentLength: Int { maximumTextLength }

    // MARK: Problems

    /// Most problems listed for one file: the first ones are listed, then how many more there are.
    public static let maximumProblemsPerFile = 100
    /// Most overlapping pairs of booths listed for one venue (the rest are counted).
    public static let maximumOverlapsListed = 20
}
