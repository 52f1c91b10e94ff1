public import Planning

/// What `VenueReader` returns: the venue, and the warnings found while checking it.
///
/// Errors are never returned here: any error-severity problem is thrown as
/// `InterchangeError.invalidVenue` instead.
public struct VenueReadResult: Sendable {
    /// The venue, with compact booth rows expanded into single booths.
    public let venue: Venue
    /// Warnings (such as a zone without booths), each with the line of the element concerned.
    public let warnings: [VenueProblem]
}
