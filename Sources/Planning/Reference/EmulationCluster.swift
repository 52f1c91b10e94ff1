/// An emulation cluster (cụm thi đua): provincial cooperative alliances grouped for emulation.
///
/// Clusters change over the years and have a yearly leader (cụm trưởng), so they are data with an
/// era, not an enumeration. Members are kept as written in the sources, with whether each is
/// confirmed or only inferred; ``Member/resolved`` maps a member to its 2025 unit.
public struct EmulationCluster: Hashable, Codable, Sendable {
    /// Whether a source confirms a member or it is inferred.
    public enum MembershipStatus: String, CaseIterable, Codable, Hashable, Sendable {
        /// A source names the province as a member.
        case confirmed
        /// No source found names it; inferred, for example from the cluster's declared size.
        case inferred
    }

    /// A member province of a cluster, as written in the sources.
    public struct Member: Hashable, Codable, Sendable {
        /// The province's name as the source wrote it, for example "Bà Rịa - Vũng Tàu".
        public let written: String
        /// Confirmed by a source, or inferred.
        public let status: MembershipStatus
        /// The status note from the sources.
        ///
        /// For example "confirmed (attendee list of 2024 cluster conference)".
        public let note: String
        /// Where the membership was found (addresses of public pages); empty when inferred.
        public let sources: [String]

        /// The 2025 unit the member is, or became part of; nil if the name cannot be resolved.
        public var resolved: ProvinceMatch? {
            ProvinceDirectory.resolve(written)
        }
    }

    /// A cluster's leader (cụm trưởng) for a year.
    public struct Leadership: Hashable, Codable, Sendable {
        /// The year of leadership.
        public let year: Int
        /// The leading province as written, for example "Lai Châu".
        public let written: String
    }

    /// The cluster's name, for example "Cụm thi đua Tây Nguyên (5 tỉnh)".
    public let name: String
    /// The era as the sources describe it, for example "pre-2025 (63 tỉnh)", "post-2025 (34 tỉnh), 2025".
    public let era: String
    /// The province scheme the member names belong to.
    public let scheme: ProvinceCode.Scheme
    /// The year the membership is attested for.
    public let attestedYear: Int
    /// The number of members the cluster's name declares ("(6 tỉnh)"), if it declares one.
    public let declaredSize: Int?
    /// The known members; the list may be partial.
    public let members: [Member]
    /// The known yearly leaders.
    public let leaders: [Leadership]

    /// The members' names as written.
    public var provinces: [String] {
        members.map(\.written)
    }

    /// Whether every declared member is known and confirmed.
    public var isComplete: Bool {
        guard let declaredSize else {
            return false
        }
        return members.count == declaredSize && members.allSatisfy { $0.status == .confirmed }
    }
}
