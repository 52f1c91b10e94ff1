import Planning
import Store

/// The plan's lists as Vietnamese text tables for the terminal (`fairplan list ...`), in the
/// orders the store gives: Vietnamese order of names, people by given name, booths by hall and
/// code, sessions by time.
struct PlanListing {
    /// What can be listed.
    enum Kind: String, CaseIterable {
        case organisations, products, people, parties, booths, sessions
    }

    /// The plan file.
    let store: PlanStore

    /// The table of `kind`, only rows with `status` when given (parties: a registration status;
    /// booths: available, held, assigned or blocked), and a count line.
    func render(_ kind: Kind, status: String?) throws -> String {
        if status != nil && kind != .parties && kind != .booths {
            throw WorkflowError.conflictingOptions(
                "--status chỉ dùng với `list parties` (trạng thái đăng ký) và `list booths` (trạng thái gian)."
            )
        }
        let (table, count, noun) =
            switch kind {
            case .organisations: try organisations()
            case .products: try products()
            case .people: try people()
            case .parties: try parties(status: status.map(registrationStatus))
            case .booths: try booths(state: status.map(boothState))
            case .sessions: try sessions()
            }
        if count == 0 { return "Không có \(noun) nào." }
        return table.rendered() + "\n\n  Tổng: \(count) \(noun)."
    }

