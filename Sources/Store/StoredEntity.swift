/// The kinds of thing a plan file holds, as errors and import summaries name them.
public enum StoredEntity: String, CaseIterable, Codable, Sendable, Comparable {
    /// The event.
    case event
    /// The venue snapshot.
    case venue
    /// A booth of the venue.
    case booth
    /// An organisation.
    case organisation
    /// A product.
    case product
    /// A person.
    case person
    /// A person's attendance.
    case attendance
    /// A connection point.
    case connectionPoint = "connection-point"
    /// An exhibiting party.
    case party
    /// A booth request.
    case boothRequest = "booth-request"
    /// A booth assignment.
    case boothAssignment = "booth-assignment"
    /// A programme session.
    case session
    /// A published version.
    case publishedVersion = "published-version"

    /// The Vietnamese name, lower case, for messages: "tổ chức", "sản phẩm", ...
    public var vietnameseName: String {
        switch self {
        case .event: "sự kiện"
        case .venue: "địa điểm"
        case .booth: "gian hàng"
        case .organisation: "tổ chức"
        case .product: "sản phẩm"
        case .person: "người"
        case .attendance: "đăng ký tham dự"
        case .connectionPoint: "điểm cầu"
        case .party: "đơn vị tham gia"
        case .boothRequest: "đăng ký gian hàng"
        case .boothAssignment: "phân gian hàng"
        case .session: "nội dung chương trình"
        case .publishedVersion: "phiên bản đã công bố"
        }
    }

    /// Orders kinds in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
