extension PlanSummary {
    /// The summary as a text report for the terminal, in `language`.
    ///
    /// `findingLimit` caps the findings listed per severity (all are counted).
    public func rendered(findingLimit: Int = 12, in language: Language) -> String {
        var sections: [String] = []
        let line = PlanningMessage.summaryEventLine(
            kind: event.kind, organiser: event.organiser, province: event.province.officialName,
            firstDay: event.firstDay, lastDay: event.lastDay)
        sections.append(event.name.uppercased() + "\n" + line.text(language))
        var numbered: [String] = []
        if !provinces.isEmpty {
            numbered.append(organisationSection(language))
        }
        if categories.contains(where: { $0.count > 0 }) {
            numbered.append(productSection(language))
        }
        if !clusters.isEmpty {
            numbered.append(clusterSection(language))
        }
        if !connectionPoints.isEmpty || !sessions.isEmpty {
            numbered.append(conferenceSection(language))
        }
        numbered.append(findingSection(limit: findingLimit, language))
        for (index, section) in numbered.enumerated() {
            sections.append("\(index + 1). " + section)
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Organisations by province and kind.
    func organisationSection(_ language: Language) -> String {
        let kinds = OrganisationKind.allCases.filter { kind in provinces.contains { $0.byKind[kind] != nil } }
        var table = TextTable(
            headers: [PlanningMessage.columnProvince.text(language)] + kinds.map { $0.name(language) }
                + [PlanningMessage.columnTotal.text(language)],
            alignments: [.left] + kinds.map { _ in .right } + [.right])
        for row in provinces {
            table.append([row.province] + kinds.map { String(row.byKind[$0] ?? 0) } + [String(row.total)])
        }
        let total = provinces.reduce(0) { $0 + $1.total }
        table.append(
            [PlanningMessage.rowSum.text(language)]
                + kinds.map { kind in String(provinces.reduce(0) { $0 + ($1.byKind[kind] ?? 0) }) }
                + [String(total)])
        return PlanningMessage.summaryOrganisationsHeading(total: total).text(language) + "\n"
            + table.rendered()
    }

    /// Products by category and by stars.
    func productSection(_ language: Language) -> String {
        let total = categories.reduce(0) { $0 + $1.count }
        let count = PlanningMessage.columnCount.text(language)
        let share = PlanningMessage.columnShare.text(language)
        var table = TextTable(
            headers: [PlanningMessage.columnProductGroup.text(language), count, share],
            alignments: [.left, .right, .right])
        for category in categories {
            table.append([category.label(language), String(category.count), "\(category.percent)%"])
        }
        var starTable = TextTable(
            headers: [PlanningMessage.columnRating.text(language), count, share],
            alignments: [.left, .right, .right])
        for rating in stars where rating.count > 0 {
            starTable.append([rating.label(language), String(rating.count), "\(rating.percent)%"])
        }
        return [
            PlanningMessage.summaryProductsHeading(total: total).text(language),
            table.rendered(),
            "",
            starTable.rendered(),
            "  " + PlanningMessage.summaryInvalidCertificates(count: invalidCertificates).text(language),
        ].joined(separator: "\n")
    }

    /// Registrations per cluster and booths.
    func clusterSection(_ language: Language) -> String {
        let headers: [PlanningMessage] = [
            .columnCluster, .columnProvince, .columnOrganisations, .columnProducts, .columnBooths,
            .columnProductMix,
        ]
        var table = TextTable(
            headers: headers.map { $0.text(language) },
            alignments: [.left, .right, .right, .right, .right, .left])
        for cluster in clusters {
            let mix = cluster.categories.filter { $0.count > 0 }.map {
                "\($0.label(language)) \($0.percent)%"
            }
            table.append([
                cluster.name(language), String(cluster.provinces.count), String(cluster.organisations),
                String(cluster.products),
                String(cluster.booths), mix.joined(separator: ", "),
            ])
        }
        var lines = [PlanningMessage.summaryClustersHeading.text(language), table.rendered()]
        for cluster in clusters where !cluster.provinces.isEmpty {
            lines.append("  · \(cluster.name(language)): \(cluster.provinces.joined(separator: ", "))")
        }
        let booths: PlanningMessage =
            boothsAvailable.map { .summaryBoothsRequested(requested: boothsRequested, available: $0) }
            ?? .summaryStandardBoothsRequested(requested: boothsRequested)
        lines.append("  " + booths.text(language))
        return lines.joined(separator: "\n")
    }

    /// Connection points and programme.
    func conferenceSection(_ language: Language) -> String {
        var lines = [PlanningMessage.summaryConferenceHeading.text(language)]
        if !connectionPoints.isEmpty {
            let headers: [PlanningMessage] = [
                .columnConnectionPoint, .columnRole, .columnProvince, .columnCapacity, .columnAttendees,
                .columnTechnician,
            ]
            var table = TextTable(
                headers: headers.map { $0.text(language) },
                alignments: [.left, .left, .left, .right, .right, .left])
            for point in connectionPoints {
                let phone = point.technicalContact?.phone.flatMap(PhoneNumber.init)?.description ?? "—"
                table.append([
                    point.name, PlanningMessage.connectionPointRoleShort(point.role).text(language),
                    point.province.officialName, String(point.hallCapacity),
                    String(attendeesByPoint[point.id] ?? 0), phone,
                ])
            }
            lines.append(table.rendered())
        }
        if !sessions.isEmpty {
            let headers: [PlanningMessage] = [.columnTime, .columnContent, .columnRoom, .columnLinkedPoints]
            var table = TextTable(headers: headers.map { $0.text(language) })
            for session in sessions {
                let time =
                    session.scheduledRange.map(\.description) ?? PlanningMessage.notScheduled.text(language)
                table.append([
                    time, Self.sessionLabel(session, in: language),
                    session.room.map { roomNames[$0] ?? $0 } ?? "—",
                    session.linkedPoints.isEmpty ? "—" : String(session.linkedPoints.count),
                ])
            }
            lines.append("")
            lines.append(table.rendered())
        }
        return lines.joined(separator: "\n")
    }

    /// A session as the programme names it: «Kind: title», or the title alone when it already
    /// begins with the kind's name («Thảo luận», «Bế mạc», «Khai mạc, giới thiệu đại biểu»), so
    /// the kind is never printed twice.
    static func sessionLabel(_ session: Session, in language: Language) -> String {
        let kind = session.kind.name(language)
        let kindKey = NameKey.exact(kind)
        let titleKey = NameKey.exact(session.title)
        if titleKey == kindKey || titleKey.hasPrefix(kindKey + " ") { return session.title }
        return session.title.isEmpty ? kind : "\(kind): \(session.title)"
    }

    /// Findings by severity, the first few of each listed.
    func findingSection(limit: Int, _ language: Language) -> String {
        let counts = findingCounts
        let header = PlanningMessage.summaryFindingsHeading(
            errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, notes: counts[.info] ?? 0
        ).text(language)
        guard !findings.isEmpty else {
            return header + "\n  " + PlanningMessage.noProblemsFound.text(language)
        }
        var lines = [header]
        for severity in Severity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("  " + PlanningMessage.severityGroup(severity, count: group.count).text(language))
            for finding in group.prefix(limit) {
                lines.append(
                    "  - [\(finding.code)] \(finding.subject.text(language)): \(finding.message.text(language))"
                )
            }
            if group.count > limit {
                lines.append("  " + PlanningMessage.moreItems(count: group.count - limit).text(language))
            }
        }
        return lines.joined(separator: "\n")
    }
}
