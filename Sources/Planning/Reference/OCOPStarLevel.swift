/// An OCOP star rating (1–5★) with its score range, and the rules of recognition.
///
/// Products are scored out of 100. Only 3★ (50–69 points), 4★ (70–89) and 5★ (90–100) are
/// recognised; a recognition is valid for 36 months from the decision date. Who recognises changed
/// on 6 July 2025 (Decision 1489/2025): before, district (3★), province (4★), central (5★); since,
/// province (3★ and 4★) and central (5★).
public struct OCOPStarLevel: Hashable, Comparable, Codable, Sendable, Identifiable {
    /// The number of stars, 1–5.
    public let stars: Int
    /// The lowest score of the rating, inclusive.
    public let minimumScore: Int
    /// The highest score of the rating, inclusive.
    public let maximumScore: Int

    /// The rating's identity: its number of stars.
    public var id: Int {
        stars
    }

    /// Whether the rating leads to a recognition (certificate): 3★ and above.
    public var isRecognised: Bool {
        stars >= Self.minimumRecognisedStars
    }

    /// The star table: 1★ 0–29, 2★ 30–49, 3★ 50–69, 4★ 70–89, 5★ 90–100 points.
    public static let all: [OCOPStarLevel] = [
        OCOPStarLevel(stars: 1, minimumScore: 0, maximumScore: 29),
        OCOPStarLevel(stars: 2, minimumScore: 30, maximumScore: 49),
        OCOPStarLevel(stars: 3, minimumScore: 50, maximumScore: 69),
        OCOPStarLevel(stars: 4, minimumScore: 70, maximumScore: 89),
        OCOPStarLevel(stars: 5, minimumScore: 90, maximumScore: 100),
    ]

    /// The recognised ratings: 3★, 4★ and 5★.
    public static let recognised: [OCOPStarLevel] = all.filter(\.isRecognised)

    /// The fewest stars that are recognised: 3.
    static let minimumRecognisedStars = 3

    /// How long a recognition is valid, in months from the decision date: 36.
    public static let validityMonths = 36

    /// The first day of the new rules on who recognises (3★ moved from district to province).
    public static let issuingRulesChangeDate = CalendarDate(valid: 2025, month: 7, day: 6)

    /// Returns the rating with the given number of stars (1–5), or nil.
    public init?(stars: Int) {
        guard let level = Self.all.first(where: { $0.stars == stars }) else {
            return nil
        }
        self = level
    }

    /// Creates a row of the star table.
    private init(stars: Int, minimumScore: Int, maximumScore: Int) {
        self.stars = stars
        self.minimumScore = minimumScore
        self.maximumScore = maximumScore
    }

    /// Returns the rating a score (0–100) earns, or nil for a score outside 0–100.
    public static func level(forScore score: Int) -> OCOPStarLevel? {
        all.first { ($0.minimumScore...$0.maximumScore).contains(score) }
    }

    /// The level of government that recognises a rating of `stars` stars decided on `date`.
    ///
    /// Before 6 July 2025: district for 3★, province for 4★, central for 5★. From 6 July 2025:
    /// province for 3★ and 4★, central for 5★. Ratings below 3★ are not recognised; they are
    /// scored by the same council as 3★ and get that level here (check ``isRecognised`` first).
    public static func issuingLevel(stars: Int, on date: CalendarDate) -> IssuingLevel {
        if stars >= 5 {
            return .central
        }
        if stars == 4 || date >= issuingRulesChangeDate {
            return .province
        }
        return .district
    }

    /// The last day a recognition decided on `decisionDate` is valid: 36 months later, less a day.
    ///
    /// A decision of 06/07/2022 is valid through 05/07/2025 and has lapsed on 06/07/2025.
    public static func validThrough(decisionDate: CalendarDate) -> CalendarDate {
        decisionDate.adding(months: validityMonths).adding(days: -1)
    }

    /// Tells whether a recognition decided on `decisionDate` is valid on `date`.
    public static func isValid(decisionDate: CalendarDate, on date: CalendarDate) -> Bool {
        decisionDate <= date && date <= validThrough(decisionDate: decisionDate)
    }

    /// Orders ratings by number of stars.
    public static func < (lhs: OCOPStarLevel, rhs: OCOPStarLevel) -> Bool {
        lhs.stars < rhs.stars
    }
}
