extension SchedulerMessage {
    // MARK: Vietnamese

    static func vietnamese(_ method: TimetableMethod, nodes: Int, cutByTime: Bool) -> String {
        switch method {
        case .exact: "Phương pháp: nhánh và cận (chính xác), \(nodes) nút."
        case .exactThenLocalSearch:
            cutByTime
                ? "Phương pháp: nhánh và cận (\(nodes) nút, dừng vì hết thời gian trước khi chứng minh xong); "
                    + "không còn thời gian cho tìm kiếm cục bộ."
                : "Phương pháp: nhánh và cận (\(nodes) nút, hết ngân sách nút) rồi tìm kiếm cục bộ từ lịch tốt nhất của nó."
        case .localSearch: "Phương pháp: xây dựng tham lam rồi tìm kiếm cục bộ (không chứng minh tối ưu)."
        case .grid:
            "Phương pháp: xếp theo khung giờ (xây dựng tham lam rồi leo đồi chấp nhận muộn, không chứng minh tối ưu)."
        case .gridExact:
            "Phương pháp: xếp theo khung giờ, nhánh và cận trên các ràng buộc cứng (\(nodes) nút) rồi leo đồi chấp nhận muộn cho mục tiêu mềm."
        }
    }

    static func vietnamese(_ feasibility: TimetableProof.Feasibility, mostPlaced: Bool, optimal: Bool)
        -> String
    {
        switch (feasibility, mostPlaced, optimal) {
        case (.feasible, _, true):
            "Đã chứng minh tối ưu: xếp được mọi phiên và không lịch nào (với các giờ bắt đầu đã xét) có điểm phạt thấp hơn."
        case (.feasible, _, false):
            "Xếp được mọi phiên; chưa chứng minh được điểm phạt là thấp nhất."
        case (.infeasible, true, true):
            "Đã chứng minh (với các giờ bắt đầu đã xét): không thể xếp đủ mọi phiên; không lịch nào xếp được "
                + "nhiều phiên hơn, và với số phiên này không lịch nào có điểm phạt thấp hơn."
        case (.infeasible, true, false):
            "Đã chứng minh (với các giờ bắt đầu đã xét): không thể xếp đủ mọi phiên; không lịch nào xếp được "
                + "nhiều phiên hơn."
        case (.infeasible, false, _):
            "Đã chứng minh (với các giờ bắt đầu đã xét): không thể xếp đủ mọi phiên (chưa chứng minh số phiên "
                + "đã xếp là nhiều nhất)."
        case (.unknown, true, _):
            "Đã chứng minh không lịch nào (với các giờ bắt đầu đã xét) xếp được nhiều phiên hơn."
        case (.unknown, false, _):
            "Chưa chứng minh được có xếp đủ mọi phiên hay không, cũng chưa chứng minh tối ưu."
        }
    }

    static func vietnameseConflictHeading(minimal: Bool) -> String {
        minimal
            ? "Các ràng buộc không thể cùng thỏa mãn (tập tối thiểu: bỏ bất kỳ ràng buộc nào thì xếp được các phiên này):"
            : "Các ràng buộc không thể cùng thỏa mãn (chưa chứng minh là tập tối thiểu):"
    }

    static func vietnamese(_ constraint: TimetableConstraint) -> String {
        func name(_ person: PersonName) -> String {
            switch person {
            case .known(let name): name
            case .unknown(let identifier): "Người «\(identifier)»"
            }
        }
        func list(_ spans: [Span]) -> String { spans.map(\.text).joined(separator: ", ") }
        return switch constraint {
        case .mustBePlaced(let session): "Phiên «\(session)» phải có trong lịch."
        case .fixedStart(let session, let start): "Phiên «\(session)» bắt đầu cố định lúc \(start.text)."
        case .window(let session, let window, let minutes):
            "Phiên «\(session)» (\(minutes) phút) chỉ được diễn ra trong khung \(window.text)."
        case .pinned(let session, let room, let start):
            "Phiên «\(session)» được ghim tại \(room) lúc \(start.text)."
        case .capacity(let session, let audience): "Phiên «\(session)» cần phòng đủ \(audience) chỗ."
        case .videoLink(let session): "Phiên «\(session)» cần phòng có thiết bị truyền hình trực tuyến."
        case .first(let session): "Phiên «\(session)» phải diễn ra trước mọi phiên khác."
        case .last(let session): "Phiên «\(session)» phải diễn ra sau mọi phiên khác."
        case .after(let session, let predecessor):
            "Phiên «\(session)» chỉ bắt đầu khi phiên «\(predecessor)» đã kết thúc."
        case .personAvailability(let person, let spans): "Giờ rảnh của \(name(person)): \(list(spans))."
        case .pointAvailability(let point, let spans): "Giờ sẵn sàng của \(point): \(list(spans))."
        case .linkTest(let point, let lead):
            "\(point) cần \(lead) phút thử đường truyền ngay trước phiên đầu tiên nối tới, trong giờ sẵn sàng."
        case .personOneAtATime(let person): "\(name(person)) không thể dự hai phiên cùng lúc."
        case .pointOneAtATime(let point): "\(point) chỉ nối một phiên mỗi lúc."
        case .roomOneAtATime(let room): "\(room) chỉ tổ chức một phiên mỗi lúc."
        }
    }

