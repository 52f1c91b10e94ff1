import Planning

extension SchedulerMessage {
    /// A timeslot-grid message in `language` (empty for the other cases).
    static func gridText(_ message: SchedulerMessage, _ language: Language) -> String {
        switch (message, language) {
        case (.gridComponent(let component), _): gridName(component, language)
        case (.gridSummary(let sessions, let seed, let iterations), .vietnamese):
            "Lịch theo khung giờ: \(sessions) phiên, hạt giống \(seed), \(iterations) bước tìm kiếm."
        case (.gridSummary(let sessions, let seed, let iterations), .english):
            "Timeslot timetable: \(sessions) sessions, seed \(seed), \(iterations) search steps."
        case (.gridScoreHeading(let hard, let total), .vietnamese):
            hard ? "Ràng buộc cứng (phải bằng 0): \(total)" : "Mục tiêu mềm (càng thấp càng tốt): \(total)"
        case (.gridScoreHeading(let hard, let total), .english):
            hard ? "Hard rules (must be 0): \(total)" : "Soft goals (lower is better): \(total)"
        case (.gridScoreLine(let component, let value, let weight, let penalty), _):
            "\(gridName(component, language)) [\(component.rawValue)]: \(value) × \(weight) = \(penalty)"
        case (.gridNoTimeslotOfKind(let kind), .vietnamese):
            "Không khung giờ nào nhận loại phiên «\(kind.name(.vietnamese))»."
        case (.gridNoTimeslotOfKind(let kind), .english):
            "No timeslot takes sessions of the kind «\(kind.name(.english))»."
        case (.gridNoTimeslotLongEnough(let minutes), .vietnamese):
            "Không khung giờ nào nhận loại phiên này dài đủ \(minutes) phút."
        case (.gridNoTimeslotLongEnough(let minutes), .english):
            "No timeslot for this kind of session lasts \(minutes) minutes."
        case (.gridNoTimeslotAtFixedStart(let start), .vietnamese):
            "Không khung giờ phù hợp nào bắt đầu đúng \(start) (giờ cố định của phiên)."
        case (.gridNoTimeslotAtFixedStart(let start), .english):
            "No suitable timeslot starts at \(start), the session's fixed start."
        case (.gridNoTimeslotInWindow(let window), .vietnamese):
            "Không khung giờ phù hợp nào nằm trong khoảng \(window) của phiên."
        case (.gridNoTimeslotInWindow(let window), .english):
            "No suitable timeslot lies within the session's window \(window)."
        case (.gridPointNotReady(let point, let lead), .vietnamese):
            "Điểm cầu \(point) không sẵn sàng trong khung giờ nào còn lại (kể cả \(lead) phút thử đường truyền trước phiên)."
        case (.gridPointNotReady(let point, let lead), .english):
            "Connection point \(point) is not ready in any timeslot left (with its \(lead)-minute link test before the session)."
        case (.gridNoRoom(let kind, let seats, let video), .vietnamese):
            "Không phòng nào nhận loại phiên «\(kind.name(.vietnamese))» đủ \(seats) chỗ"
                + (video ? " và có thiết bị truyền hình trực tuyến." : ".")
        case (.gridNoRoom(let kind, let seats, let video), .english):
            "No room takes sessions of the kind «\(kind.name(.english))» with \(seats) seats"
                + (video ? " and a video link." : ".")
        case (.gridPinOffGrid(let room, let start), .vietnamese):
            "Phòng \(room) lúc \(start) (nơi phiên được ghim) không phải một khung giờ và phòng phiên được xếp vào."
        case (.gridPinOffGrid(let room, let start), .english):
            "Room \(room) at \(start), where the session is pinned, is not a timeslot and room it may take."
        case (.gridBreaks(let components), .vietnamese):
            "Xếp vào đâu cũng vi phạm: "
                + components.map { gridName($0, .vietnamese) }.joined(separator: "; ") + "."
        case (.gridBreaks(let components), .english):
            "Wherever it went it broke: " + components.map { gridName($0, .english) }.joined(separator: "; ")
                + "."
        case (.gridOffGrid(let session, let start), .vietnamese):
            "Phiên «\(session)» bắt đầu lúc \(start), không phải đầu một khung giờ."
        case (.gridOffGrid(let session, let start), .english):
            "Session «\(session)» starts at \(start), not at the start of a timeslot."
        case (.gridWrongKind(let session, let kind, let room, let start), .vietnamese):
            "Phiên «\(session)» (\(kind.name(.vietnamese))) ở \(room) lúc \(start): khung giờ hoặc phòng không nhận loại phiên này."
        case (.gridWrongKind(let session, let kind, let room, let start), .english):
            "Session «\(session)» (\(kind.name(.english))) in \(room) at \(start): the timeslot or the room does not take this kind."
        case (.gridTooLong(let session, let minutes, let slot), .vietnamese):
            "Phiên «\(session)» dài \(minutes) phút, khung giờ của nó chỉ có \(slot) phút."
        case (.gridTooLong(let session, let minutes, let slot), .english):
            "Session «\(session)» lasts \(minutes) minutes; its timeslot has only \(slot)."
        case (.gridSessionBreaks(let session, let components), .vietnamese):
            "Phiên «\(session)» vi phạm: "
                + components.map { gridName($0, .vietnamese) }.joined(separator: "; ") + "."
        case (.gridSessionBreaks(let session, let components), .english):
            "Session «\(session)» breaks: "
                + components.map { gridName($0, .english) }.joined(separator: "; ") + "."
        default: ""
        }
    }

