public import Planning

/// What the store throws: the plan file cannot be opened, read or changed.
///
/// Every ``PlanStore`` method throws only this type. A method that throws has changed nothing:
/// each runs in one transaction.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The plan file was written by a newer FairPlan (file's schema version, newest known).
    case newerSchema(path: String, found: Int, supported: Int)
    /// A new plan file was to be created where a file already exists.
    case fileExists(path: String)
    /// The plan file to open does not exist.
    case fileNotFound(path: String)
    /// The file is not a FairPlan plan file (another database, or not a database at all).
    case notAPlanFile(path: String, reason: String)
    /// The plan file holds no event (it was never completely created).
    case missingEvent(path: String)
    /// An entity with this identifier is already in the plan.
    case duplicate(StoredEntity, id: String)
    /// No entity with this identifier is in the plan.
    case notFound(StoredEntity, id: String)
    /// An entity refers to another that is not in the plan.
    case missingReference(StoredEntity, id: String, refersTo: StoredEntity, referenceID: String)
    /// A row breaks a rule of the file's schema (the detail is SQLite's message).
    case constraintViolation(StoredEntity, id: String, detail: String)
    /// A registration may not move between these statuses.
    case invalidTransition(party: String, from: RegistrationStatus, to: RegistrationStatus)
    /// The venue cannot be replaced: these booths of the current plan are not on the new venue.
    case boothsInUse([String])
    /// Booths are assigned or offered but the plan has no venue yet.
    case noVenue
    /// The same booth appears twice in one booth plan.
    case boothAssignedTwice([String])
    /// A withdrawn party cannot be given booths.
    case withdrawnPartyAssigned(party: String)
    /// A party is to be marked placed but holds no booth in the current plan.
    case placedWithoutBooths(party: String)
    /// No published version with this number.
    case unknownVersion(PublicationKind, number: Int)
    /// A stored value could not be read back (the file was changed by another program).
    case corruptData(StoredEntity, id: String, reason: String)
    /// SQLite failed (disk full, file locked longer than the busy timeout, I/O error, ...).
    case database(path: String, reason: String)

    /// A readable account of the error, in Vietnamese for organisers.
    public var description: String {
        switch self {
        case .newerSchema(let path, let found, let supported):
            "\(path): tệp kế hoạch do phiên bản FairPlan mới hơn tạo (lược đồ \(found), phiên bản này hỗ trợ đến \(supported)). Hãy cập nhật FairPlan."
        case .fileExists(let path):
            "\(path): tệp đã tồn tại; không ghi đè. Hãy chọn tên khác hoặc mở tệp này."
        case .fileNotFound(let path):
            "\(path): không tìm thấy tệp kế hoạch."
        case .notAPlanFile(let path, let reason):
            "\(path): không phải tệp kế hoạch FairPlan (\(reason))."
        case .missingEvent(let path):
            "\(path): tệp kế hoạch chưa có sự kiện (tệp chưa được tạo xong)."
        case .duplicate(let entity, let id):
            "Đã có \(entity.vietnameseName) «\(id)» trong kế hoạch."
        case .notFound(let entity, let id):
            "Không có \(entity.vietnameseName) «\(id)» trong kế hoạch."
        case .missingReference(let entity, let id, let target, let reference):
            "Không lưu được \(entity.vietnameseName) «\(id)»: \(target.vietnameseName) «\(reference)» chưa có trong kế hoạch."
        case .constraintViolation(let entity, let id, let detail):
            "Không lưu được \(entity.vietnameseName) «\(id)»: vi phạm ràng buộc của tệp kế hoạch (\(detail))."
        case .invalidTransition(let party, let from, let to):
            "Đơn vị «\(party)»: "
                + (from.refusal(toMoveTo: to)?.vietnamese
                    ?? "không thể chuyển từ «\(from.vietnameseName)» sang «\(to.vietnameseName)».")
        case .boothsInUse(let codes):
            "Không thay được địa điểm: sơ đồ mới không có các gian đang được phân: \(codes.joined(separator: ", "))."
        case .noVenue:
            "Kế hoạch chưa có địa điểm (sơ đồ gian hàng)."
        case .boothAssignedTwice(let codes):
            "Gian hàng được phân hai lần trong cùng sơ đồ: \(codes.joined(separator: ", "))."
        case .withdrawnPartyAssigned(let party):
            "Đơn vị «\(party)» đã rút đăng ký, không thể phân gian hàng."
        case .placedWithoutBooths(let party):
            "Đơn vị «\(party)» chưa có gian hàng trong sơ đồ hiện tại nên chưa thể ghi «Đã xếp gian»."
        case .unknownVersion(let kind, let number):
            "\(kind.vietnameseName): không có phiên bản \(number) đã công bố."
        case .corruptData(let entity, let id, let reason):
            "Dữ liệu \(entity.vietnameseName) «\(id)» trong tệp kế hoạch bị hỏng: \(reason)."
        case .database(let path, let reason):
            "\(path): lỗi cơ sở dữ liệu: \(reason)."
        }
    }
}