    // MARK: English

    static func english(_ method: TimetableMethod, nodes: Int, cutByTime: Bool) -> String {
        switch method {
        case .exact: "Method: branch and bound (exact), \(nodes) nodes."
        case .exactThenLocalSearch:
            cutByTime
                ? "Method: branch and bound (\(nodes) nodes, stopped by the time limit before its proof); "
                    + "no time was left for local search."
                : "Method: branch and bound (\(nodes) nodes, node budget spent), then local search from its best timetable."
        case .localSearch: "Method: greedy construction then local search (optimality not proven)."
        case .grid:
            "Method: timeslot grid (greedy construction then late acceptance hill climbing, optimality not proven)."
        case .gridExact:
            "Method: timeslot grid, branch and bound on the hard rules (\(nodes) nodes), then late acceptance hill climbing on the soft goals."
        }
    }

    static func english(_ feasibility: TimetableProof.Feasibility, mostPlaced: Bool, optimal: Bool) -> String
    {
        switch (feasibility, mostPlaced, optimal) {
        case (.feasible, _, true):
            "Proven optimal: every session is placed and no timetable (with the starts considered) has a lower penalty."
        case (.feasible, _, false):
            "Every session is placed; the penalty is not proven lowest."
        case (.infeasible, true, true):
            "Proven (with the starts considered): not every session can be placed; no timetable places more "
                + "sessions, and none placing as many has a lower penalty."
        case (.infeasible, true, false):
            "Proven (with the starts considered): not every session can be placed; no timetable places more "
                + "sessions."
        case (.infeasible, false, _):
            "Proven (with the starts considered): not every session can be placed (the number placed is not "
                + "proven the most possible)."
        case (.unknown, true, _):
            "Proven: no timetable (with the starts considered) places more sessions."
        case (.unknown, false, _):
            "Not proven whether every session can be placed, nor optimal."
        }
    }

    static func englishConflictHeading(minimal: Bool) -> String {
        minimal
            ? "Constraints that cannot all hold (a minimal set: drop any one and these sessions fit):"
            : "Constraints that cannot all hold (not proven minimal):"
    }

    static func english(_ constraint: TimetableConstraint) -> String {
        func name(_ person: PersonName) -> String {
            switch person {
            case .known(let name): name
            case .unknown(let identifier): "Person «\(identifier)»"
            }
        }
        func list(_ spans: [Span]) -> String { spans.map(\.text).joined(separator: ", ") }
        func minutes(_ count: Int) -> String { count == 1 ? "1 minute" : "\(count) minutes" }
        return switch constraint {
        case .mustBePlaced(let session): "Session «\(session)» must be in the timetable."
        case .fixedStart(let session, let start): "Session «\(session)» starts at \(start.text), fixed."
        case .window(let session, let window, let length):
            "Session «\(session)» (\(minutes(length))) may only run within \(window.text)."
        case .pinned(let session, let room, let start):
            "Session «\(session)» is pinned in \(room) at \(start.text)."
        case .capacity(let session, let audience): "Session «\(session)» needs a room seating \(audience)."
        case .videoLink(let session): "Session «\(session)» needs a room with a video link."
        case .first(let session): "Session «\(session)» comes before every other session."
        case .last(let session): "Session «\(session)» comes after every other session."
        case .after(let session, let predecessor):
            "Session «\(session)» starts only once session «\(predecessor)» has ended."
        case .personAvailability(let person, let spans): "\(name(person))'s free time: \(list(spans))."
        case .pointAvailability(let point, let spans): "\(point)'s availability: \(list(spans))."
        case .linkTest(let point, let lead):
            "\(point) needs its \(minutes(lead)) link test just before its first linked session, while available."
        case .personOneAtATime(let person): "\(name(person)) cannot be in two sessions at once."
        case .pointOneAtATime(let point): "\(point) is linked to one session at a time."
        case .roomOneAtATime(let room): "\(room) holds one session at a time."
        }
    }
}
