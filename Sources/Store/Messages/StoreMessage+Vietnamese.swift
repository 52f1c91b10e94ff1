import Planning

extension StoreMessage {
    /// The message in Vietnamese.
    var vietnameseText: String {
        switch self {
        case .newerSchema(let path, let found, let supported):
            "\(path): tệp kế hoạch do phiên bản FairPlan mới hơn tạo (lược đồ \(found), phiên bản này hỗ trợ đến \(supported)). Hãy cập nhật FairPlan."
        case .fileExists(let path):
            "\(path): tệp đã tồn tại; không ghi đè. Hãy chọn tên khác hoặc mở tệp này."
        case .fileNotFound(let path):
            "\(path): không tìm thấy tệp kế hoạch."
        case .busy(let path, let seconds):
            "\(path): tệp kế hoạch đang được một chương trình khác ghi (cổng thông tin, một lệnh khác hoặc phần mềm "
                + "sao lưu) quá \(seconds) giây; chưa ghi gì. Hãy thử lại sau ít phút."
        case .diskFull(let path):
            "\(path): ổ đĩa chứa tệp kế hoạch đã đầy; chưa ghi gì. Hãy giải phóng dung lượng rồi thử lại."
        case .pendingLogInLockedFolder(let path):
            "\(path): thư mục chứa tệp kế hoạch không cho phép ghi, và bên cạnh tệp còn nhật ký ghi dở (\(path)-wal) "
                + "của một chương trình khác, nên chưa đọc được trọn vẹn. Hãy chờ chương trình đó đóng tệp, hoặc sao "
                + "chép cả tệp và nhật ký sang thư mục của bạn."
        case .readOnlyFile(let path):
            "\(path): tệp kế hoạch chỉ được phép đọc; lệnh này cần ghi vào tệp. Các lệnh xem (list, report, changes, export, history) vẫn dùng được; hãy xin quyền ghi hoặc sao chép tệp để sửa."
        case .notAPlanFile(let path, let reason):
            "\(path): không phải tệp kế hoạch FairPlan (\(reason.vietnameseText))."
        case .missingEvent(let path):
            "\(path): tệp kế hoạch chưa có sự kiện (tệp chưa được tạo xong)."
        case .duplicate(let entity, let id):
            "Đã có \(Self.name(entity)) «\(id)» trong kế hoạch."
        case .registrationCodeTaken(let code, let organisation):
            "Mã số \(code) đã là của tổ chức «\(organisation)» trong kế hoạch; mỗi mã số chỉ thuộc một tổ chức."
        case .notFound(let entity, let id):
            "Không có \(Self.name(entity)) «\(id)» trong kế hoạch."
        case .missingReference(let entity, let id, let target, let reference):
            "Không lưu được \(Self.name(entity)) «\(id)»: \(Self.name(target)) «\(reference)» chưa có trong kế hoạch."
        case .constraintViolation(let entity, let id, let detail):
            "Không lưu được \(Self.name(entity)) «\(id)»: vi phạm ràng buộc của tệp kế hoạch (\(detail))."
        case .duplicateBoothCodes(let venue, let codes):
            "Không lưu được \(Self.name(.venue)) «\(venue)»: vi phạm ràng buộc của tệp kế hoạch (mã gian trùng: \(codes.joined(separator: ", ")))."
        case .invalidTransition(let party, let from, let to):
            "Đơn vị «\(party)»: "
                + (from.refusalMessage(toMoveTo: to)?.text(.vietnamese)
                    ?? "không thể chuyển từ «\(from.name(.vietnamese))» sang «\(to.name(.vietnamese))».")
        case .boothsInUse(let codes):
            "Không thay được địa điểm: sơ đồ mới không có các gian đang được phân: \(codes.joined(separator: ", "))."
        case .noVenue:
            "Kế hoạch chưa có địa điểm (sơ đồ gian hàng)."
        case .boothAssignedTwice(let codes):
            "Gian hàng được phân hai lần trong cùng sơ đồ: \(codes.joined(separator: ", "))."
        case .withdrawnPartyAssigned(let party):
            "Đơn vị «\(party)» đã rút đăng ký, không thể phân gian hàng."
        case .placedWithoutBooths(let party):
            "Đơn vị «\(party)» chưa có gian hàng trong sơ đồ hiện tại nên chưa thể ghi «\(RegistrationStatus.placed.name(.vietnamese))»."
        case .changedMeanwhile(let party):
            "Đơn vị «\(party)» vừa thay đổi (trạng thái hoặc gian hàng): chưa rút đăng ký; hãy xem lại rồi xác nhận."
        case .unknownVersion(let kind, let number):
            "\(kind.name(.vietnamese)): không có phiên bản \(number) đã công bố."
        case .corruptData(let entity, let id, let reason):
            "Dữ liệu \(Self.name(entity)) «\(id)» trong tệp kế hoạch bị hỏng: \(reason.vietnameseText)."
        case .database(let path, let reason):
            "\(path): lỗi cơ sở dữ liệu: \(reason)."
        case .undoBeyondHistory(let asked, let available):
            available == 0
                ? "Không có thay đổi nào để hoàn tác."
                : "Không hoàn tác được \(asked) thay đổi: nhật ký chỉ có \(available) thay đổi có thể hoàn tác."
        case .nothingToRedo:
            "Không có thay đổi nào để làm lại."
        case .journalOutOfStep(let entry, let table):
            "Không hoàn tác hay làm lại được thay đổi số \(entry): dữ liệu bảng \(table) không còn như nhật ký ghi (tệp đã bị sửa ngoài FairPlan)."
        case .emptyDatabase:
            "cơ sở dữ liệu rỗng"
        case .otherProgramDatabase:
            "cơ sở dữ liệu SQLite của chương trình khác"
        case .folder:
            "đây là một thư mục, không phải tệp; hãy ghi tên tệp kế hoạch trong đó"
        case .damagedDatabase:
            "tệp bị hỏng hoặc bị cắt cụt, như khi sao chép bị ngắt giữa chừng; hãy dùng một bản sao tốt hoặc bản sao lưu"
        case .notSQLiteDatabase:
            "không phải cơ sở dữ liệu SQLite"
        case .brokenReferences(let count):
            "\(count) tham chiếu hỏng sau khi nâng cấp lược đồ"
        case .invalidTimestamp(let text):
            "thời điểm không hợp lệ «\(text)»"
        case .invalidDate(let text):
            "ngày không hợp lệ «\(text)»"
        case .invalidValue(let raw):
            "giá trị không hợp lệ «\(raw)»"
        case .invalidPartyKind(let kind):
            "loại đơn vị không hợp lệ «\(kind)»"
        case .invalidRegistrationCode(let code):
            "mã số không hợp lệ «\(code)»"
        case .unreadableJSON(let detail):
            "dữ liệu JSON không đọc được (\(detail))"
        case .entityName(let entity):
            Self.name(entity)
        case .importSummary(let added, let updated):
            "Thêm mới: \(Self.counts(added)); cập nhật: \(Self.counts(updated))."
        }
    }

    /// The Vietnamese name of a kind of stored entity, lower case: "tổ chức", "sản phẩm", ...
    static func name(_ entity: StoredEntity) -> String {
        switch entity {
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
        case .submission: "đăng ký trực tuyến"
        case .account: "tài khoản cán bộ"
        }
    }

    /// "3 tổ chức, 5 sản phẩm", or "không có".
    static func counts(_ counts: [StoredEntity: Int]) -> String {
        counts.isEmpty
            ? "không có"
            : counts.keys.sorted().map { "\(counts[$0] ?? 0) \(name($0))" }.joined(separator: ", ")
    }
}
