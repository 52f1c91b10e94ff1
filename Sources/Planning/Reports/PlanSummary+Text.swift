extension PlanSummary {
    /// The summary as a Vietnamese text report for the terminal.
    ///
    /// `findingLimit` caps the findings listed per severity (all are counted).
    public func rendered(findingLimit: Int = 12) -> String {
        var sections: [String] = []
        let dates = [event.firstDay, event.lastDay].compactMap { $0?.vietnamese }
        sections.append(
            """
            \(event.name.uppercased())
            \(event.kind.vietnameseName) · \(event.organiser) · \(event.province.officialName) · \
            \(Set(dates).count == 2 ? "\(dates[0]) – \(dates[1])" : dates.first ?? "chưa có ngày") (giờ Việt Nam, UTC+07:00)
            """)
        var numbered: [String] = []
        if !provinces.isEmpty {
            numbered.append(organisationSection())
        }
        if categories.contains(where: { $0.count > 0 }) {
            numbered.append(productSection())
        }
        if !clusters.isEmpty {
            numbered.append(clusterSection())
        }
        if !connectionPoints.isEmpty || !sessions.isEmpty {
            numbered.append(conferenceSection())
        }
        numbered.append(findingSection(limit: findingLimit))
        for (index, section) in numbered.enumerated() {
            sections.append("\(index + 1). " + section)
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Organisations by province and kind.
    func organisationSection() -> String {
        let kinds = OrganisationKind.allCases.filter { kind in provinces.contains { $0.byKind[kind] != nil } }
        var table = TextTable(
            headers: ["Tỉnh/TP"] + kinds.map(\.vietnameseName) + ["Tổng"],
            alignments: [.left] + kinds.map { _ in .right } + [.right])
        for row in provinces {
            table.append([row.province] + kinds.map { String(row.byKind[$0] ?? 0) } + [String(row.total)])
        }
        let total = provinces.reduce(0) { $0 + $1.total }
        table.append(
            ["Cộng"] + kinds.map { kind in String(provinces.reduce(0) { $0 + ($1.byKind[kind] ?? 0) }) } + [
                String(total)
            ])
        return "TỔ CHỨC ĐĂNG KÝ THEO TỈNH/THÀNH PHỐ VÀ LOẠI HÌNH (\(total) tổ chức)\n" + table.rendered()
    }

    /// Products by category and by stars.
    func productSection() -> String {
        let total = categories.reduce(0) { $0 + $1.count }
        var table = TextTable(
            headers: ["Nhóm sản phẩm", "Số lượng", "Tỷ lệ"], alignments: [.left, .right, .right])
        for share in categories {
            table.append([share.label, String(share.count), "\(share.percent)%"])
        }
        var starTable = TextTable(
            headers: ["Hạng OCOP", "Số lượng", "Tỷ lệ"], alignments: [.left, .right, .right])
        for share in stars where share.count > 0 {
            starTable.append([share.label, String(share.count), "\(share.percent)%"])
        }
        return """
            SẢN PHẨM THEO NHÓM (\(total) sản phẩm)
            \(table.rendered())

            \(starTable.rendered())
              Chứng nhận OCOP không còn hiệu lực vào ngày khai mạc: \(invalidCertificates) sản phẩm
            """
    }

    /// Registrations per cluster and booths.
    func clusterSection() -> String {
        var table = TextTable(
            headers: ["Cụm/nhóm đăng ký", "Tỉnh/TP", "Tổ chức", "Sản phẩm", "Gian hàng", "Cơ cấu sản phẩm"],
            alignments: [.left, .right, .right, .right, .right, .left])
        for cluster in clusters {
            let mix = cluster.categories.filter { $0.count > 0 }.map { "\($0.label) \($0.percent)%" }
            table.append([
                cluster.name, String(cluster.provinces.count), String(cluster.organisations),
                String(cluster.products),
                String(cluster.booths), mix.joined(separator: ", "),
            ])
        }
        var lines = ["ĐĂNG KÝ GIAN HÀNG THEO CỤM THI ĐUA", table.rendered()]
        for cluster in clusters where !cluster.provinces.isEmpty {
            lines.append("  · \(cluster.name): \(cluster.provinces.joined(separator: ", "))")
        }
        if let available = boothsAvailable {
            lines.append(
                "  Tổng gian hàng đăng ký: \(boothsRequested); địa điểm có \(available) gian cho thuê.")
        } else {
            lines.append("  Tổng gian hàng đăng ký: \(boothsRequested) gian tiêu chuẩn (3 m × 3 m).")
        }
        return lines.joined(separator: "\n")
    }

    /// Connection points and programme.
    func conferenceSection() -> String {
        var lines = ["ĐIỂM CẦU VÀ CHƯƠNG TRÌNH"]
        if !connectionPoints.isEmpty {
            var table = TextTable(
                headers: ["Điểm cầu", "Vai trò", "Tỉnh/TP", "Sức chứa", "Đại biểu", "Kỹ thuật"],
                alignments: [.left, .left, .left, .right, .right, .left])
            for point in connectionPoints {
                let phone = point.technicalContact?.phone.flatMap(PhoneNumber.init)?.description ?? "—"
                table.append([
                    point.name, point.role == .main ? "Chính" : "Thành phần", point.province.officialName,
                    String(point.hallCapacity), String(attendeesByPoint[point.id] ?? 0), phone,
                ])
            }
            lines.append(table.rendered())
        }
        if !sessions.isEmpty {
            var table = TextTable(headers: ["Thời gian", "Nội dung", "Phòng", "Điểm cầu nối"])
            for session in sessions {
                let time = session.scheduledRange.map(\.description) ?? "chưa xếp"
                table.append([
                    time, "\(session.kind.vietnameseName): \(session.title)",
                    session.room.map { roomNames[$0] ?? $0 } ?? "—",
                    session.linkedPoints.isEmpty ? "—" : String(session.linkedPoints.count),
                ])
            }
            lines.append("")
            lines.append(table.rendered())
        }
        return lines.joined(separator: "\n")
    }

    /// Findings by severity, the first few of each listed.
    func findingSection(limit: Int) -> String {
        let counts = findingCounts
        let header =
            "KẾT QUẢ KIỂM TRA: \(counts[.error] ?? 0) lỗi, \(counts[.warning] ?? 0) cảnh báo, \(counts[.info] ?? 0) lưu ý"
        guard !findings.isEmpty else { return header + "\n  Không phát hiện vấn đề." }
        var lines = [header]
        for severity in Severity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("  \(severity.vietnameseName) (\(group.count)):")
            for finding in group.prefix(limit) {
                lines.append("  - [\(finding.code)] \(finding.subject): \(finding.message.vietnamese)")
            }
            if group.count > limit {
                lines.append("  … và \(group.count - limit) mục khác.")
            }
        }
        return lines.joined(separator: "\n")
    }
}
