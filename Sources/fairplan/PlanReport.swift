import Planning
import Store

/// The texts of `fairplan report` and `fairplan changes`: the plan summary with registrations
/// and published versions, and the change logs between published versions.
struct PlanReport {
    /// What a change log is about.
    enum Topic: String, CaseIterable {
        /// The booth plan: parties moved, booths freed and taken.
        case booths
        /// The programme: sessions moved, added, removed.
        case programme

        /// The publication compared.
        var publication: PublicationKind {
            switch self {
            case .booths: .boothPlan
            case .programme: .programme
            }
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The summary (organisations, products, clusters, programme, findings), registrations by
    /// status, and the versions published.
    func summary(findingLimit: Int) throws -> String {
        let plan = try store.loadPlan()
        var text = PlanSummary(plan: plan).rendered(findingLimit: findingLimit)
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\nĐĂNG KÝ GIAN HÀNG THEO TRẠNG THÁI\n"
        var statuses = TextTable(
            headers: ["Trạng thái", "Đơn vị", "Số gian đăng ký"], alignments: [.left, .right, .right])
        let wanted = Dictionary(grouping: plan.boothRequests, by: \.party).mapValues {
            $0.reduce(0) { $0 + $1.boothsWanted }
        }
        for status in RegistrationStatus.allCases {
            let parties = plan.parties.filter { $0.registrationStatus == status }
            statuses.append([
                status.vietnameseName, "\(parties.count)",
                "\(parties.reduce(0) { $0 + (wanted[$1.id] ?? 0) })",
            ])
        }
        statuses.append(["Tổng", "\(plan.parties.count)", "\(wanted.values.reduce(0, +))"])
        text += statuses.rendered() + "\n"
        let waiting = WaitingList.ordered(plan.parties)
        if !waiting.isEmpty {
            text += "  Danh sách chờ, theo thứ tự: " + waiting.map(\.name).joined(separator: "; ") + "\n"
        }
        text += "\nCÁC PHIÊN BẢN ĐÃ CÔNG BỐ\n"
        for kind in PublicationKind.allCases {
            let versions = try store.publishedVersions(kind: kind)
            if versions.isEmpty {
                text += "  \(kind.vietnameseName): chưa công bố.\n"
                continue
            }
            text += "  \(kind.vietnameseName):\n"
            for version in versions {
                text +=
                    "    Phiên bản \(version.number) — \(version.publishedAt)"
                    + (version.note.map { ": \($0)" } ?? "") + "\n"
            }
        }
        return text
    }

    /// The change log of `topic` between two versions (the latest published and the current plan
    /// when none are given), only what concerns a party or a connection point when named.
    func changes(_ topic: Topic, from: Int?, to: Int?, party: String?, point: String?) throws -> String {
        if party != nil && topic != .booths {
            throw WorkflowError.conflictingOptions("--party chỉ dùng với sơ đồ gian hàng (--kind booths).")
        }
        if point != nil && topic != .programme {
            throw WorkflowError.conflictingOptions("--point chỉ dùng với chương trình (--kind programme).")
        }
        let plan = (party != nil || point != nil) ? try store.loadPlan() : nil
        switch topic {
        case .booths:
            var changes = try store.boothPlanChanges(from: from, to: to)
            var heading: String?
            if let party, let plan {
                let found = try PlanLookup(plan: plan).party(party)
                changes = changes.concerning(found.id)
                heading = "Gửi đơn vị: \(found.name)"
            }
            return ([heading].compactMap { $0 } + [changes.rendered()]).joined(separator: "\n")
        case .programme:
            var changes = try store.programmeChanges(from: from, to: to)
            var heading: String?
            if let point, let plan {
                let found = try PlanLookup(plan: plan).connectionPoint(point)
                changes = changes.concerning(found.id)
                heading = "Gửi điểm cầu: \(found.name)"
            }
            return ([heading].compactMap { $0 } + [changes.rendered()]).joined(separator: "\n")
        }
    }
}
