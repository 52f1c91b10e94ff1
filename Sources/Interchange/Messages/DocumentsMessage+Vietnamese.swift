import Planning

extension DocumentsMessage {
    /// The wording in Vietnamese.
    var vietnameseText: String {
        switch self {
        case .nationalName: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        case .motto: "Độc lập - Tự do - Hạnh phúc"
        case .number(let number): "Số: " + (number ?? "        /")
        case .placeAndDate(let place, let date):
            "\(place), ngày \(Self.twoDigits(date.day)) tháng \(date.month < 3 ? Self.twoDigits(date.month) : String(date.month)) năm \(date.year)"
        case .recipients: "Nơi nhận:"
        case .recipientsAsAbove: "- Như trên;"
        case .recipientsFile: "- Lưu: VT, BTC."
        case .onBehalfOfOrganisers: "TM. BAN TỔ CHỨC"
        case .defaultSignerTitle: "TRƯỞNG BAN"
        case .signatureHint: "(Ký, ghi rõ họ tên và đóng dấu)"

        case .listEvent(let event, let from, let to): "\(event)\(Self.span(from, to, "từ ngày", "đến ngày"))"
        case .total(let count): "Tổng số: \(count)"

        case .invitationTitle: "GIẤY MỜI"
        case .invitationAbout(let event): "Về việc tham dự \(event)"
        case .invitationOpening(let organiser): "\(organiser) trân trọng kính mời:"
        case .addressee(let honorific, let name):
            "\(honorific?.name(.vietnamese) ?? "Ông/Bà") \(name)"
        case .positionLine(let position): "Chức vụ: \(position)"
        case .unitLine(let unit): "Đơn vị: \(unit)"
        case .attendLine(let event): "Tới dự: \(event)."
        case .roleLine(let role): "Tham dự với tư cách: \(role)."
        case .timeLine(let time): "Thời gian: \(time)."
        case .timeOnDay(let time, let date):
            "\(time), \(date.weekday.name(.vietnamese).lowercased()), ngày \(date.vietnamese)"
        case .placeLine(let place): "Địa điểm: \(place)."
        case .connectionPointLine(let point, let host): "Điểm cầu: \(point) (\(host))."
        case .linkTestLine(let time): "Kiểm tra kỹ thuật đường truyền: \(time)."
        case .technicalContactLine(let name, let phone): "Liên hệ kỹ thuật: \(name), điện thoại \(phone)."
        case .programmeHeading: "Chương trình:"
        case .programmeItem(let start, let end, let title): "- \(start)–\(end): \(title)"
        case .programmeDay(let date): "\(date.weekday.name(.vietnamese)), ngày \(date.vietnamese):"
        case .notScheduled: "(chưa xếp lịch)"
        case .invitationClosing(let honorific):
            "Rất mong \(honorific?.name(.vietnamese) ?? "Ông/Bà") sắp xếp thời gian tới dự./."

        case .noticeTitle: "THÔNG BÁO"
        case .exhibitorAbout(let event): "Về việc bố trí gian hàng tại \(event)"
        case .dear(let name): "Kính gửi: \(name)"
        case .exhibitorOpening(let event):
            "Ban Tổ chức \(event) trân trọng thông báo việc bố trí gian hàng của đơn vị như sau:"
        case .boothsLine(let booths):
            "Gian hàng: \(booths.joined(separator: ", ")) (\(booths.count) gian tiêu chuẩn 3 m × 3 m)."
        case .planExcerptCaption: "Vị trí gian hàng của đơn vị trên sơ đồ (tô màu, viền đỏ đậm):"
        case .noBoothYet: "Đơn vị chưa được bố trí gian hàng; Ban Tổ chức sẽ thông báo sau."
        case .sharingLine(let names): "Các tổ chức cùng gian: \(names.joined(separator: "; "))."
        case .servicesLine(let services): "Dịch vụ đã đăng ký: \(services.joined(separator: ", "))."
        case .setUpLine(let date):
            "Dàn dựng, trang trí gian hàng: \(date.weekday.name(.vietnamese).lowercased()), ngày \(date.vietnamese)."
        case .openingHeading: "Thời gian mở cửa phục vụ khách tham quan:"
        case .openingDay(let date, let opens, let closes):
            "- \(date.weekday.name(.vietnamese)), ngày \(date.vietnamese): \(opens)–\(closes)"
        case .exhibitorClosing:
            "Đề nghị đơn vị hoàn thành dàn dựng trước giờ khai mạc và giữ gian hàng mở cửa đúng giờ quy định./."

        case .fasciaBooth(let booth): "Gian hàng \(booth)"
        case .changesTitle: "THÔNG BÁO THAY ĐỔI"
        case .changesAbout(let kind, let event):
            kind == .boothPlan
                ? "Về việc thay đổi sơ đồ gian hàng tại \(event)" : "Về việc thay đổi chương trình \(event)"
        case .changesOpening: "Ban Tổ chức trân trọng thông báo các thay đổi liên quan như sau:"

        case .badgeRole(let role): role.name(.vietnamese).uppercased()

        case .error(let error): Self.vietnamese(error)
        }
    }

