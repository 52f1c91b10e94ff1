/// The venue fixtures shared by the schema tests (valid for both venue.rng and venue.xsd).
enum SampleVenue {
    /// A valid venue file.
    static var valid: [UInt8] {
        get throws { try Fixtures.bytes("venue-valid.xml") }
    }

    /// A venue file with errors on lines 4 (capacity), 5 (accessible), 6 (capacity) and 7 (hall).
    static var invalid: [UInt8] {
        get throws { try Fixtures.bytes("venue-invalid.xml") }
    }
}
