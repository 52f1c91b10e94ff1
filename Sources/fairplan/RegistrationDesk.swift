import Planning
import Store

/// The registration life cycle on a plan file: confirming registrations and withdrawing them,
/// with the text organisers read (`fairplan confirm`, `fairplan withdraw`).
struct RegistrationDesk {
    /// The plan file.
    let store: PlanStore

    /// Confirms pending registrations, named by identifier or name, all in one transaction.
    func confirm(_ written: [String]) throws -> [String] {
        let lookup = PlanLookup(plan: try store.loadPlan())
        let parties = try written.map { try lookup.party($0) }
        try store.setRegistrationStatus(.confirmed, of: parties.map(\.id))
        var seen: Set<Identifier<ExhibitingParty>> = []
        return parties.filter { seen.insert($0.id).inserted }.map { party in
            party.registrationStatus == .confirmed
                ? "Đơn vị «\(party.name)» đã ở trạng thái «\(RegistrationStatus.confirmed.vietnameseName)»."
                : "Đã xác nhận đăng ký của «\(party.name)» (\(party.registrationStatus.vietnameseName) → "
                    + "\(RegistrationStatus.confirmed.vietnameseName))."
        }
    }

    /// Withdraws a registration: frees its booths and proposes them to the waiting list in order.
    func withdraw(_ written: String) throws -> [String] {
        let party = try PlanLookup(plan: try store.loadPlan()).party(written)
        let outcome = try store.withdraw(party: party.id)
        let plan = try store.loadPlan()
        func name(_ id: Identifier<ExhibitingParty>) -> String {
            plan.party(id).map { "\($0.name) (\(id.rawValue))" } ?? id.rawValue
        }
        var lines = [
            "Đã ghi rút đăng ký của «\(party.name)» (\(outcome.previousStatus.vietnameseName) → "
                + "\(RegistrationStatus.withdrawn.vietnameseName))."
        ]
        guard !outcome.freedBooths.isEmpty else {
            lines.append("Đơn vị chưa có gian hàng trong sơ đồ hiện tại; không có gian nào được trả lại.")
            return lines
        }
        lines.append(
            "Gian hàng được trả lại (\(outcome.freedBooths.count)): \(outcome.freedBooths.joined(separator: ", "))."
        )
        let proposal = outcome.proposal
        if proposal.offers.isEmpty {
            lines.append("Không có đơn vị nào trong danh sách chờ nhận được các gian này.")
        } else {
            lines.append("Đề xuất mời danh sách chờ, theo thứ tự ưu tiên (chưa phân gian):")
            for (index, offer) in proposal.offers.enumerated() {
                lines.append("  \(index + 1). \(name(offer.party)): \(offer.booths.joined(separator: ", "))")
            }
        }
        if !proposal.passedOver.isEmpty {
            lines.append(
                "Đơn vị chờ không vừa khối gian nào (giữ chỗ trong danh sách chờ): "
                    + proposal.passedOver.map(name).joined(separator: "; "))
        }
        if !proposal.unoffered.isEmpty {
            lines.append("Gian còn trống sau đề xuất: \(proposal.unoffered.joined(separator: ", ")).")
        }
        lines.append("Khi các đơn vị đồng ý, lập lại sơ đồ gian hàng (fairplan allocate booths) rồi công bố.")
        return lines
    }
}
