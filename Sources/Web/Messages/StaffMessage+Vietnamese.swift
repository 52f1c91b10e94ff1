import Foundation
import Interchange
import Planning
import Store
import Workflow

extension StaffMessage {
    /// Said after a solver's summary when the time limit cut its run short.
    static let cutByTimeVietnamese =
        " Hết thời gian trước khi tìm xong: chạy lại có thể cho kết quả khác;"
        + " cho thêm thời gian để kết quả lặp lại được."

    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .signInPage: return "Đăng nhập khu quản lý"
        case .name: return "Tên đăng nhập"
        case .password: return "Mật khẩu"
        case .signIn: return "Đăng nhập"
        case .signInFailed: return "Tên đăng nhập hoặc mật khẩu không đúng."
        case .tooManyAttempts:
            return "Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau một phút."
        case .staleForm:
            return "Trang đã cũ hoặc không được gửi từ cổng thông tin này. Vui lòng mở lại trang."
        case .signOut: return "Đăng xuất"
        case .signedInAs(let name, let role):
            return "Đang đăng nhập: \(name) (\(StaffMessage.roleName(role).text(vi)))"
        case .consolePage: return "Quản lý đăng ký"
        case .status: return "Tình trạng"
        case .allStatuses: return "Tất cả"
        case .province: return "Tỉnh, thành phố"
        case .allProvinces: return "Tất cả các tỉnh"
        case .search: return "Tên đơn vị"
        case .filter: return "Lọc"
        case .count(let status, let count): return "\(status.name(vi)): \(count)"
        case .registration: return "Đơn vị đăng ký"
        case .booths: return "Gian (đăng ký / được xếp)"
        case .findings: return "Cần xem"
        case .actions: return "Thao tác"
        case .throughPortal: return "đăng ký qua cổng"
        case .correctedThroughLink(let time):
            return "đã tự sửa qua liên kết riêng lúc \(RegistrationMessage.vietnamese(time))"
        case .confirm: return "Xác nhận"
        case .withdraw: return "Rút đăng ký"
        case .withdrawPage(let party): return "Rút đăng ký của «\(party)»?"
        case .withdrawEffect(let status, let booths):
            let freed =
                booths.isEmpty
                ? "Đơn vị chưa có gian nào."
                : "Các gian \(booths.joined(separator: ", ")) được trả lại và mời các đơn vị trong danh sách chờ theo thứ tự."
            return "Trạng thái hiện tại: \(status). \(freed) Việc rút đăng ký được ghi vào lịch sử thay đổi."
        case .confirmWithdraw: return "Xác nhận rút đăng ký"
        case .withdrawChanged:
            return "Trạng thái hoặc các gian của đơn vị đã thay đổi sau khi anh/chị mở trang này; chưa rút "
                + "đăng ký. Trang đã hiện tình trạng mới nhất: hãy xem lại rồi xác nhận."
        case .alreadyWithdrawn(let party):
            return "Đăng ký của «\(party)» đã rút rồi; không có gì để rút nữa."
        case .boothPlan: return "Sơ đồ gian hàng"
        case .allocate: return "Xếp gian"
        case .allocateHint:
            return
                "Xếp gian cho các đơn vị đã xác nhận (giữ các gian đã ghim); đơn vị không đủ chỗ vào danh sách chờ."
        case .publish: return "Công bố sơ đồ"
        case .publishHint:
            return "Kiểm tra rồi công bố sơ đồ gian hàng hiện tại thành một phiên bản mới trên cổng."
        case .noRegistrations: return "Không có đăng ký nào khớp bộ lọc."
        case .confirmed: return "Đã xác nhận đăng ký."
        case .withdrawn(let booths):
            return booths.isEmpty
                ? "Đã rút đăng ký; đơn vị không giữ gian nào."
                : "Đã rút đăng ký; các gian \(booths.joined(separator: ", ")) được trả lại."
        case .allocated(let placed, let waiting, let cut):
            return "Đã xếp gian: \(placed) đơn vị có gian, \(waiting) đơn vị trong danh sách chờ."
                + (cut ? Self.cutByTimeVietnamese : "")
        case .published(let version): return "Đã công bố sơ đồ gian hàng, phiên bản số \(version)."
        case .publishProgramme: return "Công bố chương trình"
        case .publishProgrammeHint:
            return "Kiểm tra rồi công bố chương trình hiện tại (phòng, giờ, điểm cầu) thành một phiên bản "
                + "mới trên cổng."
        case .programmePublished(let version): return "Đã công bố chương trình, phiên bản số \(version)."
        case .publishRefused(let count, let first):
            return
                "bản đang soạn còn \(count) vi phạm nên chưa công bố, ví dụ: \(Self.sentence(Self.list(first)))"
        case .refusedByRules(let name, let problems):
            return
                "Chưa lưu «\(name)» vì kiểm tra thấy lỗi: \(Self.sentence(Self.list(problems))) Hãy sửa rồi lưu lại."
        case .failed(let reason): return "Không thực hiện được: \(Self.sentence(reason))"
        case .expectedValue(.productSet):
            return "không nhận ra bộ sản phẩm OCOP; ghi tên bộ như trong mẫu đăng ký hoặc «Bộ sản phẩm số N»"
        case .expectedValue(.organisationKind):
            return "không suy ra được loại tổ chức từ tên; hãy ghi tên có loại hình (hợp tác xã, tổ hợp tác, "
                + "liên hiệp hợp tác xã, quỹ tín dụng nhân dân, doanh nghiệp, hộ kinh doanh)"
        case .expectedValue(let expected): return WorkflowMessage.expectation(expected).text(vi)
        case .conflict(.incompleteRecognition):
            return
                "Chứng nhận OCOP cần đủ «\(Self.field(.stars).text(vi))», «\(Self.field(.decision).text(vi))» "
                + "và «\(Self.field(.decisionDate).text(vi))»."
        case .conflict(.recognitionDetailsWithoutStars):
            let fields: [InputField] = [.issuingBody, .issuingLevel, .validUntil, .ocopCode]
            return fields.map { "«\(Self.field($0).text(vi))»" }.joined(separator: ", ")
                + " chỉ ghi khi sản phẩm có chứng nhận OCOP (ghi «\(Self.field(.stars).text(vi))»)."
        case .conflict(.contactDetailsWithoutContact):
            return "«\(Self.field(.phone).text(vi))» và «\(Self.field(.email).text(vi))» đi kèm "
                + "«\(Self.field(.contact).text(vi))»: hãy ghi tên người liên hệ."
        case .conflict(.organisationAndUnit):
            return "Chỉ ghi một trong tổ chức đã đăng ký và đơn vị."
        case .conflict(let conflict): return WorkflowError.conflict(conflict).text(vi)
        case .accountsPage: return "Tài khoản cán bộ"
        case .role: return "Vai trò"
        case .roleName(.staff): return "cán bộ"
        case .roleName(.admin): return "quản trị"
        case .adminOnly: return "Chỉ tài khoản quản trị xem được trang này."
        case .downloadsPage: return "Tải về"
        case .listsHeading: return "Danh sách"
        case .listsHint:
            return
                "Các danh sách theo sơ đồ gian hàng và chương trình đã công bố gần nhất (bản đang soạn khi chưa "
                + "công bố); đăng ký là tình trạng hiện tại."
        case .listName(let list):
            return list.map { $0.title(in: vi) } ?? "Tất cả danh sách (một tệp bảng tính)"
        case .documentsHeading: return "Văn bản"
        case .documentsHint:
            return "Văn bản theo các phiên bản đã công bố gần nhất; thông báo thay đổi so với bản đang soạn."
        case .documentName(let kind):
            switch kind {
            case .lists: return "Danh sách chính thức"
            case .invitations: return "Giấy mời"
            case .exhibitorLetters: return "Thư gửi đơn vị trưng bày"
            case .fascia: return "Bảng tên gian hàng"
            case .notices: return "Thông báo thay đổi"
            case .badges: return "Thẻ đeo"
            }
        case .pdfUnavailable: return "Cần LibreOffice (soffice) trên máy chủ để xuất PDF; hiện chỉ có ODT."
        case .contents: return "Nội dung"
        case .formats: return "Tải về dạng"
        case .changesPage: return "Thay đổi giữa các phiên bản"
        case .changesTopic(.booths): return "Sơ đồ gian hàng"
        case .changesTopic(.programme): return "Chương trình"
        case .fromVersion: return "Từ"
        case .toVersion: return "Đến"
        case .latestPublished: return "phiên bản công bố gần nhất"
        case .workingPlan: return "bản đang soạn (chưa công bố)"
        case .versionChoice(let number, let when):
            return when.isEmpty ? "phiên bản \(number)" : "phiên bản \(number) (\(when))"
        case .show: return "Xem"
        case .changesBetween(let from, let to): return "Từ \(from) đến \(to)"
        case .programmePart: return "Chương trình"
        case .timetable: return "Xếp lịch các phiên"
        case .timetableHint:
            return
                "Xếp phòng và giờ cho các phiên, giữ sát chương trình đã gửi; kết quả lưu vào bản đang soạn để "
                + "xem lại rồi công bố."
        case .runInProgress: return "Kế hoạch này đang có một lượt chạy; vui lòng chờ lượt đó xong."
        case .timeLimitOutOfRange: return "Giới hạn thời gian phải là số giây nguyên từ 1 đến 3.600."
        case .progressPage: return "Tiến trình"
        case .allocationRun: return "Xếp gian"
        case .timetablingRun: return "Xếp lịch"
        case .phaseLabel: return "Giai đoạn"
        case .phase(let phase):
            switch phase {
            case "constructed", "construction": return "xếp ban đầu"
            case "searching", "local-search": return "cải thiện"
            case "exact-search": return "tìm lời giải tối ưu chính xác"
            case "exact": return "tìm chính xác"
            case "finished": return "đang kết thúc"
            default: return "đang bắt đầu"
            }
        case .iterations(let done, let cap):
            return cap.map { "Số vòng lặp: \(done) trên tối đa \($0)" } ?? "Số vòng lặp: \(done)"
        case .decisions(let count): return "Số quyết định đã xét: \(count)"
        case .bestScore(let score): return "Điểm tốt nhất hiện có: \(score)"
        case .elapsed(let seconds): return "Thời gian: \(String(format: "%.1f", seconds)) giây"
        case .refreshing: return "Trang tự tải lại mỗi giây cho đến khi chạy xong."
        case .runFinished: return "Đã chạy xong."
        case .timetabled(let placed, let unplaced, let cut):
            return "Đã xếp lịch: \(placed) phiên được xếp, \(unplaced) phiên chưa xếp được."
                + (cut ? Self.cutByTimeVietnamese : "")
        case .noRun: return "Chưa có lượt chạy nào trên kế hoạch này từ khi cổng khởi động."
        case .backToConsole: return "Về danh sách đăng ký"
        case .edit: return "Sửa"
        case .editPage(let name): return "Sửa: \(name)"
        case .save: return "Lưu"
        case .edited(let count): return "Đã lưu đăng ký: thay đổi \(count) mục."
        case .field(let field):
            switch field {
            case .name: return "Tên đầy đủ"
            case .province: return "Tỉnh, thành phố"
            case .code: return "Mã số thuế, đăng ký"
            case .shortName: return "Tên viết tắt"
            case .address: return "Địa chỉ"
            case .members: return "Số thành viên"
            case .contact: return "Người liên hệ"
            case .phone: return "Điện thoại"
            case .email: return "Thư điện tử"
            case .position: return "Chức vụ"
            case .stars: return "Số sao OCOP"
            case .productSet: return "Bộ sản phẩm OCOP"
            case .decision: return "Số quyết định công nhận"
            case .decisionDate: return "Ngày quyết định (dd/mm/yyyy)"
            case .issuingBody: return "Cơ quan ban hành"
            case .issuingLevel: return "Cấp ban hành (huyện, tỉnh, trung ương)"
            case .validUntil: return "Hiệu lực đến (dd/mm/yyyy)"
            case .ocopCode: return "Mã sản phẩm OCOP"
            case .coldChain: return "Cần bảo quản lạnh (có/không)"
            default: return field.rawValue
            }
        case .yesOrNo(let yes): return yes ? "có" : "không"
        case .timeLimit: return "Thời gian tối đa (giây)"
        case .delegatesPart: return "Đại biểu"
        case .productsPart: return "Sản phẩm"
        case .unchanged: return "Không có gì thay đổi."
        case .certificateRemoved(let count):
            return "Đã lưu sản phẩm: thay đổi \(count) mục; chứng nhận OCOP của sản phẩm đã được bỏ."
        case .certificatePartlyEmptied(let emptied):
            let labels = { (fields: [InputField]) in fields.map { "«\(Self.field($0).text(vi))»" } }
            return
                "Chưa lưu gì: để trống \(labels(emptied).joined(separator: ", ")) là bỏ cả chứng nhận OCOP. "
                + "Muốn bỏ chứng nhận thì để trống mọi ô của chứng nhận "
                + "(\(labels(CertificateEdit.fields).joined(separator: ", "))); muốn giữ thì ghi lại "
                + "\(labels(emptied).joined(separator: ", "))."
        case .certificateIncomplete(let missing):
            let labels = { (fields: [InputField]) in fields.map { "«\(Self.field($0).text(vi))»" } }
            return
                "Chưa lưu gì: chứng nhận OCOP cần đủ \(labels(CertificateEdit.essential).joined(separator: ", ")). "
                + "Hãy ghi cả \(labels(missing).joined(separator: ", ")); nếu sản phẩm chưa được công nhận thì để "
                + "trống mọi ô của chứng nhận."
        }
    }
}
