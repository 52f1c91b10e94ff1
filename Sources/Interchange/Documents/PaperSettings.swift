public import Planning

/// What every paper of a plan shares besides the plan: the language, the date it is issued, the
/// program that made it, the document number and the signer.
public struct PaperSettings: Sendable {
    /// The language of the wording.
    public var language: Language
    /// When the paper is issued (the front end's injected clock, +07:00): the date of «…, ngày …
    /// tháng … năm …» and the files' stamp.
    public var issued: LocalDateTime
    /// The program that made it, such as `FairPlan/0.2.0`.
    public var generator: String
    /// The document's number (`12/GM-LMHTX`), or nil for room to fill in by hand.
    public var number: String?
    /// The signer's name, or nil for room to sign and write it by hand.
    public var signer: String?
    /// The signer's title (`TRƯỞNG BAN`), or nil for the default.
    public var signerTitle: String?

    /// Settings for papers issued at `issued`.
    public init(
        language: Language = .default, issued: LocalDateTime, generator: String, number: String? = nil,
        signer: String? = nil, signerTitle: String? = nil
    ) {
        self.language = language
        self.issued = issued
        self.generator = generator
        self.number = number
        self.signer = signer
        self.signerTitle = signerTitle
    }

    /// The ODF stamp of `issued`: `2026-12-03T08:00:00`.
    var stamp: String { "\(issued.date.iso)T\(issued.time):00" }
}
