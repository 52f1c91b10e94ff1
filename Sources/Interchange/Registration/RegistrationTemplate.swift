import Foundation
public import Planning
public import Sheets

/// The registration template: an instructions sheet, a sheet each for organisations, products and
/// delegates with a note on every header, and the OCOP product sets for reference, in Vietnamese
/// or English (the importer reads both).
public enum RegistrationTemplate {
    /// The template's file name stem.
    static let fileStem = "mau-dang-ky"

    /// The template as a workbook in `language`.
    public static func workbook(created: String, generator: String, language: Language) -> Workbook {
        Workbook(
            sheets: [instructions(in: language)]
                + RegistrationSheetKind.allCases.map { sheet($0, language: language) }
                + [productSets(in: language)],
            metadata: WorkbookMetadata(
                title: InterchangeMessage.templateTitle.text(language), generator: generator, created: created
            ))
    }

    /// The empty data sheet of one kind in `language`: title row, headers (required ones marked
    /// `*`) with their notes, frozen header with an autofilter.
    static func sheet(_ kind: RegistrationSheetKind, language: Language) -> Sheet {
        Sheet(
            name: kind.sheetName(in: language),
            columns: [Column(InterchangeMessage.listColumn(.number).text(language), widthCentimetres: 1.2)]
                + kind.fields.map { field in
                    let header = field.header(in: language)
                    return Column(
                        field.isRequired ? "\(header) *" : header, widthCentimetres: field.widthCentimetres,
                        note: field.headerNote(in: language))
                },
            title: kind.title(in: language), freezeHeader: true, autoFilter: true, rows: [[CellValue]]())
    }

    /// The instructions: how to fill the template, then every column with its format and an example.
    static func instructions(in language: Language) -> Sheet {
        func text(_ message: InterchangeMessage) -> CellValue { .text(message.text(language)) }
        let general: [[CellValue]] = [
            InterchangeMessage.instructionOneRowEach, .instructionRequiredColumns,
            .instructionNamingOrganisations,
            .instructionDates, .instructionProvinces, .instructionCheckFirst,
        ].map { [text(.instructionsGeneral), .empty, .empty, text($0), .empty] }
        let columns: [[CellValue]] = RegistrationSheetKind.allCases.flatMap { kind in
            kind.fields.map { field in
                let example = field.example(in: language)
                return [
                    .text(kind.sheetName(in: language)), .text(field.header(in: language)),
                    text(field.isRequired ? .yes : .no), .text(field.note(in: language)),
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

    /// The 26 OCOP product sets of 148/QĐ-TTg, to copy names from (the names are the decision's).
    static func productSets(in language: Language) -> Sheet {
        Sheet(
            name: InterchangeMessage.productSetsSheetName.text(language),
            columns: [
                Column(InterchangeMessage.productSetNumberColumn.text(language), widthCentimetres: 1.2),
                Column(InterchangeMessage.productSetNameColumn.text(language), widthCentimetres: 9),
                Column(InterchangeMessage.productSetGroupColumn.text(language), widthCentimetres: 7),
                Column(InterchangeMessage.productSetSectorColumn.text(language), widthCentimetres: 5),
                Column(InterchangeMessage.productSetCategoryColumn.text(language), widthCentimetres: 4.5),
            ],
            title: InterchangeMessage.productSetsTitle.text(language), freezeHeader: true, autoFilter: true,
            rows: OCOPCatalogue.productSets.map { set in
                [
                    .integer(set.number), .text(set.name), .text(set.groupName), .text(set.sectorName),
                    .text(set.category.name(language)),
                ]
            })
    }

    /// Writes the template in `language`: one workbook (ODS or FODS) or a CSV file per sheet in a
    /// folder.
    ///
    /// Returns the paths written. The default place is `Exports/mau-dang-ky.<ext>` (CSV:
    /// `Exports/mau-dang-ky/`). Every file goes through a temporary file renamed into place.
    public static func write(
        format: ExportFormat, output: String?, language: Language, created: LocalDateTime, version: String
    ) throws -> [String] {
        let stamp = "\(created.date.iso)T\(created.time):00"
        let workbook = workbook(created: stamp, generator: "FairPlan/\(version)", language: language)
        switch format {
        case .ods, .fods:
            let path = try ExportLocation.path(
                explicit: output, name: "\(fileStem).\(format.fileExtension)")
            if format == .ods {
                try ODSWriter.write(workbook, to: path)
            } else {
                try FODSWriter.write(workbook, to: path)
            }
            return [path]
        case .csv:
            let folder =
                output
                ?? URL(fileURLWithPath: ExportLocation.defaultFolder).appendingPathComponent(fileStem).path
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
