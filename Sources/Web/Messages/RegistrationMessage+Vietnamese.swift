import Planning

extension RegistrationMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .registrationPage: return "Đăng ký tham gia"
        case .introduction:
            return "Hợp tác xã, tổ hợp tác và doanh nghiệp tự đăng ký: thông tin tổ chức, sản phẩm OCOP, "
                + "đại biểu và gian hàng. Đăng ký được kiểm tra theo đúng các quy tắc của ban tổ chức; "
                + "ô nào cần sửa sẽ có ghi chú ngay bên cạnh. Các ô có dấu * là bắt buộc."
        case .openUntil(let time): return "Nhận đăng ký đến \(Self.vietnamese(time))."
        case .closed(let time):
            return "Đã hết hạn đăng ký (\(Self.vietnamese(time))). Vui lòng liên hệ ban tổ chức."
        case .organisationSection: return "Tổ chức đăng ký"
        case .productsSection: return "Sản phẩm OCOP"
        case .product(let number): return "Sản phẩm \(number)"
        case .delegatesSection: return "Đại biểu tham dự"
        case .delegate(let number): return "Đại biểu \(number)"
        case .boothSection: return "Đăng ký gian hàng"
        case .boothHint: return "Để trống «Số gian» nếu không đăng ký gian hàng."
        case .moreProducts: return "Thêm ô cho sản phẩm"
        case .moreDelegates: return "Thêm ô cho đại biểu"
        case .required: return "bắt buộc"
        case .choose: return "— Chọn —"
        case .check: return "Kiểm tra"
        case .submit: return "Gửi đăng ký"
        case .hasErrors(let count):
            return "Chưa gửi được: có \(count) lỗi. Xem ghi chú màu đỏ bên cạnh các ô, sửa rồi gửi lại."
        case .checkedFine: return "Đăng ký hợp lệ, có thể gửi."
        case .alreadyRegistered:
            return "Tổ chức này đã đăng ký (trùng mã số, hoặc trùng tên trong cùng tỉnh). "
                + "Hãy dùng đường dẫn riêng nhận được khi đăng ký, hoặc liên hệ ban tổ chức."
        case .notOneOrganisation(0): return "Chưa có tổ chức nào: mỗi lần đăng ký cho một tổ chức."
        case .notOneOrganisation(let count):
            return "Tệp có \(count) tổ chức: mỗi lần đăng ký cho một tổ chức; hãy tách thành các tệp riêng."
        case .generalProblems: return "Cần xem"
        case .staleForm:
            return
                "Trang đăng ký đã cũ hoặc không được gửi từ cổng thông tin này. Vui lòng mở lại trang và gửi lại."
        case .tooManyRequests: return "Có quá nhiều lượt gửi từ địa chỉ này. Vui lòng thử lại sau một phút."
        case .uploadSection: return "Hoặc gửi tệp mẫu đã điền"
        case .uploadHint:
            return "Tệp mẫu đăng ký (.xlsx, .ods, .fods hoặc .csv) của một tổ chức, cùng sản phẩm, đại biểu "
                + "và gian hàng. Tệp được kiểm tra trước; chỉ khi bạn xác nhận mới được ghi nhận."
        case .uploadFile: return "Tệp đăng ký"
        case .uploadCheck: return "Kiểm tra tệp"
        case .templateDownload: return "Tải tệp mẫu trống"
        case .uploadFindings(let file): return "Kết quả kiểm tra tệp «\(file)»"
        case .findingPlace: return "Vị trí"
        case .findingSeverity: return "Mức độ"
        case .findingText: return "Nội dung"
        case .uploadReady(let file): return "Tệp «\(file)» hợp lệ. Bấm «Xác nhận đăng ký» để ghi nhận."
        case .uploadConfirm: return "Xác nhận đăng ký"
        case .uploadExpired: return "Tệp đã kiểm tra không còn được lưu (quá 30 phút). Vui lòng gửi lại tệp."
        case .uploadUnreadable(let reason): return "Không đọc được tệp: \(reason)"
        case .uploadTooLarge(let megabytes): return "Tệp lớn hơn \(megabytes) MB, cổng thông tin không nhận."
        case .submissionPage: return "Đăng ký của đơn vị"
        case .received(let name): return "Đã nhận đăng ký của «\(name)»."
        case .keepLink:
            return "Hãy lưu lại đường dẫn của trang này: đây là đường dẫn riêng để xem tình trạng đăng ký. "
                + "Ai có đường dẫn đều xem được, vì vậy đừng chia sẻ công khai."
        case .submittedAt(let time): return "Gửi lúc \(Self.vietnamese(time))"
        case .editableUntil(let time):
            return
                "Sửa đăng ký được đến \(Self.vietnamese(time)); sau đó đường dẫn vẫn cho xem trạng thái và giấy tờ"
        case .status: return "Tình trạng"
        case .statusLine(let status): return "Đăng ký gian hàng: \(status.name(vi))"
        case .noBoothRequested: return "Không đăng ký gian hàng."
        case .placedBooths(let booths): return "Gian được xếp: \(booths.joined(separator: ", "))"
        case .placedNotPublished: return "Đã được xếp gian; số gian sẽ hiện khi ban tổ chức công bố sơ đồ."
        case .waitingPosition(let position): return "Vị trí trong danh sách chờ: \(position)"
        case .seeOnPlan: return "Xem trên sơ đồ gian hàng"
        case .registeredDetails: return "Thông tin đã đăng ký"
        case .noProducts: return "Chưa đăng ký sản phẩm."
        case .noDelegates: return "Chưa đăng ký đại biểu."
        case .unknownLink:
            return
                "Đường dẫn không đúng hoặc đăng ký không còn. Vui lòng kiểm tra lại hoặc liên hệ ban tổ chức."
        case .correctionPage: return "Sửa đăng ký"
        case .correctionIntroduction:
            return "Sửa thông tin đã gửi rồi bấm «Lưu sửa đổi». Xoá hết các ô của một sản phẩm hay đại biểu "
                + "để bỏ họ ra; điền vào ô trống để thêm. Sửa đổi được kiểm tra theo đúng các quy tắc như "
                + "lúc đăng ký. Đăng ký đã được xác nhận vẫn giữ trạng thái; ban tổ chức thấy sửa đổi trong "
                + "lịch sử của kế hoạch."
        case .correctUntil(let time): return "Sửa đăng ký (được sửa đến \(Self.vietnamese(time)))"
        case .saveCorrection: return "Lưu sửa đổi"
        case .corrected: return "Đã lưu sửa đổi."
        case .unchanged: return "Không có gì khác với đăng ký đã lưu; chưa lưu gì."
        case .correctionClosed(let time):
            return "Đã hết hạn sửa đăng ký (\(Self.vietnamese(time))); trang này chỉ để xem. "
                + "Cần sửa, vui lòng liên hệ ban tổ chức."
        case .correctionWithdrawn:
            return "Đăng ký này đã rút nên không sửa được nữa; trang này chỉ để xem."
        case .boothRequestConfirmed(let status):
            return
                "Đăng ký gian hàng đã ở trạng thái «\(status.name(vi))»: không bỏ được gian hàng bằng cách "
                + "xoá «Số gian». Muốn rút, vui lòng liên hệ ban tổ chức. Chưa lưu gì."
        case .backToSubmission: return "Quay lại trang đăng ký"
        case .documentsSection: return "Giấy tờ"
        case .documentsHint:
            return
                "Giấy mời và thẻ của đại biểu, thư gửi đơn vị trưng bày khi đã có gian hàng trên sơ đồ công bố."
        case .invitationsDocument: return "Giấy mời đại biểu"
        case .badgesDocument: return "Thẻ đại biểu"
        case .exhibitorLetterDocument: return "Thư gửi đơn vị trưng bày"
        case .pdfUnavailable: return "Bản PDF cần LibreOffice trên máy chủ; hiện chỉ có bản ODT."
        case .sharedWithHint:
            return "Các tổ chức cùng trưng bày trong gian, cách nhau bằng dấu chấm phẩy (;): chỉ tổ chức "
                + "đang đăng ký và các tổ chức ban tổ chức đã xếp cùng gian. Muốn dùng chung gian với tổ "
                + "chức khác, hãy ghi vào «Ghi chú» để ban tổ chức hỏi ý kiến tổ chức đó. Không bắt buộc."
        }
    }

    /// `time` as Vietnamese readers write it: «17:00 ngày 20/12/2026».
    static func vietnamese(_ time: LocalDateTime) -> String {
        "\(time.time) ngày \(time.date.vietnamese)"
    }
}
