extension PlanningMessage {
    /// The message in Vietnamese.
    var vietnameseText: String {
        switch self {
        case .severity(let severity): Self.vi(severity)
        case .subjectKind(let kind): Self.vi(kind)
        case .subject(let kind, let label, let id): "\(Self.vi(kind)) «\(label)» (\(id))"
        case .entityNoun(let kind): Self.vi(kind)
        case .organisationKind(let kind): Self.vi(kind)
        case .sector(let sector): Self.vi(sector)
        case .registrationStatus(let status): Self.vi(status)
        case .boothState(let state): Self.vi(state)
        case .boothKind(let kind): Self.vi(kind)
        case .boothService(let service): Self.vi(service)
        case .roomLayout(let layout): Self.vi(layout)
        case .agendaKind(let kind): Self.vi(kind)
        case .eventKind(let kind): Self.vi(kind)
        case .attendanceRole(let role): Self.vi(role)
        case .participantRole(let role): Self.vi(role)
        case .connectionPointRole(let role): Self.vi(role)
        case .connectionPointRoleShort(let role): role == .main ? "Chính" : "Thành phần"
        case .issuingLevel(let level): Self.vi(level)
        case .certificateStatus(let status): Self.vi(status)
        case .publicationKind(let kind): Self.vi(kind)
        case .honorific(let honorific): Self.vi(honorific)
        case .productCategory(let category): Self.vi(category)
        case .provinceKind(let kind): kind == .province ? "Tỉnh" : "Thành phố trực thuộc trung ương"
        case .provinceScheme(let scheme):
            scheme == .y2025 ? "34 tỉnh, thành (từ 01/7/2025)" : "63 tỉnh, thành (trước 01/7/2025)"
        case .weekday(let weekday): Self.vi(weekday)
        case .formerProvince(let current, let former): "\(current) (\(former) cũ)"
        case .unknownProductSet(let number): "Bộ sản phẩm số \(number)"
        case .unknownLegacyGroup(let number): "Phân nhóm số \(number)"
        case .rectangle(let width, let depth, let x, let y):
            "\(width.formattedMetres)×\(depth.formattedMetres) m tại (\(x.formattedMetres), \(y.formattedMetres))"
        case .entityNotFound(let kind, let written, let suggestions):
            "Không có \(Self.vi(kind)) «\(written)» trong kế hoạch."
                + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: "; "))?")
        case .entityAmbiguous(let kind, let written, let candidates):
            "«\(written)» ứng với \(candidates.count) \(Self.vi(kind)): "
                + "\(candidates.joined(separator: "; ")); hãy ghi mã (id)"
                + (kind == .organisation
                    ? " hoặc mã số HTX/MST."
                    : PlanningMessage.sameNames(candidates) ? "." : " hoặc tên đầy đủ.")
        case .registrationMoveRefused(let from, let to):
            "Không thể chuyển đăng ký từ «\(Self.vi(from))» sang «\(Self.vi(to))»: "
                + (from.allowedNext.isEmpty
                    ? "đăng ký đã rút là trạng thái cuối, đơn vị muốn tham gia lại phải đăng ký mới"
                    : "chỉ có thể chuyển sang "
                        + from.allowedNext.map { "«\(Self.vi($0))»" }.joined(separator: ", ")) + "."
        case .undecodableRegistrationCode(let text): "Mã số không hợp lệ: \(text)"
        case .undecodableDate(let text): "Không phải ngày theo ISO 8601 (YYYY-MM-DD): \(text)"
        case .eventWithoutDays: "Sự kiện chưa có ngày tổ chức."
        case .eventInvertedHours(let date, let opens, let closes):
            "Ngày \(date.vietnamese): giờ đóng cửa \(closes) không sau giờ mở cửa \(opens)."
        case .eventDuplicateDay(let date, let count): "Ngày \(date.vietnamese) được khai báo \(count) lần."
        case .malformedPhone(let phone, let contact):
            "Số điện thoại «\(phone)» của \(contact) không đúng dạng số Việt Nam (10 chữ số với di động, 11 với máy bàn)."
        case .malformedEmail(let email, let contact):
            "Địa chỉ thư điện tử «\(email)» của \(contact) không hợp lệ."
        case .unknownProvince(let written, let suggestions):
            "Không nhận ra tỉnh/thành phố «\(written)»."
                + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?")
        case .malformedRegistrationCode(let written):
            "Mã số «\(written)» không hợp lệ: cần 10 chữ số, chi nhánh thêm «-NNN»."
        case .missingRegistrationCode(let kind): "\(Self.vi(kind)) chưa có mã số HTX/mã số thuế."
        case .tooFewMembers(let kind, let members, let minimum):
            "\(Self.vi(kind)) có \(members) thành viên, luật yêu cầu tối thiểu \(minimum)."
        case .nameDoesNotMatchKind(let name, let prefix):
            "Tên «\(name)» không bắt đầu bằng «\(prefix)» như loại hình đã khai."
        case .sectorDoesNotMatchKind(let sector, let kind):
            "Lĩnh vực «\(Self.vi(sector))» không khớp loại hình «\(Self.vi(kind))»."
        case .unknownMemberOrganisation(let member): "Thành viên «\(member)» chưa được đăng ký."
        case .duplicateRegistrationCode(let code, let otherName, let otherID):
            "Mã số \(code) trùng với «\(otherName)» (\(otherID)): đăng ký hai lần."
        case .possibleDuplicateOrganisation(let otherName, let otherID):
            "Trùng tên và tỉnh với «\(otherName)» (\(otherID)): kiểm tra đăng ký trùng."
        case .unknownProductOwner(let owner): "Chủ thể «\(owner)» của sản phẩm chưa được đăng ký."
        case .unclassifiedProduct: "Sản phẩm chưa có nhóm/bộ sản phẩm OCOP."
        case .duplicateProduct(let otherName, let otherID):
            "Sản phẩm trùng với «\(otherName)» (\(otherID)) của cùng chủ thể."
        case .starsOutOfRange(let stars): "Hạng \(stars) sao không được công nhận OCOP (chỉ 3, 4 hoặc 5 sao)."
        case .certificateNotYetValid(let number, let date, let firstDay):
            "Quyết định \(number) ngày \(date.vietnamese) có sau ngày khai mạc \(firstDay.vietnamese): "
                + "chưa có hiệu lực."
        case .certificateExpired(let number, let date, let invalidFrom):
            "Chứng nhận OCOP (\(number) ngày \(date.vietnamese)) hết hiệu lực từ \(invalidFrom.vietnamese): "
                + "cần tái công nhận trước khi trưng bày là sản phẩm OCOP."
        case .certificateExpiresDuringEvent(let number, let date, let validUntil):
            "Chứng nhận OCOP (\(number) ngày \(date.vietnamese)) hết hiệu lực ngày \(validUntil.vietnamese), "
                + "giữa thời gian sự kiện."
        case .certificateRenewalDue(let validUntil):
            "Chứng nhận OCOP hết hiệu lực ngày \(validUntil.vietnamese): nhắc chủ thể tái công nhận."
        case .issuingLevelMismatch(let stars, let date, let expected, let actual):
            "Sản phẩm \(stars) sao công nhận ngày \(date.vietnamese) phải do \(Self.vi(expected)) "
                + "công nhận, nhưng ghi \(Self.vi(actual))."
        case .malformedDecisionNumber(let number):
            "Số quyết định «\(number)» không đúng dạng «2919/QĐ-UBND»."
        case .criteriaBasisMismatch(let classification, let basis):
            "Phân nhóm «\(classification.name(.vietnamese))» không thuộc bộ tiêu chí \(basis)."
        case .personWithoutName: "Chưa có tên (tên gọi) của người này."
        case .birthDateImplausible(let date, let firstDay, let years):
            "Ngày sinh \(date.vietnamese) không hợp lý: phải trước ngày khai mạc \(firstDay.vietnamese) và không quá "
                + "\(years) năm trước đó; có lẽ năm sinh bị gõ nhầm."
        case .unknownPersonOrganisation(let organisation): "Đơn vị «\(organisation)» chưa được đăng ký."
        case .duplicatePerson(let otherName, let otherID):
            "Trùng với «\(otherName)» (\(otherID)): cùng số điện thoại hoặc thư điện tử."
        case .unknownAttendee(let person): "Người «\(person)» chưa được đăng ký."
        case .unknownAttendancePoint(let point): "Điểm cầu «\(point)» chưa được khai báo."
        case .duplicateAttendance: "Người này có tên hai lần trong danh sách đại biểu."
        case .unknownPartyOrganisation(let organisation):
            "Tổ chức «\(organisation)» của đơn vị tham gia chưa được đăng ký."
        case .partyWithoutRequest: "Đơn vị chưa đăng ký gian hàng."
        case .unknownRequestParty(let party): "Đơn vị «\(party)» chưa được đăng ký."
        case .invalidBoothCount(let wanted): "Số gian hàng đăng ký phải từ 1 trở lên (đang là \(wanted))."
        case .unknownSharingOrganisation(let organisation):
            "Tổ chức «\(organisation)» cùng gian hàng chưa được đăng ký."
        case .sharingOutsideProvince(let organisation, let province):
            "«\(organisation)» thuộc \(province.text(.vietnamese)), không cùng tỉnh với gian hàng tỉnh."
        case .unknownRequestProduct(let product): "Sản phẩm «\(product)» chưa được đăng ký."
        case .productOwnerNotSharing(let product):
            "Chủ thể của sản phẩm «\(product)» không có trong danh sách cùng gian hàng."
        case .coldChainNotRequested: "Có sản phẩm tươi sống nhưng chưa đăng ký nước hoặc kho lạnh."
        case .organisationInTwoParties(let parties):
            "Đăng ký tham gia với nhiều đơn vị: \(parties.joined(separator: "; "))."
        case .demandExceedsVenue(let demand, let supply):
            "Đăng ký \(demand) gian hàng, địa điểm chỉ có \(supply) gian: "
                + "\(demand - supply) gian sẽ vào danh sách chờ."
        case .duplicateHall(let id, let count): "Mã nhà triển lãm «\(id)» dùng \(count) lần."
        case .duplicateRoom(let id, let count): "Mã phòng «\(id)» dùng \(count) lần."
        case .duplicateBoothCode(let code, let count): "Mã gian hàng «\(code)» xuất hiện \(count) lần."
        case .degenerateBooth(let rect): "Gian hàng có kích thước không hợp lệ: \(rect.text(.vietnamese))."
        case .boothInUnknownHall(let hall): "Gian hàng thuộc nhà «\(hall)» không có trong địa điểm."
        case .boothOutsideHall(let rect, let hallName, let width, let depth):
            "Gian hàng (\(rect.text(.vietnamese))) nằm ngoài \(hallName) "
                + "(\(width.formattedMetres)×\(depth.formattedMetres) m)."
        case .overlappingBooths(let booth, let other): "Gian hàng \(booth) chồng lấn gian hàng \(other)."
        case .roomWithoutCapacity: "Phòng chưa có sức chứa (số chỗ ngồi)."
        case .unknownZone(let zone): "Gian hàng thuộc khu «\(zone)» không có trong địa điểm."
        case .boothInAisle(let booth, let aisle): "Gian hàng \(booth) lấn vào lối đi «\(aisle)»."
        case .zoneWithoutBooths(let zone): "Khu «\(zone)» không có gian hàng nào."
        case .featureOutsideHall(let feature, let id, let hall):
            "\(Self.vi(feature)) «\(id)» nằm ngoài nhà «\(hall)» hoặc nhà không tồn tại."
        case .assignmentToUnknownBooth(let booth): "Gian hàng «\(booth)» không có trong sơ đồ địa điểm."
        case .boothAssignedTwice(let parties):
            "Gian hàng được phân cho nhiều đơn vị: \(parties.joined(separator: "; "))."
        case .blockedBoothAssigned: "Gian hàng không sử dụng nhưng đã được phân."
        case .boothCountMismatch(let wanted, let assigned):
            "Đăng ký \(wanted) gian, được phân \(assigned) gian."
        case .missingBoothService(let services, let party):
            "Gian hàng thiếu dịch vụ \(services.map { Self.vi($0) }.joined(separator: ", ")) "
                + "mà «\(party)» cần."
        case .boothsNotContiguous(let booths):
            "Các gian hàng \(booths.joined(separator: ", ")) không liền nhau."
        case .mainPointNotLinked(let main):
            "Phiên kết nối điểm cầu thành phần nhưng không kết nối điểm cầu chính «\(main)», nơi phát phiên đi; "
                + "điểm cầu chính cần có trong danh sách kết nối (để lịch thử đường truyền và giấy mời đúng)."
        case .mainConnectionPointCount(let count):
            "Hội nghị trực tuyến cần đúng một điểm cầu chính (đang có \(count))."
        case .missingTechnicalContact: "Điểm cầu chưa có cán bộ kỹ thuật với số điện thoại hợp lệ."
        case .availabilityOutsideEvent(let span):
            "Giờ sẵn sàng \(span.description) không trùng giờ mở cửa của ngày nào trong sự kiện; có lẽ ngày bị gõ nhầm."
        case .unknownChair(let chair): "Người chủ trì «\(chair)» chưa được đăng ký."
        case .connectionPointOverCapacity(let attendees, let capacity):
            "\(attendees) đại biểu dự tại điểm cầu, hội trường chỉ có \(capacity) chỗ."
        case .invalidDuration: "Thời lượng phải lớn hơn 0 phút."
        case .longerThanEveryDay(let minutes, let longestDay):
            "Phiên dài \(minutes) phút, hơn cả ngày dài nhất của sự kiện (\(longestDay) phút giờ mở cửa): "
                + "không xếp được vào ngày nào. Hãy rút ngắn phiên hoặc chia thành nhiều phiên."
        case .timingOutsideEvent(.fixed(let start), let minutes):
            "Giờ bắt đầu bắt buộc \(start) (phiên dài \(minutes) phút) nằm ngoài ngày và giờ mở cửa của sự kiện: "
                + "không xếp được. Hãy sửa giờ bắt đầu (--fixed) cho khớp ngày, giờ của sự kiện."
        case .timingOutsideEvent(.window(let window), let minutes):
            "Khung thời gian \(window) không chứa được \(minutes) phút nào trong ngày và giờ mở cửa của sự kiện: "
                + "không xếp được. Hãy sửa khung (--window) cho khớp ngày, giờ của sự kiện."
        case .timingOutsideEvent(.free, _): "Phiên xếp được vào bất kỳ giờ mở cửa nào của sự kiện."
        case .orderCycle(let sessions):
            "Các phiên phải diễn ra sau nhau thành vòng tròn: "
                + (sessions + sessions.prefix(1)).map { "«\($0)»" }.joined(separator: " → ")
                + " (mỗi phiên sau phiên trước nó): không phiên nào bắt đầu được. Hãy bỏ một điều kiện --after."
        case .severalAtOneEnd(let last, let sessions):
            "Nhiều phiên cùng phải diễn ra \(last ? "cuối cùng (--last)" : "đầu tiên (--first)"): "
                + sessions.map { "«\($0)»" }.joined(separator: ", ")
                + "; chỉ một phiên làm được điều đó. Hãy giữ \(last ? "--last" : "--first") ở một phiên và "
                + "dùng --after cho các phiên khác."
        case .firstAfter(let session, let predecessor):
            "Phiên «\(session)» phải diễn ra đầu tiên (--first) nhưng lại phải sau phiên «\(predecessor)» "
                + "(--after): không thể. Hãy bỏ một trong hai điều kiện: --first (khi sửa phiên: --no-first), hoặc «\(predecessor)» khỏi --after."
        case .afterLast(let session, let last):
            "Phiên «\(session)» phải sau phiên «\(last)» (--after), nhưng «\(last)» phải diễn ra cuối cùng "
                + "(--last): không thể. Hãy bỏ một trong hai điều kiện: --last của phiên «\(last)» (khi sửa phiên: --no-last), hoặc «\(last)» khỏi --after của phiên «\(session)»."
        case .firstAndLast(let session):
            "Phiên «\(session)» vừa phải diễn ra đầu tiên (--first) vừa phải cuối cùng (--last) trong khi còn "
                + "phiên khác: không thể. Hãy bỏ --first hoặc --last (khi sửa phiên: --no-first hoặc --no-last)."
        case .unknownSessionReference(let kind, let id):
            "Tham chiếu tới \(Self.vi(kind)) «\(id)» chưa được đăng ký."
        case .unscheduledSession: "Phiên chưa được xếp lịch."
        case .connectionPointUnavailable(let point, let range): "\(point) không sẵn sàng trong \(range)."
        case .unknownRoom(let room): "Phòng «\(room)» không có trong địa điểm."
        case .roomTooSmall(let room, let capacity, let audience):
            "\(room) có \(capacity) chỗ, phiên cần \(audience) chỗ."
        case .roomWithoutVideoLink(let room):
            "Phiên nối điểm cầu nhưng \(room) không có thiết bị truyền hình trực tuyến."
        case .sessionOutsideHours(let range): "Phiên (\(range)) nằm ngoài giờ làm việc của sự kiện."
        case .fixedTimeMoved(let fixed, let scheduled):
            "Phiên cố định lúc \(fixed) nhưng được xếp lúc \(scheduled)."
        case .outsideWindow(let window, let scheduled):
            "Phiên phải nằm trong khung \(window), đang xếp \(scheduled)."
        case .roomDoubleBooked(let room, let first, let second):
            "Phòng «\(room)» có hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .personDoubleBooked(let person, let first, let second):
            "\(person) có mặt ở hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .connectionPointDoubleBooked(let point, let first, let second):
            "\(point) được nối với hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .sessionMustBeFirst(let earlier):
            "Sai thứ tự: phiên phải diễn ra trước mọi phiên khác (xong trước khi phiên nào khác bắt đầu), nhưng «\(earlier)» bắt đầu trước khi phiên này kết thúc."
        case .sessionMustBeLast(let later):
            "Sai thứ tự: phiên phải diễn ra sau mọi phiên khác (bắt đầu khi mọi phiên khác đã xong), nhưng «\(later)» kết thúc sau khi phiên này bắt đầu."
        case .sessionMustFollow(let session): "Sai thứ tự: phiên phải sau phiên «\(session)»."
        case .linkTestLeadTime(let minutes, let sessionStart, let availableFrom):
            "Cần \(minutes) phút thử đường truyền trước \(sessionStart), "
                + "nhưng điểm cầu chưa sẵn sàng từ \(availableFrom)."
        case .summaryEventLine(let kind, let organiser, let province, let firstDay, let lastDay):
            "\(Self.vi(kind)) · \(organiser) · \(province) · "
                + "\(Self.daySpan(firstDay, lastDay) ?? "chưa có ngày") (giờ Việt Nam, UTC+07:00)"
        case .summaryOrganisationsHeading(let total):
            "TỔ CHỨC ĐĂNG KÝ THEO TỈNH/THÀNH PHỐ VÀ LOẠI HÌNH (\(total) tổ chức)"
        case .summaryProductsHeading(let total): "SẢN PHẨM THEO NHÓM (\(total) sản phẩm)"
        case .summaryInvalidCertificates(let count):
            "Chứng nhận OCOP không còn hiệu lực vào ngày khai mạc: \(count) sản phẩm"
        case .summaryClustersHeading: "ĐĂNG KÝ GIAN HÀNG THEO CỤM THI ĐUA"
        case .summaryBoothsRequested(let requested, let available):
            "Tổng gian hàng đăng ký: \(requested); địa điểm có \(available) gian cho thuê."
        case .summaryStandardBoothsRequested(let requested):
            "Tổng gian hàng đăng ký: \(requested) gian tiêu chuẩn (3 m × 3 m)."
        case .summaryConferenceHeading: "ĐIỂM CẦU VÀ CHƯƠNG TRÌNH"
        case .summaryFindingsHeading(let errors, let warnings, let notes):
            "KẾT QUẢ KIỂM TRA: \(errors) lỗi, \(warnings) cảnh báo, \(notes) lưu ý"
        case .noProblemsFound: "Không phát hiện vấn đề."
        case .severityGroup(let severity, let count): "\(Self.vi(severity)) (\(count)):"
        case .moreItems(let count): "… và \(count) mục khác."
        case .starRating(let stars): "\(stars) sao"
        case .notRecognised: "Chưa/không được công nhận"
        case .unclassified: "Chưa phân nhóm"
        case .otherCluster: "Khác"
        case .notScheduled: "chưa xếp"
        case .columnProvince: "Tỉnh/TP"
        case .columnTotal: "Tổng"
        case .rowSum: "Cộng"
        case .columnProductGroup: "Nhóm sản phẩm"
        case .columnCount: "Số lượng"
        case .columnShare: "Tỷ lệ"
        case .columnRating: "Hạng OCOP"
        case .columnCluster: "Cụm/nhóm đăng ký"
        case .columnOrganisations: "Tổ chức"
        case .columnProducts: "Sản phẩm"
        case .columnBooths: "Gian hàng"
        case .columnProductMix: "Cơ cấu sản phẩm"
        case .columnConnectionPoint: "Điểm cầu"
        case .columnRole: "Vai trò"
        case .columnCapacity: "Sức chứa"
        case .columnAttendees: "Đại biểu"
        case .columnTechnician: "Kỹ thuật"
        case .columnTime: "Thời gian"
        case .columnContent: "Nội dung"
        case .columnRoom: "Phòng"
        case .columnLinkedPoints: "Điểm cầu nối"
        case .columnBoothKind: "Loại gian"
        case .columnBoothCount: "Số gian"
        case .columnZone: "Khu"
        case .columnSeats: "Chỗ ngồi"
        case .columnLayout: "Bố trí"
        case .columnVideoLink: "Truyền hình trực tuyến"
        case .venueHalls(let halls):
            "Nhà triển lãm: "
                + (halls.isEmpty
                    ? "không có"
                    : halls.map { "\($0.name) (\($0.width.formattedMetres)×\($0.depth.formattedMetres) m)" }
                        .joined(separator: ", "))
        case .venueBooths(let total, let lettable, let blocked, let mainAisle):
            "Gian hàng: \(total), cho thuê \(lettable), không sử dụng \(blocked), mặt tiền lối đi chính \(mainAisle)"
        case .venueServices(let counts):
            "Dịch vụ tại gian: "
                + BoothService.allCases.map { "\(Self.vi($0)) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        case .venueNoRooms: "Phòng họp: không có"
        case .venueRooms(let count, let seats): "Phòng họp: \(count), tổng \(seats) chỗ ngồi"
        case .noZone: "Không thuộc khu"
        case .yes: "có"
        case .no: "không"
        case .changeLogHeading(let kind, let from, let to):
            "\(Self.vi(kind)): thay đổi "
                + (from.map { "từ phiên bản \($0)" } ?? "từ khi chưa công bố") + " "
                + (to.map { "đến phiên bản \($0)" } ?? "đến bản hiện tại (chưa công bố)")
        case .noChanges: "Không có thay đổi."
        case .partiesMoved(let count): "Đơn vị chuyển gian (\(count)):"
        case .partiesAdded(let count): "Đơn vị mới được xếp gian (\(count)):"
        case .partiesRemoved(let count): "Đơn vị không còn gian hàng (\(count)):"
        case .previously(let before): "trước đây: \(before)"
        case .boothsFreed(let booths):
            "Gian hàng được trả lại (\(booths.count)): \(booths.joined(separator: ", "))"
        case .boothsTaken(let booths):
            "Gian hàng mới được phân (\(booths.count)): \(booths.joined(separator: ", "))"
        case .sessionsMoved(let count): "Nội dung đổi giờ hoặc phòng (\(count)):"
        case .sessionsRelinked(let count): "Nội dung đổi điểm cầu kết nối (\(count)):"
        case .pointsLinked(let names): "thêm kết nối với \(names.map { "«\($0)»" }.joined(separator: ", "))"
        case .pointsUnlinked(let names): "bỏ kết nối với \(names.map { "«\($0)»" }.joined(separator: ", "))"
        case .sessionsAdded(let count): "Nội dung mới (\(count)):"
        case .sessionsRemoved(let count): "Nội dung bỏ khỏi chương trình (\(count)):"
        case .programmeSlot(let time, let room):
            "\(time.map(\.description) ?? "chưa xếp giờ"), \(room ?? "chưa xếp phòng")"
        }
    }

    /// A time span between two days, when there are days: `16/12/2026 – 18/12/2026`.
    static func daySpan(_ first: CalendarDate?, _ last: CalendarDate?) -> String? {
        guard let first else { return last?.vietnamese }
        guard let last, last != first else { return first.vietnamese }
        return "\(first.vietnamese) – \(last.vietnamese)"
    }

    private static func vi(_ severity: Severity) -> String {
        switch severity {
        case .error: "Lỗi"
        case .warning: "Cảnh báo"
        case .info: "Lưu ý"
        }
    }

    private static func vi(_ kind: Subject.Kind) -> String {
        switch kind {
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

    private static func vi(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: "tổ chức"
        case .product: "sản phẩm"
        case .person: "người"
        case .party: "đơn vị tham gia"
        case .connectionPoint: "điểm cầu"
        case .session: "phiên"
        case .room: "phòng"
        case .cluster: "cụm thi đua có đơn vị tham gia"
        case .productSet: "bộ sản phẩm OCOP"
        }
    }

    private static func vi(_ kind: OrganisationKind) -> String {
        switch kind {
        case .cooperativeGroup: "Tổ hợp tác"
        case .cooperative: "Hợp tác xã"
        case .cooperativeUnion: "Liên hiệp hợp tác xã"
        case .peoplesCreditFund: "Quỹ tín dụng nhân dân"
        case .enterprise: "Doanh nghiệp"
        case .householdBusiness: "Hộ kinh doanh"
        }
    }

    private static func vi(_ sector: Sector) -> String {
        switch sector {
        case .agricultural: "Nông nghiệp"
        case .nonAgricultural: "Phi nông nghiệp"
        case .credit: "Tín dụng"
        }
    }

    private static func vi(_ status: RegistrationStatus) -> String {
        switch status {
        case .pending: "Chờ xác nhận"
        case .confirmed: "Đã xác nhận"
        case .placed: "Đã xếp gian"
        case .waitlisted: "Danh sách chờ"
        case .withdrawn: "Đã rút"
        }
    }

    private static func vi(_ state: BoothState) -> String {
        switch state {
        case .available: "Còn trống"
        case .held: "Đang giữ chỗ"
        case .assigned: "Đã phân"
        case .blocked: "Không sử dụng"
        }
    }

    private static func vi(_ kind: BoothKind) -> String {
        switch kind {
        case .standard: "Tiêu chuẩn"
        case .corner: "Góc"
        case .island: "Đảo"
        case .rawSpace: "Đất trống"
        }
    }

    private static func vi(_ service: BoothService) -> String {
        switch service {
        case .power: "Điện"
        case .water: "Nước"
        case .coldStorage: "Kho lạnh"
        }
    }

    private static func vi(_ layout: RoomLayout) -> String {
        switch layout {
        case .theatre: "Hội trường"
        case .classroom: "Lớp học"
        case .uShape: "Chữ U"
        case .boardroom: "Bàn họp"
        case .banquet: "Bàn tròn"
        }
    }

    private static func vi(_ feature: VenueFeatureKind) -> String {
        switch feature {
        case .zone: "Khu"
        case .aisle: "Lối đi"
        case .entrance: "Lối vào"
        }
    }

    private static func vi(_ kind: AgendaKind) -> String {
        switch kind {
        case .opening: "Khai mạc"
        case .report: "Báo cáo"
        case .contribution: "Tham luận"
        case .directiveSpeech: "Phát biểu chỉ đạo"
        case .discussion: "Thảo luận"
        case .emulationReview: "Bình xét thi đua"
        case .pactSigning: "Ký kết giao ước thi đua"
        case .clusterLeaderElection: "Bầu cụm trưởng"
        case .awards: "Trao khen thưởng"
        case .matchmaking: "Kết nối cung cầu"
        case .siteVisit: "Tham quan mô hình"
        case .cultural: "Văn hóa, thể thao"
        case .break: "Giải lao"
        case .closing: "Bế mạc"
        }
    }

    private static func vi(_ kind: EventKind) -> String {
        switch kind {
        case .fair: "Hội chợ"
        case .conference: "Hội nghị"
        case .hybridConference: "Hội nghị trực tiếp kết hợp trực tuyến"
        }
    }

    private static func vi(_ role: Attendance.Role) -> String {
        switch role {
        case .chair: "Chủ trì"
        case .guest: "Khách mời"
        case .delegate: "Đại biểu"
        case .speaker: "Báo cáo viên"
        case .organiser: "Ban tổ chức"
        case .technician: "Kỹ thuật"
        case .press: "Phóng viên"
        }
    }

    private static func vi(_ role: SessionParticipant.Role) -> String {
        switch role {
        case .chair: "Chủ trì"
        case .speaker: "Trình bày"
        case .moderator: "Điều hành"
        case .guest: "Khách mời"
        }
    }

    private static func vi(_ role: ConnectionPointRole) -> String {
        switch role {
        case .main: "Điểm cầu chính"
        case .satellite: "Điểm cầu thành phần"
        }
    }

    private static func vi(_ level: IssuingLevel) -> String {
        switch level {
        case .district: "cấp huyện"
        case .province: "cấp tỉnh"
        case .central: "cấp trung ương"
        }
    }

    private static func vi(_ status: CertificateStatus) -> String {
        switch status {
        case .valid: "Còn hiệu lực"
        case .expired: "Hết hiệu lực"
        case .notYetValid: "Chưa có hiệu lực"
        }
    }

    private static func vi(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "Sơ đồ gian hàng"
        case .programme: "Chương trình"
        }
    }

    private static func vi(_ honorific: Honorific) -> String {
        switch honorific {
        case .mr: "Ông"
        case .mrs: "Bà"
        case .comrade: "Đồng chí"
        }
    }

    private static func vi(_ category: ProductCategory) -> String {
        switch category {
        case .agriFood: "Nông sản thực phẩm"
        case .beverages: "Đồ uống"
        case .herbal: "Thảo dược"
        case .handicraft: "Thủ công mỹ nghệ"
        case .ornamental: "Sinh vật cảnh"
        case .tourismService: "Dịch vụ du lịch"
        }
    }

    private static func vi(_ weekday: CalendarDate.Weekday) -> String {
        switch weekday {
        case .monday: "Thứ Hai"
        case .tuesday: "Thứ Ba"
        case .wednesday: "Thứ Tư"
        case .thursday: "Thứ Năm"
        case .friday: "Thứ Sáu"
        case .saturday: "Thứ Bảy"
        case .sunday: "Chủ nhật"
        }
    }
}
