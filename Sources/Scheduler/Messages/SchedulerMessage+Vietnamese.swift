import Planning

extension SchedulerMessage {
    /// The message in Vietnamese, as organisers read it.
    var vietnameseText: String {
        switch self {
        // MARK: Errors
        case .invalidInstance(let problems):
            (["Dữ liệu đầu vào không hợp lệ:"] + problems.map { "  - \(Self.vietnamese($0))" })
                .joined(separator: "\n")
        case .instanceProblem(let problem):
            Self.vietnamese(problem)
        case .unknownReference(let kind, let identifier):
            "Không tìm thấy \(Self.vietnamese(kind)) “\(identifier)”."

        // MARK: Booth allocation
        case .unplacedReason(let reason):
            Self.vietnamese(reason)
        case .boothComponent(let kind):
            Self.vietnamese(kind)
        case .allocationTitle(let title):
            "Phân gian hàng: \(title)"
        case .allocationSummary(let placed, let parties, let booths, let waiting):
            "Đã xếp \(placed)/\(parties) đơn vị vào \(booths) gian; \(waiting) đơn vị trong danh sách chờ."
        case .allocationRun(let seed, let iterations, let stoppedBy):
            "Hạt giống \(seed), \(iterations) vòng tìm kiếm, dừng vì \(Self.vietnamese(stoppedBy))."
        case .allocationMayNotRepeat(let iterations):
            "Lưu ý: tìm kiếm bị dừng vì hết thời gian sau \(iterations) vòng, nên chạy lại với cùng hạt giống "
                + "có thể cho kết quả khác; tăng --time-limit hoặc giảm --iterations để kết quả lặp lại được."
        case .allocationSearchHelp:
            "Số vòng tìm kiếm: nhỏ hơn giữa --iterations và số vòng theo quy mô (số đơn vị × số gian cho thuê, "
                + "từ 20.000 đến 1.000.000); dừng sớm khi 4 đợt liên tiếp (ít nhất 20.000 vòng) không tìm được phương án tốt hơn. "
                + "Cùng hạt giống và số vòng luôn cho cùng kết quả, và nhiều vòng hơn không bao giờ cho kết quả kém hơn. "
                + "--time-limit chỉ là giới hạn an toàn: khi bị dừng vì hết thời gian, kết quả có thể không lặp lại."
        case .placedPartiesHeading: "Đơn vị đã xếp gian:"
        case .columnNumber: "STT"
        case .columnParty: "Đơn vị"
        case .columnProvince: "Tỉnh/TP"
        case .columnBoothCount: "Số gian"
        case .columnBooths: "Gian hàng"
        case .columnZones: "Khu"
        case .columnComponent: "Thành phần"
        case .columnValue: "Giá trị"
        case .columnWeight: "Trọng số"
        case .columnPoints: "Điểm"
        case .partyWithFixedBooths(let party): "\(party) (giữ/ghim)"
        case .noneListed: "(không có)"
        case .scoreByComponentHeading: "Điểm theo thành phần:"
        case .totalScoreRow: "Tổng điểm"
        case .upperBoundLine(let bound, let reached, let gap):
            "Cận trên của tổng điểm: \(bound) (không sơ đồ nào vượt được; tính bằng bài toán vận tải nới lỏng). "
                + "Sơ đồ này đạt \(reached)% cận trên, cách \(gap)%."
        case .waitingListEmpty: "Danh sách chờ: không có, mọi đơn vị đều đã được xếp gian."
        case .waitingListHeading: "Danh sách chờ:"
        case .waitingListEntry(let position, let party, let province, let booths, let reason):
            "\(position). \(party) (\(province), cần \(booths) gian): \(Self.vietnamese(reason))"

        // MARK: Booth plan check
        case .boothPlanClean: "Sơ đồ gian hàng không có vi phạm nào."
        case .boothFindingCounts(let hard, let soft): "Vi phạm bắt buộc: \(hard); lưu ý: \(soft)."
        case .findingSeverity(let hard): hard ? "BẮT BUỘC" : "lưu ý"
        case .totalScoreLine(let score): "Tổng điểm: \(score.scoreText(in: .vietnamese))"
        case .unknownBooth(let booth): "Gian «\(booth)» không có trong sơ đồ địa điểm."
        case .unknownParty(let booth, let party):
            "Gian \(booth): đơn vị «\(party)» không có đăng ký gian hàng."
        case .withdrawnParty(let booth, let party): "Gian \(booth): đơn vị «\(party)» đã rút đăng ký."
        case .boothListedTwice(let booth, let party): "Gian \(booth) ghi hai lần cho \(party)."
        case .boothGivenTwice(let booth, let first, let second):
            "Gian \(booth) giao cho hai đơn vị: \(first) và \(second)."
        case .blockedBooth(let booth, let party):
            "Gian \(booth) không sử dụng được (bị chặn) nhưng giao cho \(party)."
        case .closedZone(let booth, let party):
            "Gian \(booth) thuộc khu không cho thuê nhưng giao cho \(party)."
        case .foodNotAllowed(let party, let booth):
            "\(party) có hàng thực phẩm nhưng gian \(booth) thuộc khu không cho phép bán thực phẩm."
        case .wrongZone(let booth, let province, let zones):
            "Gian \(booth) nằm ngoài khu quy định cho \(province) (\(zones.joined(separator: ", ")))."
        case .pinNotKept(let booth, let party):
            "Gian \(booth) đã ghim cho \(party) nhưng sơ đồ không giao cho đơn vị này."
        case .holdNotKept(let booth, let party):
            "Gian \(booth) đang giữ chỗ cho \(party) nhưng sơ đồ không giao cho đơn vị này."
        case .partyNotPlaced(let party, let booths): "\(party) chưa được xếp gian (cần \(booths) gian)."
        case .fewerBoothsThanWanted(let party, let given, let wanted):
            "\(party) được \(given) gian, ít hơn \(wanted) gian đăng ký."
        case .moreBoothsThanWanted(let party, let given, let wanted):
            "\(party) được \(given) gian, nhiều hơn \(wanted) gian đăng ký."
        case .blockNotConnected(let party, let booths):
            "Các gian của \(party) (\(booths.joined(separator: ", "))) không liền một khối."
        case .blockNotStraight(let party, let booths, let wanted, let straightRunFree):
            straightRunFree
                ? "Các gian của \(party) (\(booths.joined(separator: ", "))) liền khối nhưng không thẳng một dãy, "
                    + "dù vẫn còn \(wanted) gian thẳng hàng trống phù hợp."
                : "Các gian của \(party) (\(booths.joined(separator: ", "))) liền khối nhưng không thẳng một dãy "
                    + "(không còn \(wanted) gian thẳng hàng trống phù hợp)."
        case .serviceMissing(let party, let service):
            "Các gian của \(party) không có \(Self.vietnamese(service))."
        case .sameProductNeighbours(let first, let second, let productSets):
            "\(first) và \(second) đứng cạnh nhau cùng bán \(productSets.joined(separator: ", "))."
        case .pavilionSplit(let province, let parties):
            "\(parties) đơn vị của \(province) không đứng liền thành một khu."
        case .outsidePreferredZone(let party):
            "Không gian nào của \(party) nằm trong khu theo ngành hàng hoặc nguyện vọng."
        case .outsideRegionalPavilion(let party, let pavilion, let booths) where booths.count == 1:
            "\(party) đứng ngoài \(pavilion) (khu của vùng mình) trong khi gian \(booths[0]) ở đó còn trống hoặc thuộc đơn vị được xét sau."
        case .outsideRegionalPavilion(let party, let pavilion, let booths):
            "\(party) đứng ngoài \(pavilion) (khu của vùng mình) trong khi \(booths.count) gian liền nhau ở đó (\(booths.joined(separator: ", "))) còn trống hoặc thuộc đơn vị được xét sau."
        case .primeBoothOrder(let holder, let holderStars, let other, let otherStars):
            "\(holder) (\(holderStars) sao) có gian góc/mặt lối chính trong khi \(other) (\(otherStars) sao) không có."
        case .droppedFromPublished(let party, let booths):
            "\(party) có trong sơ đồ đã công bố (\(booths.joined(separator: ", "))) nhưng nay chưa được xếp."
        case .movedFromPublished(let party, let from, let to):
            "\(party) chuyển từ \(from.joined(separator: ", ")) sang \(to.joined(separator: ", "))."

        // MARK: Timetable issues
        case .sessionNotScheduled(let session): "Phiên «\(session)» chưa được xếp lịch."
        case .sessionOutsideHours(let session, let span):
            "Phiên «\(session)» (\(span.text)) nằm ngoài giờ làm việc của sự kiện."
        case .fixedTimeMoved(let session, let fixed, let placed):
            "Phiên «\(session)» cố định lúc \(fixed.text) nhưng được xếp lúc \(placed.text)."
        case .outsideWindow(let session, let window, let placed):
            "Phiên «\(session)» phải nằm trong khung \(window.text), đang xếp \(placed.text)."
        case .roomTooSmall(let room, let capacity, let session, let audience):
            "\(room) có \(capacity) chỗ, phiên «\(session)» cần \(audience) chỗ."
        case .roomWithoutVideoLink(let session, let room):
            "Phiên «\(session)» cần cầu truyền hình nhưng \(room) không có thiết bị."
        case .roomConflict(let room, let first, let second):
            "\(room) có hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .roomBusy(let room, let other): "\(room) đã có phiên «\(other)» vào giờ đó."
        case .personBusy(let person, let other): "\(Self.vietnamese(person)) bận ở phiên «\(other)»."
        case .personConflict(let person, let first, let second):
            "\(Self.vietnamese(person)) có mặt ở hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .pointBusy(let point, let other): "\(point) đang nối với phiên «\(other)»."
        case .pointConflict(let point, let first, let second):
            "\(point) được nối với hai phiên cùng lúc: «\(first)» và «\(second)»."
        case .pointUnavailable(let point, let span, let session):
            "\(point) không sẵn sàng trong \(span.text) (phiên «\(session)»)."
        case .personUnavailable(let person, let span, let session):
            "\(Self.vietnamese(person)) không rảnh trong \(span.text) (phiên «\(session)»)."
        case .linkTestTooLate(let point, let firstStart, let leadMinutes, let testStart, let availableFrom):
            "\(point) chưa kịp thử đường truyền trước \(firstStart.text): cần \(leadMinutes) phút từ \(testStart.text)"
                + (availableFrom.map { " nhưng điểm cầu chỉ sẵn sàng từ \($0.text)." }
                    ?? " nhưng điểm cầu không sẵn sàng lúc đó.")
        case .mustBeFirst(let session, let other):
            "Phiên «\(session)» phải diễn ra trước mọi phiên khác (xong trước khi phiên nào khác bắt đầu), nhưng «\(other)» bắt đầu trước khi phiên này kết thúc."
        case .mustBeLast(let session, let other):
            "Phiên «\(session)» phải diễn ra sau mọi phiên khác (bắt đầu khi mọi phiên khác đã xong), nhưng «\(other)» kết thúc sau khi phiên này bắt đầu."
        case .mustFollow(let session, let predecessor):
            "Phiên «\(session)» phải bắt đầu sau khi phiên «\(predecessor)» kết thúc."
        case .unknownSessionInProgramme(let session):
            "Chương trình có phiên «\(session)» không có trong danh sách phiên."
        case .sessionPlacedTwice(let session): "Phiên «\(session)» được xếp hai lần."
        case .unknownRoomInProgramme(let room, let session):
            "Phòng «\(room)» của phiên «\(session)» không có trong địa điểm."

        case .person(let person): Self.vietnamese(person)

        // MARK: Why a session is not placed
        case .pointOnlyAvailable(let point, let spans):
            "\(point) chỉ sẵn sàng \(spans.map(\.text).joined(separator: ", "))."
        case .personOnlyAvailable(let person, let spans):
            "\(Self.vietnamese(person)) chỉ rảnh \(spans.map(\.text).joined(separator: ", "))."
        case .noVideoRoom(let session): "Không phòng nào có cầu truyền hình cho phiên «\(session)»."
        case .noVideoRoomLargeEnough(let session, let audience, let largest):
            "Không phòng nào có cầu truyền hình đủ \(audience) chỗ cho phiên «\(session)» "
                + "(phòng có cầu truyền hình lớn nhất: \(largest) chỗ)."
        case .noRoomLargeEnough(let session, let audience, let largest):
            "Không phòng nào đủ \(audience) chỗ cho phiên «\(session)» (phòng lớn nhất: \(largest) chỗ)."
        case .fixedStartOutsideHours(let session, let start, let minutes):
            "Giờ cố định \(start.text) của phiên «\(session)» (\(minutes) phút) nằm ngoài giờ làm việc của sự kiện."
        case .windowTooShort(let session, let window, let minutes):
            "Khung \(window.text) không chứa được phiên «\(session)» dài \(minutes) phút trong giờ làm việc."
        case .sessionFitsNoDay(let session, let minutes):
            "Phiên «\(session)» dài \(minutes) phút, không vừa giờ làm việc của ngày nào."
        case .pointNeverAvailable(let point, let session):
            "\(point) không sẵn sàng vào giờ nào phiên «\(session)» có thể diễn ra."
        case .personNeverAvailable(let person, let session):
            "\(Self.vietnamese(person)) không rảnh vào giờ nào phiên «\(session)» có thể diễn ra."
        case .noCommonTime(let session):
            "Không có giờ nào mọi điểm cầu và người tham gia phiên «\(session)» cùng sẵn sàng."

        // MARK: Timetable result
        case .timetableComponent(let kind):
            Self.vietnamese(kind)
        case .timetableSummary(let seed, let placed, let sessions):
            "Lịch phiên (hạt giống \(seed)): đã xếp \(placed)/\(sessions) phiên."
        case .timetableDay(let date): "Ngày \(date.vietnamese)"
        case .timetableEntry(let start, let end, let room, let session, let linkedPoints):
            "\(start)–\(end)  \(room): \(session)"
                + (linkedPoints > 0 ? " — nối \(linkedPoints) điểm cầu" : "")
        case .linkTestsHeading: "Thử đường truyền:"
        case .linkTestEntry(let point, let start, let end, let session):
            "\(point): \(Self.linkTestSpan(start, end)) (trước phiên «\(session)»)"
        case .penaltyHeading(let total): "Điểm phạt: \(total) (càng thấp càng tốt)"
        case .penaltyComponent(let kind, let value, let weight, let penalty):
            "\(Self.vietnamese(kind)): \(value) × \(weight) = \(penalty)"
        case .unplacedSessionsHeading: "Phiên chưa xếp được:"
        case .stoppedByTime(let iterations): "(Dừng tìm kiếm vì hết thời gian sau \(iterations) bước.)"
        case .exactStoppedByTime(let nodes):
            "(Phương pháp chính xác dừng vì hết thời gian sau \(nodes) quyết định, trước khi chứng minh xong: "
                + "chạy lại, kết quả có thể khác. Cho thêm thời gian để có kết quả lặp lại được.)"

        // MARK: Exact timetabling
        case .timetableMethod(let method, let nodes, let cutByTime):
            Self.vietnamese(method, nodes: nodes, cutByTime: cutByTime)
        case .proofStartGrid(let minutes):
            "Chứng minh xét các giờ bắt đầu cách nhau \(minutes) phút từ giờ mở cửa mỗi ngày, cùng các giờ riêng "
                + "của từng phiên: giờ đã công bố, giờ đang xếp, đầu và cuối khung giờ, đầu và cuối giờ rảnh và "
                + "giờ mong muốn của người dự và điểm cầu, ngay sau giờ thử đường truyền của điểm cầu, ngay sau "
                + "hoặc ngay trước một phiên cố định hay đã ghim có chung người hoặc điểm cầu, giờ kết thúc đúng "
                + "lúc đóng cửa."
        case .timetableProof(let feasibility, let mostPlaced, let optimal):
            Self.vietnamese(feasibility, mostPlaced: mostPlaced, optimal: optimal)
        case .conflictHeading(let minimal): Self.vietnameseConflictHeading(minimal: minimal)
        case .conflictConstraint(let constraint): Self.vietnamese(constraint)
        case .gridComponent, .gridSummary, .gridScoreHeading, .gridScoreLine, .gridNoTimeslotOfKind,
            .gridNoTimeslotLongEnough, .gridNoTimeslotAtFixedStart, .gridNoTimeslotInWindow,
            .gridPointNotReady,
            .gridNoRoom, .gridPinOffGrid, .gridBreaks, .gridOffGrid, .gridWrongKind, .gridTooLong,
            .gridSessionBreaks:
            Self.gridText(self, .vietnamese)
        }
    }