    /// A registration status as typed (English or Vietnamese name).
    func registrationStatus(_ written: String) throws -> RegistrationStatus {
        let key = VietnameseText.searchKey(written)
        guard
            let status = RegistrationStatus(rawValue: written)
                ?? RegistrationStatus.allCases.first(where: {
                    VietnameseText.searchKey($0.vietnameseName) == key
                })
        else {
            throw WorkflowError.invalidValue(
                option: "--status", value: written,
                expected: "dùng " + RegistrationStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return status
    }

    /// A booth state as typed.
    func boothState(_ written: String) throws -> BoothState {
        let key = VietnameseText.searchKey(written)
        guard
            let state = BoothState(rawValue: written)
                ?? BoothState.allCases.first(where: { VietnameseText.searchKey($0.vietnameseName) == key })
        else {
            throw WorkflowError.invalidValue(
                option: "--status", value: written,
                expected: "dùng " + BoothState.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return state
    }

    func organisations() throws -> (TextTable, Int, String) {
        var table = TextTable(
            headers: ["STT", "Tên tổ chức", "Loại", "Mã số", "Tỉnh/TP", "Thành viên", "Mã"],
            alignments: [.right, .left, .left, .left, .left, .right])
        let organisations = try store.organisations()
        for (index, organisation) in organisations.enumerated() {
            table.append([
                "\(index + 1)", organisation.name, organisation.kind.vietnameseName,
                organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode ?? "",
                organisation.province.description, organisation.memberCount.map(String.init) ?? "",
                organisation.id.rawValue,
            ])
        }
        return (table, organisations.count, "tổ chức")
    }

    func products() throws -> (TextTable, Int, String) {
        var table = TextTable(
            headers: ["STT", "Tên sản phẩm", "Chủ thể", "Nhóm OCOP", "Hạng sao", "Hiệu lực đến", "Mã"],
            alignments: [.right, .left, .left, .left, .right])
        let owners = Dictionary(try store.organisations().map { ($0.id, $0.name) }) { first, _ in first }
        let products = try store.products()
        for (index, product) in products.enumerated() {
            table.append([
                "\(index + 1)", product.name, owners[product.owner] ?? product.owner.rawValue,
                product.classification?.displayName ?? "",
                product.recognition.map { "\($0.stars)★" } ?? "",
                product.recognition?.validUntil.vietnamese ?? "", product.id.rawValue,
            ])
        }
        return (table, products.count, "sản phẩm")
    }

    func people() throws -> (TextTable, Int, String) {
        var table = TextTable(
            headers: ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Tỉnh/TP", "Tham dự", "Vai trò", "Mã"],
            alignments: [.right])
        let plan = try store.loadPlan()
        let attendances = Dictionary(plan.attendances.map { ($0.person, $0) }) { first, _ in first }
        let people = try store.people()
        for (index, person) in people.enumerated() {
            let attendance = attendances[person.id]
            let place: String
            switch attendance?.place {
            case .connectionPoint(let id)?: place = plan.connectionPoint(id)?.name ?? id.rawValue
            case .onSite?: place = "Trực tiếp"
            case nil: place = ""
            }
            table.append([
                "\(index + 1)", person.displayName, person.position ?? "",
                person.organisation.flatMap { plan.organisation($0)?.name } ?? person.unit ?? "",
                person.province?.officialName ?? "", place, attendance?.role.vietnameseName ?? "",
                person.id.rawValue,
            ])
        }
        return (table, people.count, "người")
    }

    func parties(status: RegistrationStatus?) throws -> (TextTable, Int, String) {
        var table = TextTable(
            headers: [
                "STT", "Đơn vị tham gia", "Tỉnh/TP", "Số gian", "Gian hàng", "Trạng thái", "Ưu tiên",
                "Đăng ký lúc", "Mã",
            ],
            alignments: [.right, .left, .left, .right, .left, .left, .right])
        let plan = try store.loadPlan()
        let wanted = Dictionary(grouping: plan.boothRequests, by: \.party).mapValues {
            $0.reduce(0) { $0 + $1.boothsWanted }
        }
        let booths = Dictionary(grouping: plan.boothAssignments, by: \.party).mapValues {
            $0.map(\.booth).sorted()
        }
        let parties = try store.parties(status: status)
        for (index, party) in parties.enumerated() {
            table.append([
                "\(index + 1)", party.name, plan.province(of: party)?.officialName ?? "",
                "\(wanted[party.id] ?? 0)", booths[party.id, default: []].joined(separator: ", "),
                party.registrationStatus.vietnameseName, "\(party.priority)",
                party.registeredAt?.description ?? "", party.id.rawValue,
            ])
        }
        return (table, parties.count, "đơn vị tham gia")
    }

    func booths(state: BoothState?) throws -> (TextTable, Int, String) {
        var table = TextTable(headers: ["Gian", "Nhà", "Khu", "Loại", "Dịch vụ", "Tình trạng", "Đơn vị"])
        let plan = try store.loadPlan()
        let zones = Dictionary((plan.venue?.zones ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let halls = Dictionary((plan.venue?.halls ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let assignments = Dictionary(plan.boothAssignments.map { ($0.booth, $0) }) { first, _ in first }
        var count = 0
        for booth in try store.booths() {
            let assignment = assignments[booth.code]
            let current = booth.blocked ? BoothState.blocked : assignment?.state ?? .available
            if let state, state != current { continue }
            count += 1
            table.append([
                booth.code, halls[booth.hall] ?? booth.hall, booth.zone.map { zones[$0] ?? $0 } ?? "",
                booth.kind.vietnameseName,
                booth.services.sorted().map(\.vietnameseName).joined(separator: ", "),
                current.vietnameseName, assignment.flatMap { plan.party($0.party)?.name } ?? "",
            ])
        }
        return (table, count, "gian hàng")
    }

    func sessions() throws -> (TextTable, Int, String) {
        var table = TextTable(
            headers: ["STT", "Ngày", "Bắt đầu", "Kết thúc", "Nội dung", "Loại", "Phòng", "Mã"],
            alignments: [.right])
        let rooms = Dictionary(((try store.venue())?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in
            first
        }
        let sessions = try store.sessions()
        for (index, session) in sessions.enumerated() {
            let range = session.scheduledRange
            table.append([
                "\(index + 1)", range?.start.date.vietnamese ?? "chưa xếp",
                range.map { "\($0.start.time)" } ?? "",
                range.map { "\($0.end.time)" } ?? "", session.title, session.kind.vietnameseName,
                session.room.map { rooms[$0] ?? $0 } ?? "", session.id.rawValue,
            ])
        }
        return (table, sessions.count, "nội dung chương trình")
    }
}
