extension GridHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .timeslotAbstract: "Thêm một khung giờ vào lịch (xếp phiên theo khung giờ)."
        case .timeslotDiscussion:
            """
            Khi sự kiện có khung giờ, `fairplan schedule sessions` xếp mỗi phiên vào một khung giờ và một \
            phòng nhận loại phiên đó (bắt đầu đúng đầu khung giờ), thay cho việc bắt đầu ở bất kỳ mốc 15 \
            phút nào. Khung giờ phải nằm trong giờ mở cửa của một ngày; có thể giới hạn loại phiên (--kind) \
            và gắn nhãn (--tag) để người tham gia chọn hay tránh. Bỏ khung giờ: `fairplan remove timeslot \
            "16/11/2026 08:00-09:30"`; bỏ hết khung giờ thì lịch trở lại bắt đầu tự do.
            """
        case .timeslotTime: "Khung giờ, dạng «dd/mm/yyyy hh:mm-hh:mm»."
        case .timeslotKind: "Loại phiên khung giờ nhận (lặp lại được); không ghi: mọi loại."
        case .timeslotTag:
            "Nhãn của khung giờ (lặp lại hoặc cách nhau bằng dấu phẩy), ví dụ sang, sau-giai-lao."
        case .pause: "Thời gian nghỉ tối thiểu (phút) giữa hai phiên của một người trong ngày, cho cả lịch."
        case .theme:
            "Chủ đề của phiên (lặp lại được): phiên cùng chủ đề không trùng giờ, cùng phòng trong ngày."
        case .sector: "Lĩnh vực của phiên (lặp lại được): phiên cùng lĩnh vực không trùng giờ."
        case .audienceType: "Đối tượng của phiên (lặp lại được), ví dụ can-bo-htx, xa-vien."
        case .level: "Trình độ của phiên, 1 (cơ bản) đến 5: nội dung cơ bản xếp trước nội dung nâng cao."
        case .content: "Nội dung của phiên (lặp lại được): cùng nội dung thì khác giờ và cùng ngày."
        case .language: "Ngôn ngữ của phiên, ví dụ vi, en."
        case .requireRoomTag: "Nhãn phòng bắt buộc phải có (lặp lại được)."
        case .preferRoomTag: "Nhãn phòng mong muốn (lặp lại được)."
        case .prohibitRoomTag: "Nhãn phòng không được có (lặp lại được)."
        case .avoidRoomTag: "Nhãn phòng nên tránh (lặp lại được)."
        case .exclusiveTag: "Nhãn loại trừ: hai phiên cùng nhãn này không diễn ra cùng lúc (lặp lại được)."
        case .crowdRisk: "Phiên đông người: mỗi khung giờ có tối đa hai phiên như vậy."
        case .unavailable:
            "Khoảng thời gian người này vắng mặt, dạng «dd/mm/yyyy hh:mm-hh:mm» (lặp lại được)."
        case .preferTimeslotTag: "Nhãn khung giờ người này mong muốn (lặp lại được)."
        case .avoidTimeslotTag: "Nhãn khung giờ người này muốn tránh (lặp lại được)."
        case .after: "Phiên phải kết thúc trước khi phiên này bắt đầu (mã hoặc tên; lặp lại được)."
        }
    }
}
