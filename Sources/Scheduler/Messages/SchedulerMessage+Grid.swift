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
        default: ""
        }
    }

    private static func gridName(_ component: GridComponent, _ language: Language) -> String {
        language == .vietnamese ? vietnameseGridName(component) : englishGridName(component)
    }

    private static func vietnameseGridName(_ component: GridComponent) -> String {
        switch component {
        case .roomConflict: "Hai phiên cùng phòng cùng lúc (phút trùng)"
        case .personUnavailable: "Người trình bày không có mặt trong khung giờ"
        case .personConflict: "Một người ở hai phiên cùng lúc"
        case .prerequisite: "Phiên cần học trước chưa kết thúc"
        case .exclusiveTags: "Phiên loại trừ nhau diễn ra cùng lúc"
        case .pause: "Không đủ thời gian nghỉ giữa hai phiên của một người"
        case .crowd: "Quá hai phiên đông người trong một khung giờ"
        case .sessionRequiredRoomTags: "Phòng thiếu đặc điểm phiên bắt buộc"
        case .sessionProhibitedRoomTags: "Phòng có đặc điểm phiên cấm"
        case .personRequiredRoomTags: "Phòng thiếu đặc điểm người trình bày bắt buộc"
        case .personProhibitedRoomTags: "Phòng có đặc điểm người trình bày cấm"
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
        case .personPreferredTimeslotTags: "Khung giờ thiếu đặc điểm người trình bày mong muốn"
        case .personUndesiredTimeslotTags: "Khung giờ có đặc điểm người trình bày không muốn"
        case .personPreferredRoomTags: "Phòng thiếu đặc điểm người trình bày mong muốn"
        case .personUndesiredRoomTags: "Phòng có đặc điểm người trình bày không muốn"
        case .sessionPreferredRoomTags: "Phòng thiếu đặc điểm phiên mong muốn"
        case .sessionUndesiredRoomTags: "Phòng có đặc điểm phiên không muốn"
        case .personSpread: "Các phiên của một người trải quá hai ngày"
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
        }
    }
}
