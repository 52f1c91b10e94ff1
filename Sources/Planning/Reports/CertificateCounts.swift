/// The products a summary counts by their OCOP recognition, one at a time: by stars (3, 4, 5),
/// those without recognised stars, and those whose certificate is not valid on the event's first
/// day.
public struct CertificateCounts: Hashable, Sendable {
    /// The event's first day, when it has days.
    public let firstDay: CalendarDate?
    /// Products by recognised stars (3, 4 or 5).
    public private(set) var byStars: [Int: Int] = [:]
    /// Products without recognised stars (no recognition, or stars outside 3 to 5).
    public private(set) var notRecognised = 0
    /// Products with a certificate not valid on the first day (none counted without a first day).
    public private(set) var invalidOnFirstDay = 0

    /// No products counted yet, for an event starting on `firstDay`.
    public init(firstDay: CalendarDate?) {
        self.firstDay = firstDay
    }

    /// Counts a product.
    public mutating func count(_ product: Product) {
        guard let recognition = product.recognition else {
            notRecognised += 1
            return
        }
        if recognition.hasRecognisedStars {
            byStars[recognition.stars, default: 0] += 1
        } else {
            notRecognised += 1
        }
        if let firstDay, !recognition.status(on: firstDay).isValid {
            invalidOnFirstDay += 1
        }
    }

    /// The shares a summary shows: 3, 4 and 5 stars, then not recognised.
    public var shares: [CategoryShare] {
        CategoryShare.shares(
            named: [3, 4, 5].map { (star: Int) -> (BilingualText, Int) in
                (BilingualText(PlanningMessage.starRating(stars: star)), byStars[star] ?? 0)
            } + [(BilingualText(PlanningMessage.notRecognised), notRecognised)])
    }
}