    /// A link test's span: `07:00–08:00 04/12/2026`, or its end alone when it has no length.
    static func linkTestSpan(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        TimeRange(start: start, end: end).map(\.description) ?? end.description
    }

    private static func vietnamese(_ problem: SchedulerError.InstanceProblem) -> String {
        switch problem {
        case .noVenue: "Kế hoạch chưa có địa điểm (sơ đồ gian hàng)."
        case .duplicateParty(let party, let requests):
            "Đơn vị «\(party)» có \(requests) đăng ký gian hàng; cần gộp thành một."
        case .noBoothsRequested(let party, let booths):
            "\(party): số gian đăng ký phải từ 1 trở lên (đang là \(booths))."
        case .fixedBoothNotInVenue(let booth): "Gian «\(booth)» được giữ/ghim nhưng không có trong địa điểm."
        case .fixedForUnregisteredParty(let booth, let party):
            "Gian \(booth) được giữ/ghim cho đơn vị «\(party)» không đăng ký gian hàng."
        case .fixedBoothBlocked(let booth): "Gian \(booth) không sử dụng được nhưng đang được giữ/ghim."
        case .boothFixedForTwoParties(let booth, let first, let second):
            "Gian \(booth) được giữ/ghim cho hai đơn vị: «\(first)» và «\(second)»."
        case .moreFixedThanWanted(let party, let fixed, let wanted):
            "\(party): \(fixed) gian được giữ/ghim nhưng chỉ đăng ký \(wanted) gian."
        case .unknownPolicyProvince(let written):
            "Chính sách phân khu: không nhận ra tỉnh/thành phố «\(written)»."
        case .noDays: "Sự kiện chưa có ngày nào."
        case .dayClosesBeforeOpening(let date): "Ngày \(date.vietnamese): giờ đóng cửa không sau giờ mở cửa."
        case .duplicateDay: "Có ngày bị khai báo hai lần."
        case .nonPositiveSlot: "Bước xếp lịch phải lớn hơn 0 phút."
        case .noRooms: "Địa điểm chưa có phòng họp nào."
        case .duplicateRoom(let room): "Phòng «\(room)» bị khai báo hai lần."
        case .duplicateSession(let session): "Phiên «\(session)» bị khai báo hai lần."
        case .duplicateConnectionPoint(let point): "Điểm cầu «\(point)» bị khai báo hai lần."
        case .nonPositiveDuration(let session): "Phiên «\(session)»: thời lượng phải lớn hơn 0 phút."
        case .sessionLongerThanEveryDay(let session, let minutes):
            "Phiên «\(session)» dài \(minutes) phút, hơn mọi ngày của sự kiện."
        case .unknownConnectionPoint(let session, let point):
            "Phiên «\(session)» nối điểm cầu «\(point)» chưa đăng ký."
        case .unknownPredecessor(let session, let predecessor):
            "Phiên «\(session)» phải sau phiên «\(predecessor)» không có trong chương trình."
        case .negativeLinkTest(let point): "\(point): thời gian thử đường truyền không được âm."
        case .gridNoTimeslots: "Lịch chưa có khung giờ nào."
        case .gridNoRooms: "Lịch chưa có phòng nào."
        case .gridTimeslotNotAfterStart(let timeslot): "Khung giờ \(timeslot) kết thúc không sau lúc bắt đầu."
        case .gridTimeslotTooLong(let timeslot, let limit): "Khung giờ \(timeslot) dài quá \(limit) phút."
        case .gridUnknownIndex(let owner, let index):
            "«\(owner)» trỏ tới số \(index), lịch không có mục này."
        case .gridNoPlaceForKind(let session, let kind):
            "Phiên «\(session)» thuộc loại «\(kind)», không khung giờ hoặc không phòng nào nhận loại này."
        case .gridTooManySessions(let count, let limit):
            "Lịch có \(count) phiên; xếp theo khung giờ nhận tối đa \(limit) phiên."
        case .gridTooManyPlaces(let sessions, let cells, let limit):
            "\(sessions) phiên trên \(cells) chỗ (khung giờ × phòng) vượt giới hạn \(limit) của lịch theo khung giờ."

        }
    }

