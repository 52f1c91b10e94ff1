import Planning
import Sheets

extension PlanLists {
    /// Tổng hợp: organisations by province and kind, products by category with percentages, and
    /// booths by zone, one block under the other with a heading row each. Withdrawn parties count
    /// nowhere: neither their booths requested nor booths they may still hold in a published plan.
    ///
    /// The registry is counted from ``source`` when the sheet is built; an error while counting
    /// is the sheet's ``Sheet/rowsFailure``, so writing it fails.
    func summary(in language: Language) -> Sheet {
        func text(_ message: InterchangeMessage) -> CellValue { .text(message.text(language)) }
        let counted = Result { try source.registryCounts() }
        let counts = try? counted.get()
        let provinces = counts?.provinces ?? []
        var rows: [[CellValue]] = [[text(.summaryOrganisationsHeading)]]
        let kinds = OrganisationKind.allCases.filter { kind in
            provinces.contains { $0.byKind[kind] != nil }
        }
        rows.append(
            [text(.listColumn(.province))] + kinds.map { .text($0.name(language)) }
                + [text(.listColumn(.total))])
        for row in provinces {
            rows.append(
                [.text(row.province)] + kinds.map { .integer(row.byKind[$0] ?? 0) } + [.integer(row.total)])
        }
        rows.append([.empty])
        rows.append([text(.summaryProductsHeading)])
        rows.append([
            text(.listColumn(.productCategory)), text(.listColumn(.count)), text(.listColumn(.share)),
        ])
        for share in counts?.categories ?? [] {
            rows.append([
                .text(share.label(language)), .integer(share.count), .percentage(Double(share.percent) / 100),
            ])
        }
        rows.append([.empty])
        rows.append([text(.summaryBoothsHeading)])
        rows.append([text(.listColumn(.zone)), text(.listColumn(.boothCount)), text(.listColumn(.assigned))])
        if let venue = plan.venue {
            let assigned = Set(plan.withoutWithdrawnRegistrations.boothAssignments.map(\.booth))
            let outside = InterchangeMessage.noZone.text(language)
            let byZone = Dictionary(grouping: venue.booths) { booth in
                booth.zone.flatMap { venue.zone(id: $0)?.name } ?? outside
            }
            for zone in byZone.keys.sortedVietnamese() {
                let booths = byZone[zone] ?? []
                rows.append([
                    .text(zone), .integer(booths.count),
                    .integer(booths.filter { assigned.contains($0.code) }.count),
                ])
            }
        } else {
            let requested = plan.withoutWithdrawnRegistrations.boothRequests.reduce(0) {
                $0 + max(0, $1.boothsWanted)
            }
            rows.append([text(.noVenueChosen), .integer(requested)])
        }
        let width = max(4, kinds.count + 2)
        return Sheet(
            name: ListKind.summary.sheetName(in: language),
            columns: [Self.column(.item, 7, in: language)]
                + (1..<width).map { _ in Column("", widthCentimetres: 3.5) },
            title: title(.summary, in: language), freezeHeader: false,
            // Counts that failed show nothing: the writer throws their error instead.
            rows: counts == nil
                ? [] : rows.map { $0 + Array(repeating: CellValue.empty, count: max(0, width - $0.count)) },
            rowsFailure: {
                if case .failure(let error) = counted { return error }
                return nil
            })
    }
}