    private static func gridName(_ component: GridComponent, _ language: Language) -> String {
        language == .vietnamese ? vietnameseGridName(component) : englishGridName(component)
    }

    private static func vietnameseGridName(_ component: GridComponent) -> String {
        switch component {
        case .roomConflict: "Hai phiên cùng phòng cùng lúc (phút trùng)"
        case .personUnavailable: "Người tham gia phiên vắng mặt trong khung giờ"
        case .personConflict: "Một người ở hai phiên cùng lúc"
        case .prerequisite: "Phiên phải diễn ra trước chưa kết thúc"
        case .exclusiveTags: "Phiên loại trừ nhau diễn ra cùng lúc"
        case .pause: "Không đủ thời gian nghỉ giữa hai phiên của một người"
        case .crowd: "Quá hai phiên đông người trong một khung giờ"
        case .sessionRequiredRoomTags: "Phòng thiếu đặc điểm phiên bắt buộc"
        case .sessionProhibitedRoomTags: "Phòng có đặc điểm phiên cấm"
        case .personRequiredRoomTags: "Phòng thiếu đặc điểm người tham gia bắt buộc"
        case .personProhibitedRoomTags: "Phòng có đặc điểm người tham gia cấm"
        case .themeConflict: "Phiên cùng chủ đề diễn ra cùng lúc"
        case .themeRoomStability: "Phiên cùng chủ đề trong ngày ở phòng khác nhau"
        case .sectorConflict: "Phiên cùng lĩnh vực diễn ra cùng lúc"
        case .audienceTypeDiversity: "Phiên cùng khung giờ có chung đối tượng (thưởng)"
        case .audienceTypeThemeConflict: "Phiên cùng chủ đề và đối tượng diễn ra cùng lúc"
        case .audienceLevelDiversity: "Phiên cùng khung giờ khác trình độ (thưởng)"
        case .contentLevelFlow: "Phiên nâng cao bắt đầu trước khi phiên cơ bản cùng nội dung kết thúc"
        case .contentConflict: "Phiên cùng nội dung diễn ra cùng lúc"
        case .languageDiversity: "Phiên cùng khung giờ khác ngôn ngữ (thưởng)"
        case .sameDay: "Phiên cùng nội dung hoặc chủ đề ở các ngày khác nhau"
        case .popularRooms: "Phiên được quan tâm hơn ở phòng nhỏ hơn"
        case .personPreferredTimeslotTags: "Khung giờ thiếu đặc điểm người tham gia mong muốn"
        case .personUndesiredTimeslotTags: "Khung giờ có đặc điểm người tham gia không muốn"
        case .personPreferredRoomTags: "Phòng thiếu đặc điểm người tham gia mong muốn"
        case .personUndesiredRoomTags: "Phòng có đặc điểm người tham gia không muốn"
        case .sessionPreferredRoomTags: "Phòng thiếu đặc điểm phiên mong muốn"
        case .sessionUndesiredRoomTags: "Phòng có đặc điểm phiên không muốn"
        case .personSpread: "Các phiên của một người trải quá hai ngày"
        case .publishedMoved: "Phiên dời khỏi chỗ trong chương trình đang có"
        }
    }

    private static func englishGridName(_ component: GridComponent) -> String {
        switch component {
        case .roomConflict: "Two sessions in one room at once (minutes overlapping)"
        case .personUnavailable: "A person's session in a timeslot they cannot attend"
        case .personConflict: "A person in two sessions at once"
        case .prerequisite: "A prerequisite session not over in time"
        case .exclusiveTags: "Mutually exclusive sessions at once"
        case .pause: "Too short a pause between a person's sessions"
        case .crowd: "More than two crowd-risk sessions in one timeslot"
        case .sessionRequiredRoomTags: "Room lacking tags a session requires"
        case .sessionProhibitedRoomTags: "Room with tags a session prohibits"
        case .personRequiredRoomTags: "Room lacking tags a person requires"
        case .personProhibitedRoomTags: "Room with tags a person prohibits"
        case .themeConflict: "Sessions of one theme track at once"
        case .themeRoomStability: "A theme track's sessions of one day in different rooms"
        case .sectorConflict: "Sessions of one sector at once"
        case .audienceTypeDiversity: "Sessions in one timeslot sharing audience types (reward)"
        case .audienceTypeThemeConflict: "Sessions of one theme track and audience type at once"
        case .audienceLevelDiversity: "Sessions in one timeslot for different levels (reward)"
        case .contentLevelFlow: "An advanced session starting before a basic one on its content ends"
        case .contentConflict: "Sessions on the same content at once"
        case .languageDiversity: "Sessions in one timeslot in different languages (reward)"
        case .sameDay: "Sessions sharing content or a theme track on different days"
        case .popularRooms: "A more popular session in a smaller room"
        case .personPreferredTimeslotTags: "Timeslot lacking tags a person prefers"
        case .personUndesiredTimeslotTags: "Timeslot with tags a person would rather avoid"
        case .personPreferredRoomTags: "Room lacking tags a person prefers"
        case .personUndesiredRoomTags: "Room with tags a person would rather avoid"
        case .sessionPreferredRoomTags: "Room lacking tags a session prefers"
        case .sessionUndesiredRoomTags: "Room with tags a session would rather avoid"
        case .personSpread: "A person's sessions spread over more than two days"
        case .publishedMoved: "A session moved from where the plan's programme had it"
        }
    }
}