    private static func vietnamese(_ kind: SchedulerError.ReferenceKind) -> String {
        switch kind {
        case .party: "đơn vị tham gia"
        case .person: "người"
        }
    }

    private static func vietnamese(_ reason: UnplacedReason) -> String {
        switch reason {
        case .noFoodZone:
            "Có hàng thực phẩm nhưng địa điểm không có khu nào cho phép bán thực phẩm."
        case .noAllowedZone:
            "Không có gian trống nào trong khu được phép cho đơn vị (theo quy định phân khu của tỉnh)."
        case .missingService(let service):
            "Không có gian nào trong các khu được phép có \(vietnamese(service))."
        case .noContiguousBlock(let booths) where booths == 1:
            "Không có gian nào phù hợp (đủ dịch vụ cần) trong các khu được phép."
        case .noContiguousBlock(let booths):
            "Không có khu nào có \(booths) gian liền nhau phù hợp (đủ dịch vụ cần)."
        case .noFreeBlock(let booths) where booths == 1:
            "Không còn gian trống trong các khu phù hợp (đã xếp cho các đơn vị được xét trước: có gian giữ/ghim, ưu tiên cao hơn hoặc đăng ký sớm hơn)."
        case .noFreeBlock(let booths):
            "Không còn \(booths) gian liền nhau còn trống trong các khu phù hợp (đã xếp cho các đơn vị được xét trước: có gian giữ/ghim, ưu tiên cao hơn hoặc đăng ký sớm hơn)."
        case .pinsCannotBeExtended(let booths):
            "Các gian đã giữ/ghim không mở rộng được thành \(booths) gian liền nhau; đơn vị giữ các gian đã ghim."
        }
    }

