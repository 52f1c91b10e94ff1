import Planning

/// An exhibiting party with its booth request, as a row of the Đăng ký gian hàng sheet gives
/// them, and the rows of the other sheets it names (left out together when one has an error).
struct BoothRegistration {
    /// The party (pending; registered at the time of the import).
    var party: ExhibitingParty
    /// Its booth request.
    var request: BoothRequest
    /// Whether the row names the products shown (otherwise every product of the sharing
    /// organisations is shown).
    var productsNamed: Bool
}
