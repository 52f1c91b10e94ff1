import Foundation
public import Planning
public import Sheets

/// The registration template: an instructions sheet, a sheet each for organisations, products,
/// delegates and booth requests with a note on every header, and the OCOP product sets (with the
/// drop-down lists) for reference, in Vietnamese or English (the importer reads both).
public enum RegistrationTemplate {
    /// The template's file name stem.
    static let fileStem = "mau-dang-ky"

    /// The template as a workbook in `language`; the attendance column offers on site and
    /// `connectionPoints` (names) in its drop-down, the preferred-zone column `zones` (the names of
    /// the plan's venue zones; no drop-down without any).
    public static func workbook(
        created: String, generator: String, language: Language, connectionPoints: [String] = [],
        zones: [String] = []
    ) -> Workbook {
        Workbook(
            sheets: [instructions(in: language)]
                + RegistrationSheetKind.allCases.map {
                    sheet($0, language: language, connectionPoints: connectionPoints, zones: zones)
                }
                + [productSets(in: language, connectionPoints: connectionPoints, zones: zones)],
            metadata: WorkbookMetadata(
                title: InterchangeMessage.templateTitle.text(language), generator: generator, created: created
            ))
    }

    /// The empty data sheet of one kind in `language`: title row, headers (required ones marked
    /// `*`) with their notes, as wide as the header at least, codes and phones as text, days as
    /// dates, drop-down lists (``RegistrationDropDown``), frozen header with an autofilter.
    static func sheet(
        _ kind: RegistrationSheetKind, language: Language, connectionPoints: [String] = [],
        zones: [String] = []
    ) -> Sheet {
        Sheet(
            name: kind.sheetName(in: language),
            columns: [Column(InterchangeMessage.listColumn(.number).text(language), widthCentimetres: 1.2)]
                + kind.fields.map { field in
                    let header = field.header(in: language)
                    let written = field.isRequired ? "\(header) *" : header
                    let width = ColumnWidth.centimetres(of: written, bold: true) + ColumnWidth.padding
                    return Column(
                        written,
                        widthCentimetres: max(field.widthCentimetres, (width * 10).rounded(.up) / 10),
                        note: field.headerNote(in: language), format: columnFormat(field),
                        validation: validation(
                            field, language: language, connectionPoints: connectionPoints, zones: zones))
                },
            title: kind.title(in: language), freezeHeader: true, autoFilter: true, rows: [[CellValue]]())
    }

    /// The instructions: how to fill the template, then every column with its format and an example.
    static func instructions(in language: Language) -> Sheet {
        func text(_ message: InterchangeMessage) -> CellValue { .text(message.text(language)) }
        let general: [[CellValue]] =
            [
                InterchangeMessage.instructionOneRowEach, .instructionRequiredColumns,
                .instructionNamingOrganisations,
                .instructionDates, .instructionProvinces, .instructionCheckFirst,
            ].map { [text(.instructionsGeneral), .empty, .empty, text($0), .empty] }
            + [
                [
                    text(.instructionsGeneral), .empty, .empty,
                    text(
                        .instructionDropDowns(sheet: InterchangeMessage.productSetsSheetName.text(language))),
                    .empty,
                ],
                [
                    text(.instructionsGeneral), .empty, .empty,
                    text(
                        .instructionBoothRequests(
                            sheet: RegistrationSheetKind.boothRequests.sheetName(in: language))),
                    .empty,
                ],
            ]
        let columns: [[CellValue]] = RegistrationSheetKind.allCases.flatMap { kind in
            kind.fields.map { field in
                let example = field.example(in: language)
                let dropDown = RegistrationDropDown.of(field).map {
                    "\n▾ " + InterchangeMessage.dropDownPrompt($0).text(language)
                }
                return [
                    .text(kind.sheetName(in: language)), .text(field.header(in: language)),
                    text(field.isRequired ? .yes : .no), .text(field.note(in: language) + (dropDown ?? "")),
                    example.isEmpty ? .empty : .text(example),
                ]
            }
        }
        return Sheet(
            name: InterchangeMessage.instructionsSheetName.text(language),
            columns: [
                Column(InterchangeMessage.instructionsSheetColumn.text(language), widthCentimetres: 2.6),
                Column(InterchangeMessage.instructionsFieldColumn.text(language), widthCentimetres: 4.4),
                Column(InterchangeMessage.instructionsRequiredColumn.text(language), widthCentimetres: 2),
                Column(InterchangeMessage.instructionsHowColumn.text(language), widthCentimetres: 18),
                Column(InterchangeMessage.instructionsExampleColumn.text(language), widthCentimetres: 6),
            ],
            title: InterchangeMessage.instructionsTitle.text(language), freezeHeader: true, autoFilter: false,
            rows: general + columns)
    }

