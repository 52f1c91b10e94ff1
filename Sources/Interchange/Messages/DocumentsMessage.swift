public import Planning

/// The wording of FairPlan's papers (official lists, invitations, exhibitor letters, fascia
/// boards, change notices, badges) and of their errors, by code, in each ``Language``.
public enum DocumentsMessage: Hashable, Sendable, Localizable {
    // MARK: The heading of an administrative document (Nghị định 30/2020/NĐ-CP)

    /// The national name: «CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM».
    case nationalName
    /// The motto: «Độc lập - Tự do - Hạnh phúc».
    case motto
    /// The document's number line: «Số: 12/GM-LMHTX», or with room to fill in when nil.
    case number(String?)
    /// Place and date: «Hà Nội, ngày 03 tháng 12 năm 2026».
    case placeAndDate(place: String, date: CalendarDate)
    /// «Nơi nhận:».
    case recipients
    /// The recipients' line for the addressee: «- Như trên;».
    case recipientsAsAbove
    /// The recipients' line for the file copy: «- Lưu: VT.».
    case recipientsFile
    /// The signing body: «TM. BAN TỔ CHỨC».
    case onBehalfOfOrganisers
    /// The signer's title when none is given: «TRƯỞNG BAN».
    case defaultSignerTitle
    /// The hint in the signature space: «(Ký, ghi rõ họ tên và đóng dấu)».
    case signatureHint

    // MARK: Lists

    /// The line under a list's title: the event and its dates.
    case listEvent(event: String, from: CalendarDate?, to: CalendarDate?)
    /// «Tổng số: N».
    case total(Int)

    // MARK: Invitations

    /// «GIẤY MỜI».
    case invitationTitle
    /// «Về việc tham dự …».
    case invitationAbout(event: String)
    /// «{organiser} trân trọng kính mời:».
    case invitationOpening(organiser: String)
    /// The addressee with honorific: «Ông Nguyễn Văn An» («Ông/Bà …» when not known).
    case addressee(honorific: Honorific?, name: String)
    /// «Chức vụ: …».
    case positionLine(String)
    /// «Đơn vị: …».
    case unitLine(String)
    /// «Tới dự: …».
    case attendLine(event: String)
    /// «Vai trò: …».
    case roleLine(String)
    /// «Thời gian: …».
    case timeLine(String)
    /// A time on a day: «08:00, thứ Tư, ngày 16/12/2026».
    case timeOnDay(TimeOfDay, CalendarDate)
    /// «Địa điểm: …».
    case placeLine(String)
    /// «Điểm cầu: {point} ({host})».
    case connectionPointLine(point: String, host: String)
    /// «Kiểm tra kỹ thuật đường truyền: …».
    case linkTestLine(String)
    /// «Liên hệ kỹ thuật: {name}, điện thoại {phone}».
    case technicalContactLine(name: String, phone: String)
    /// «Chương trình:».
    case programmeHeading
    /// One programme line: «08:00–08:30: Khai mạc».
    case programmeItem(start: TimeOfDay, end: TimeOfDay, title: String)
    /// The day heading of a programme over several days: «Thứ Ba, ngày 15/12/2026:».
    case programmeDay(CalendarDate)
    /// «(chưa xếp lịch)».
    case notScheduled
    /// The closing sentence of an invitation, addressing the honorific.
    case invitationClosing(honorific: Honorific?)

    // MARK: Exhibitor letters

    /// «THÔNG BÁO».
    case noticeTitle
    /// «Về việc bố trí gian hàng tại …».
    case exhibitorAbout(event: String)
    /// «Kính gửi: …».
    case dear(String)
    /// «Ban Tổ chức … thông báo việc bố trí gian hàng của đơn vị như sau:».
    case exhibitorOpening(event: String)
    /// «Gian hàng: A-01, A-02 (2 gian tiêu chuẩn 3 m × 3 m)».
    case boothsLine([String])
    /// «Đơn vị chưa được bố trí gian hàng; Ban Tổ chức sẽ thông báo sau.».
    case noBoothYet
    /// «Vị trí gian hàng của đơn vị trên sơ đồ (tô màu, viền đỏ đậm):».
    case planExcerptCaption
    /// «Tổ chức cùng gian: …».
    case sharingLine([String])
    /// «Dịch vụ đã đăng ký: …».
    case servicesLine([String])
    /// «Dàn dựng gian hàng: ngày …».
    case setUpLine(CalendarDate)
    /// «Thời gian mở cửa:».
    case openingHeading
    /// One day's opening hours: «Thứ Tư, 16/12/2026: 08:00–21:00».
    case openingDay(CalendarDate, opens: TimeOfDay, closes: TimeOfDay)
    /// «Đề nghị đơn vị hoàn thành dàn dựng trước giờ khai mạc …».
    case exhibitorClosing

    // MARK: Fascia boards and notices

    /// «Gian hàng A-01».
    case fasciaBooth(String)
    /// «THÔNG BÁO THAY ĐỔI».
    case changesTitle
    /// «Về việc thay đổi sơ đồ gian hàng / chương trình …».
    case changesAbout(PublicationKind, event: String)
    /// «Ban Tổ chức thông báo các thay đổi liên quan đến đơn vị như sau:».
    case changesOpening

    // MARK: Badges

    /// «ĐẠI BIỂU» above the name on a badge: the role in capitals.
    case badgeRole(Attendance.Role)

    // MARK: Errors

    /// An error.
    case error(DocumentsError)

    /// The wording in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
