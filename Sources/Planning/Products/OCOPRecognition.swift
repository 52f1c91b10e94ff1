/// An OCOP recognition decision for a product (quyết định công nhận sản phẩm OCOP).
///
/// Only 3, 4 and 5 stars are recognised. A recognition is valid for 36 months from the decision
/// date unless the decision states another end date; then it must be renewed (tái công nhận).
public struct OCOPRecognition: Hashable, Codable, Sendable {
    /// The stars awarded; validation reports values outside 3–5.
    public var stars: Int
    /// The decision number, e.g. `2919/QĐ-UBND`.
    public var decisionNumber: String
    /// The decision date.
    public var decisionDate: CalendarDate
    /// The body that issued the decision, e.g. "UBND tỉnh Cà Mau".
    public var issuingBody: String?
    /// The level that issued it: district, province or central.
    public var issuingLevel: IssuingLevel?
    /// The criteria the rating was made under.
    public var criteriaBasis: CriteriaBasis?
    /// The product's OCOP code, when the decision gives one.
    public var productCode: String?
    /// An end date stated in the decision, replacing the 36-month rule.
    public var statedValidUntil: CalendarDate?

    /// Creates a recognition.
    public init(
        stars: Int,
        decisionNumber: String,
        decisionDate: CalendarDate,
        issuingBody: String? = nil,
        issuingLevel: IssuingLevel? = nil,
        criteriaBasis: CriteriaBasis? = nil,
        productCode: String? = nil,
        statedValidUntil: CalendarDate? = nil
    ) {
        self.stars = stars
        self.decisionNumber = VietnameseText.normalized(decisionNumber)
        self.decisionDate = decisionDate
        self.issuingBody = issuingBody.map(VietnameseText.normalized)
        self.issuingLevel = issuingLevel
        self.criteriaBasis = criteriaBasis
        self.productCode = productCode
        self.statedValidUntil = statedValidUntil
    }

    /// The last day of validity: the stated date, or the day before the decision date plus
    /// 36 months.
    public var validUntil: CalendarDate {
        statedValidUntil ?? OCOPStarLevel.validThrough(decisionDate: decisionDate)
    }

    /// Whether the stars are ones the programme recognises (3, 4 or 5).
    public var hasRecognisedStars: Bool { (3...5).contains(stars) }

    /// The status on a given day.
    public func status(on day: CalendarDate) -> CertificateStatus {
        if day < decisionDate { return .notYetValid(from: decisionDate) }
        if day > validUntil { return .expired(since: validUntil.adding(days: 1)) }
        return .valid(daysLeft: validUntil.daysSince(day))
    }

    /// The level that should have issued a decision of these stars on its date.
    public var expectedIssuingLevel: IssuingLevel? {
        hasRecognisedStars ? OCOPStarLevel.issuingLevel(stars: stars, on: decisionDate) : nil
    }
}