    private static func vietnamese(_ reason: BoothAllocation.StopReason) -> String {
        switch reason {
        case .iterationLimit: "đủ số vòng lặp tối đa"
        case .timeBudget: "hết thời gian cho phép"
        case .nothingToImprove: "không còn phương án nào khác để thử"
        case .stalled: "không tìm được phương án tốt hơn sau nhiều vòng liên tiếp"
        }
    }

    private static func vietnamese(_ kind: ScoreComponentKind) -> String {
        switch kind {
        case .placement: "Xếp được gian hàng"
        case .compactness: "Gian không liền một dãy thẳng (trừ điểm)"
        case .zoning: "Đúng khu theo ngành hàng, tỉnh, nguyện vọng"
        case .pavilion: "Đơn vị cùng tỉnh đứng liền nhau"
        case .regionalPavilion: "Gian trong khu gian hàng của vùng miền mình"
        case .clusterGrouping: "Đơn vị cùng cụm thi đua đứng liền nhau"
        case .productClash: "Hàng cùng bộ sản phẩm sát nhau (trừ điểm)"
        case .primeBooths: "Gian góc, mặt lối chính cho sản phẩm nhiều sao, đăng ký sớm"
        case .stability: "Đơn vị phải chuyển so với sơ đồ đã công bố (trừ điểm)"
        }
    }

    private static func vietnamese(_ kind: TimetableScoreComponentKind) -> String {
        switch kind {
        case .unplaced: "Phiên chưa xếp được"
        case .plenaryOutsideMorning: "Phiên toàn thể không diễn ra buổi sáng"
        case .connectionPointIdleMinutes: "Phút chờ giữa các phiên tại điểm cầu"
        case .extraLinkTestMinutes: "Phút thử đường truyền thêm của điểm cầu ở ngày thứ hai trở đi"
        case .trackRoomChanges: "Phòng thêm ngoài phòng chính của chuyên đề"
        case .preferenceMisses: "Lượt người tham gia ngoài giờ mong muốn"
        case .movedFromPublished: "Phiên đổi giờ hoặc phòng so với chương trình đã công bố"
        }
    }

    /// A service as a Vietnamese sentence names it: `nước`, `kho lạnh`.
    private static func vietnamese(_ service: BoothService) -> String {
        switch service {
        case .power: "điện"
        case .water: "nước"
        case .coldStorage: "kho lạnh"
        }
    }

    private static func vietnamese(_ person: PersonName) -> String {
        switch person {
        case .known(let name): name
        case .unknown(let identifier): "Người «\(identifier)»"
        }
    }
}