    /// The 26 OCOP product sets of 148/QĐ-TTg, to copy names from (the names are the decision's),
    /// and beside them the other drop-down lists (``listedDropDowns``), one per column; columns
    /// as wide as their text.
    static func productSets(in language: Language, connectionPoints: [String] = [], zones: [String] = [])
        -> Sheet
    {
        let sets: [[CellValue]] = OCOPCatalogue.productSets.map { set in
            [
                .integer(set.number), .text(set.name), .text(set.groupName), .text(set.sectorName),
                .text(set.category.name(language)),
            ]
        }
        let lists = listedDropDowns.map {
            $0.values(in: language, connectionPoints: connectionPoints, zones: zones)
        }
        let count = max(sets.count, lists.map(\.count).max() ?? 0)
        let rows: [[CellValue]] = (0..<count).map { index in
            (index < sets.count ? sets[index] : Array(repeating: .empty, count: 5))
                + lists.map { index < $0.count ? .text($0[index]) : .empty }
        }
        return Sheet(
            name: InterchangeMessage.productSetsSheetName.text(language),
            columns: [
                Column(InterchangeMessage.productSetNumberColumn.text(language), widthCentimetres: 1.2),
                Column(InterchangeMessage.productSetNameColumn.text(language), widthCentimetres: 9),
                Column(InterchangeMessage.productSetGroupColumn.text(language), widthCentimetres: 7),
                Column(InterchangeMessage.productSetSectorColumn.text(language), widthCentimetres: 5),
                Column(InterchangeMessage.productSetCategoryColumn.text(language), widthCentimetres: 4.5),
            ]
                + listedDropDowns.map {
                    Column(InterchangeMessage.dropDownListColumn($0).text(language), widthCentimetres: 4)
                },
            title: InterchangeMessage.productSetsTitle.text(language), freezeHeader: true, autoFilter: true,
            rows: rows
        ).fittingWidths(minimum: 1.2, maximum: 20)
    }

    /// The drop-down lists listed beside the product sets, in column order from the sixth (F).
    static let listedDropDowns: [RegistrationDropDown] = [
        .province, .organisationKind, .sector, .issuingLevel, .role, .attendance, .zone,
    ]

    /// The first row of the lists on the reference sheet (title, then header, then the lists).
    static let firstListRow = 3

    /// How a field's column is formatted: codes, phones and decision numbers as text (leading
    /// zeros kept, «399/QĐ-UBND» never a number), days as dates.
    static func columnFormat(_ field: RegistrationField) -> ColumnFormat {
        switch field {
        case .organisationCode, .productCode, .contactPhone, .delegatePhone, .decisionNumber, .partyPhone,
            .partyOrganisation, .sharedWith:
            .text
        case .decisionDate, .validUntil, .dateOfBirth: .date
        default: .general
        }
    }

    /// A field's drop-down list in `language`: written in full when short, otherwise the column
    /// of the reference sheet; information only for provinces, connection points and zones, a
    /// warning for the others; none for a list without values (zones without a venue).
    static func validation(
        _ field: RegistrationField, language: Language, connectionPoints: [String] = [], zones: [String] = []
    ) -> CellValidation? {
        guard let list = RegistrationDropDown.of(field) else { return nil }
        let source: CellValidation.Source
        if list.isWrittenInFull {
            source = .list(list.values(in: language))
        } else {
            let count = list.values(in: language, connectionPoints: connectionPoints, zones: zones).count
            guard count > 0 else { return nil }
            let column = list == .productSet ? 1 : 5 + (listedDropDowns.firstIndex(of: list) ?? 0)
            source = .range(
                sheet: InterchangeMessage.productSetsSheetName.text(language), column: column,
                rows: firstListRow...(firstListRow + count - 1))
        }
        return CellValidation(
            source, style: list.acceptsOtherValues ? .information : .warning,
            title: field.header(in: language), prompt: InterchangeMessage.dropDownPrompt(list).text(language),
            message: InterchangeMessage.dropDownNotInList(list).text(language))
    }

    /// Writes the template in `language` (the attendance drop-down offers on site and
    /// `connectionPoints`, the preferred-zone drop-down `zones`): one workbook (ODS, FODS or XLSX)
    /// or a CSV file per sheet in a folder.
    ///
    /// Returns the paths written. The default place is `Exports/mau-dang-ky.<ext>` (CSV:
    /// `Exports/mau-dang-ky/`). Every file goes through a temporary file renamed into place.
    public static func write(
        format: ExportFormat, output: String?, language: Language, created: LocalDateTime, version: String,
        connectionPoints: [String] = [], zones: [String] = []
    ) throws -> [String] {
        let stamp = "\(created.date.iso)T\(created.time):00"
        let workbook = workbook(
            created: stamp, generator: "FairPlan/\(version)", language: language,
            connectionPoints: connectionPoints, zones: zones)
        switch format {
        case .ods, .fods, .xlsx:
            let path = try ExportLocation.path(
                explicit: output, name: "\(fileStem).\(format.fileExtension)")
            switch format {
            case .ods: try ODSWriter.write(workbook, to: path)
            case .xlsx: try XLSXWriter.write(workbook, to: path)
            default: try FODSWriter.write(workbook, to: path)
            }
            return [path]
        case .csv:
            let folder = try ExportLocation.folder(explicit: output, name: fileStem)
            let stems = ["huong-dan"] + RegistrationSheetKind.allCases.map(\.fileStem) + ["bo-san-pham-ocop"]
            return try zip(stems, workbook.sheets).map { stem, sheet in
                let name = "\(stem).csv"
                let path = try ExportLocation.path(
                    explicit: URL(fileURLWithPath: folder).appendingPathComponent(name).path, name: name)
                try CSVWriter().write(sheet, to: path)
                return path
            }
        case .xml, .frab, .ics:
            throw InterchangeError.unsupportedExport(.templateFormatUnsupported(format))
        }
    }
}