    /// An error in Vietnamese.
    private static func vietnamese(_ error: DocumentsError) -> String {
        switch error {
        case .missingStyle(let reference, let name):
            "Tài liệu dùng \(reference.rawValue) «\(name)» nhưng không khai báo."
        case .nothingToWrite(let kind):
            switch kind {
            case .invitations, .badges: "Kế hoạch chưa có đại biểu nào: không có gì để in, không ghi tệp nào."
            case .exhibitorLetters:
                "Kế hoạch chưa có đơn vị tham gia nào: không có gì để in, không ghi tệp nào."
            case .fascia: "Chưa có gian hàng nào được bố trí: không có bảng tên để in, không ghi tệp nào."
            case .notices: "Không có thay đổi nào để thông báo: không ghi tệp nào."
            case .lists: "Không có danh sách nào để in: không ghi tệp nào."
            }
        case .partyHasNoBooth(let party):
            "«\(party)» chưa có gian hàng nào: không có bảng tên của đơn vị này để in, không ghi tệp nào. "
                + "Hãy xếp gian (fairplan allocate) hoặc giao gian (fairplan move) trước."
        case .libreOfficeMissing:
            "Cần LibreOffice để ghi PDF (không tìm thấy lệnh soffice). Cài đặt: sudo apt-get install "
                + "libreoffice-writer-nogui (Debian/Ubuntu) hoặc brew install --cask libreoffice (macOS); "
                + "hoặc dùng --format odt."
        case .conversionFailed(let file, let detail):
            "LibreOffice không chuyển được «\(file)» sang PDF: \(detail)"
        case .unknownList(let name):
            "Không có danh sách «\(name)»: chọn attendees, exhibitors, products hoặc programme."
        case .noticesNeedPlanFile:
            "Thông báo thay đổi cần tệp kế hoạch có phiên bản đã công bố (--plan), không dùng được kế hoạch mẫu."
        case .optionNotTaken(let option, let kind):
            "Tuỳ chọn \(option) không dùng cho loại giấy tờ \(kind.rawValue)."
        case .unpublishedVersion(let option, let kind, let number, let published):
            "\(option) \(number): \(kind.name(.vietnamese).lowercased()) chưa có phiên bản công bố số \(number) "
                + (published.map {
                    "(đã công bố: \($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)"))."
                }
                    ?? "(chưa công bố phiên bản nào).")
        case .versionsOutOfOrder(let from, let to):
            "--from \(from) sau --to \(to): thông báo đi từ phiên bản công bố trước đến phiên bản sau."
        case .pictureFailed(let detail): "Không vẽ được hình sơ đồ cho giấy tờ: \(detail)"
        case .extensionOfAnotherFormat(let format, let written):
            "Giấy tờ ghi dạng \(format.rawValue) nhưng tên tệp có đuôi .\(written); chương trình mở tệp theo đuôi sẽ "
                + "báo lỗi. Hãy đặt đuôi .\(format.rawValue) hoặc chọn --format \(written)."
        }
    }

    /// A number with at least two digits: `03`.
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// « từ ngày 16/12/2026 đến ngày 18/12/2026», « ngày 16/12/2026» or nothing.
    static func span(_ from: CalendarDate?, _ to: CalendarDate?, _ fromWord: String, _ toWord: String)
        -> String
    {
        guard let from else { return "" }
        guard let to, to != from else {
            return ", \(fromWord.split(separator: " ").last ?? "") \(from.vietnamese)"
        }
        return ", \(fromWord) \(from.vietnamese) \(toWord) \(to.vietnamese)"
    }
}
