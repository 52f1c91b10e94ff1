/// The entity a finding is about, named so a person can find it.
public struct Subject: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The kind of entity a finding is about.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// The event itself.
        case event
        /// An organisation.
        case organisation
        /// A product.
        case product
        /// A person.
        case person
        /// An exhibiting party.
        case party
        /// A booth request.
        case boothRequest = "booth-request"
        /// A booth.
        case booth
        /// A hall.
        case hall
        /// A meeting room.
        case room
        /// A connection point.
        case connectionPoint = "connection-point"
        /// A session.
        case session
        /// An attendance.
        case attendance

        /// The Vietnamese name.
        public var vietnameseName: String {
            switch self {
            case .event: "Sự kiện"
            case .organisation: "Tổ chức"
            case .product: "Sản phẩm"
            case .person: "Người"
            case .party: "Đơn vị tham gia"
            case .boothRequest: "Đăng ký gian hàng"
            case .booth: "Gian hàng"
            case .hall: "Nhà triển lãm"
            case .room: "Phòng"
            case .connectionPoint: "Điểm cầu"
            case .session: "Phiên"
            case .attendance: "Tham dự"
            }
        }
    }

    /// The kind of entity.
    public let kind: Kind
    /// The entity's identifier in the plan.
    public let id: String
    /// A label a person recognises (a name, a booth code).
    public let label: String

    /// Creates a subject.
    public init(_ kind: Kind, id: String, label: String) {
        self.kind = kind
        self.id = id
        self.label = label
    }

    /// `Tổ chức «HTX Tân Hòa» (org-12)`.
    public var description: String {
        "\(kind.vietnameseName) «\(label)» (\(id))"
    }
}
