import Planning

extension InterchangeMessage {
    /// The message in English.
    var englishText: String {
        switch self {
        case .xmlNotWellFormed(let detail): "The XML file is not well formed: \(detail)"
        case .emptyFile: "The file is empty."
        case .fileTooLarge(let limit): "The file is too large; the limit is \(limit) bytes."
        case .documentTypeNotAllowed: "The file declares a DOCTYPE, which is refused for safety."
        case .entityDeclarationNotAllowed(let name):
            "The file declares the entity «\(name)», which is refused for safety."
        case .cannotReadFile(let detail): "Cannot read the file: \(detail)"
        case .xmlLibraryError(let detail): "XML library error: \(detail)"
        case .unexpectedError(let detail): "Unexpected error: \(detail)"
        case .excelNotSupported:
            "Excel files (.xlsx/.xls) cannot be read directly yet: in Excel or LibreOffice choose Save As "
                + "«OpenDocument Spreadsheet (.ods)» or CSV UTF-8, then use that file."
        case .unknownFileType: "Unknown kind of file: .xlsx, .ods, .fods or .csv is needed."
        case .fileNotFound: "There is no such file; check its name and folder."
        case .textNamedAsWorkbook(let fileExtension):
            "The file is named .\(fileExtension) but holds plain text (a CSV file renamed, most likely): rename it to .csv, or open it in Excel or LibreOffice and save it as .\(fileExtension == "xls" ? "xlsx" : fileExtension)."
        case .contentOfAnotherFormat(let fileExtension, let content):
            "The file is named .\(fileExtension) but holds "
                + (content == "fods"
                    ? "XML (a .fods spreadsheet or an XML file renamed, most likely): if it is a FODS spreadsheet, rename it to .fods."
                    : content == "zip"
                        ? "a compressed archive (an .ods or .xlsx file renamed, most likely): give it back its .ods or .xlsx extension."
                        : "a .\(content) file (renamed, most likely): rename it to .\(content).")
        case .folderNotFile: "This is a folder, not a file; name an .xlsx, .ods, .fods or .csv file in it."
        case .resourceMissing(let name): "The resource file «\(name)» is missing."
        case .cannotCreateFolder(let reason): "Cannot create the folder: \(reason)"
        case .outputPathEmpty(let option):
            "The \(option) path is empty; give the file to write."
        case .outputFolderMissing(let folder, let option):
            "There is no folder «\(folder)»; check the \(option) path, or create the folder first."
        case .outputParentIsFile(let folder):
            "«\(folder)» is a file, not a folder; choose a folder to write into."
        case .csvTemplateFolderNamedAsFile:
            "A CSV template is a folder of several .csv files, so its name must not end in .csv; "
                + "choose another (for example «mau-dang-ky»)."
        case .cannotWrite(let reason): "Cannot write the file: \(reason)"
        case .programmeOnlyFormat(let format): "The \(format.rawValue) format is for the programme only."
        case .extensionOfAnotherFormat(let format, let written):
            "The file is written as \(format.rawValue) but its name ends in .\(written); a program opening it by "
                + "its extension would refuse it. Name it .\(format.fileExtension) or choose --format \(written)."
        case .severalFilesToStandardOutput(let format, let files):
            "The \(format.rawValue) format writes \(files) files (one per list): --out - writes one file to standard output; choose one list, or the ods/fods/xlsx format (one workbook)."
        case .templateFormatUnsupported(let format):
            "The registration template is written as ods, fods, xlsx or csv, not \(format.rawValue)."

        case .venueSchemaViolation(let detail): "The venue file breaks its schema: \(detail)"
        case .unknownVenueProvince(let written): "Unknown province «\(written)»."
        case .identifierRepeated(let id, let count):
            "Identifier «\(id)» is used \(count) times for zones, aisles or entrances."
        case .boothInOtherHallsZone(let booth, let zone, let zoneHall, let boothHall):
            "Booth \(booth) names zone «\(zone)» of hall «\(zoneHall)», not of its own hall «\(boothHall)»."
        case .attributeNotANumber(let attribute, let value):
            "The value «\(value)» of attribute \(attribute) is not a number."
        case .attributeNotAnInteger(let attribute, let value):
            "The value «\(value)» of attribute \(attribute) is not a valid integer."
        case .lengthOutOfRange(let attribute, let value, let range):
            "The value «\(value)» of attribute \(attribute) is out of range: lengths and positions are "
                + "between \(Self.decimal(range.lowerBound)) and \(Self.decimal(range.upperBound)) metres."
        case .integerOutOfRange(let attribute, let value, let range):
            "The value «\(value)» of attribute \(attribute) is out of range: "
                + "it must be between \(range.lowerBound) and \(range.upperBound)."
        case .tooManyBooths(let limit):
            "More than \(limit) booths: a venue holds at most \(limit) booths; the rest were not read."
        case .tooManyRooms(let limit):
            "More than \(limit) rooms: a venue holds at most \(limit) rooms; the rest were not read."
        case .tooManyFeatures(let limit):
            "More than \(limit) halls, zones, aisles and entrances: a venue holds at most \(limit); "
                + "the rest were not read."
        case .moreOverlappingBooths(let count): "… and \(count) more pairs of overlapping booths."
        case .moreProblems(let count): "… and \(count) more problems not listed."
        case .venueFinding(let finding, let lines): Self.englishPlaced(finding, lines: lines)

        case .demoVenuesHeading: "VENUES (files in Venues/)"
        case .demoFilesWritten: "Floor plans and lists written:"

        case .floorPlanTitle(let venue): "Floor plan: \(venue)"
        case .mainAisle: "Main aisle"
        case .aisle: "Aisle"
        case .boothTooltip(let code, let kind, let width, let depth, let zone, let services, let blocked):
            "Booth \(code) · \(kind.name(.english)) · \(width.formatted)×\(depth.formatted) m"
                + (zone.map { " · \($0)" } ?? "")
                + (services.isEmpty ? "" : " · " + services.map { $0.name(.english) }.joined(separator: ", "))
                + (blocked ? " · out of use" : "")
        case .legendTitle: "Legend"
        case .legendOpenFront: "Open front (booth entrance)"
        case .legendEntrance: "Entrance"
        case .legendBlockedBooth: "Booth out of use"
        case .boothTotals(let booths, let lettable):
            "\(Self.counted(booths, "booth", "booths")), \(lettable) to let"

        case .listSheetName(let kind): Self.englishSheetName(kind)
        case .listTitle(let kind): Self.englishTitle(kind)
        case .listColumn(let column): Self.englishHeader(column)
        case .onSite: "On site"
        case .notAssigned: "Not assigned"
        case .notRecognised: "Not recognised"
        case .noCertificate: "No certificate"
        case .notScheduled: "Not scheduled"
        case .noZone: "Outside any zone"
        case .noVenueChosen: "No venue chosen"
        case .summaryOrganisationsHeading: "1. Organisations by province and kind"
        case .summaryProductsHeading: "2. Products by category"
        case .summaryBoothsHeading: "3. Booths by zone"

        case .noRoomYet: "No room yet"
        case .linksPoints(let points): "Links the connection points: \(points.joined(separator: ", "))"
        case .connectionPointsLine(let points): "Connection points: " + points.joined(separator: ", ")
        case .draftProgrammeVersion: "draft, not published"
        case .linkTestTitle(let point): "Link test — \(point)"
        case .linkTestDescription(let session, let minutes):
            "Technical staff on site test the link \(minutes) minutes before the point's first linked session of the day: «\(session)»."
        case .qrTextTooLong(let bytes, let limit):
            "The text is too long for a QR code: \(bytes) bytes, at most \(limit) at the chosen error-correction level."

        case .fieldHeader(let field): Self.englishHeader(field)
        case .fieldNote(let field): Self.englishNote(field)
        case .fieldExample(let field): Self.englishExample(field)
        case .fieldHeaderNote(let field):
            (field.isRequired ? "Required. " : "") + Self.englishNote(field)
                + (Self.englishExample(field).isEmpty ? "" : "\nExample: \(Self.englishExample(field))")
        case .registrationSheetName(let kind): Self.englishSheetName(kind)
        case .registrationSheetTitle(let kind): Self.englishTitle(kind)
        case .templateTitle: "Registration form for fairs and conferences"
        case .instructionsSheetName: "Instructions"
        case .instructionsTitle: "HOW TO FILL IN THE REGISTRATION FORM"
        case .instructionsSheetColumn: "Sheet"
        case .instructionsFieldColumn: "Column"
        case .instructionsRequiredColumn: "Required"
        case .instructionsHowColumn: "How to write it"
        case .instructionsExampleColumn: "Example"
        case .instructionsGeneral: "General"
        case .instructionOneRowEach:
            "Enter each organisation, product and delegate on one row of its sheet; do not rename the columns."
        case .instructionRequiredColumns:
            "Columns marked * are required. The No. column is optional. You may add a «Notes» column: FairPlan ignores it."
        case .instructionNamingOrganisations:
            "Products and delegates name their organisation as on the Organisations sheet, or by its registration code."
        case .instructionDates:
            "Write dates as dd/mm/yyyy (e.g. 15/03/2024) or yyyy-mm-dd, or use date cells."
        case .instructionProvinces:
            "Write provinces by their new (2025) name or their name before the merger, with or without diacritics."
        case .instructionCheckFirst:
            "Check before sending: fairplan import FILE --check (lists every problem by sheet, row and column)."
        case .yes: "Yes"
        case .no: "No"
        case .productSetsSheetName: "OCOP product sets"
        case .productSetsTitle: "OCOP PRODUCT SETS (Decision 148/QĐ-TTg)"
        case .productSetNumberColumn: "No."
        case .productSetNameColumn: "Product set"
        case .productSetGroupColumn: "Group"
        case .productSetSectorColumn: "Sector"
        case .productSetCategoryColumn: "Report category"

        case .headerRowNotFound(let kind, let depth):
            "No header row found on the \(Self.englishSheetName(kind)) sheet in its first \(depth) rows; please use "
                + "the template from `fairplan template registrations`."
        case .notARegistrationSheet:
            "This sheet is not an Organisations, Products, Delegates or Booth requests sheet: skipped."
        case .instructionsOnly: "The template's instructions: no data, skipped."
        case .noRegistrationSheet:
            "No Organisations, Products or Delegates sheet found (recognised by sheet name or header row); "
                + "please use the template from `fairplan template registrations`."
        case .missingRequiredColumn(let field, let headerRow):
            "The required column «\(Self.englishHeader(field))» is missing from header row \(headerRow)."
        case .columnRepeated(let field, let columns):
            "Column «\(Self.englishHeader(field))» appears several times (columns \(Self.letters(columns))); "
                + "keep only one."
        case .unknownColumn(let text): "Column «\(text)» is not part of the template: skipped."
        case .noDataRows: "No data rows on the Organisations, Products or Delegates sheets."

        case .missingRequiredValue(let field): "«\(Self.englishHeader(field))» is missing (required)."
        case .lostLeadingZero(let field, let written, let numberCell):
            numberCell
                ? "\(Self.englishDigitsName(field)) «\(written)» lost its leading zero (number cell); read as "
                    + "«0\(written)». Format the column as Text."
                : "\(Self.englishDigitsName(field)) «\(written)» is one digit short, probably a leading zero lost "
                    + "when saving; read as «0\(written)»."
        case .notACount(let text):
            "«\(text)» is not a whole number of zero or more (a fraction such as 12.5 cannot be used; write "
                + "thousands as 1,200 or 1200)."
        case .countOutOfRange(let field, let written, let minimum, let maximum):
            "«\(field.header(in: .english))» is \(written), outside the allowed range \(minimum) to \(maximum)."
        case .cellTooLong(let field, let characters, let maximum):
            "«\(field.header(in: .english))» is \(characters) characters long, over the limit "
                + "of \(maximum); shorten it."
        case .unreadableDate(let text):
            "Cannot read the date «\(text)», or it does not exist: write a real date as dd/mm/yyyy (e.g. 15/03/2024) "
                + "or yyyy-mm-dd."
        case .unclearYesNo(let text): "«\(text)» is unclear: write «Yes» or «No»."
        case .unreadableStars(let text): "Cannot read the stars «\(text)»: write 3, 4 or 5."
        case .invalidValue(let field, let written):
            Self.englishExpected(field).map { "«\(written)» is not a valid value; write \($0)." }
                ?? "«\(written)» is not a valid value."
        case .unclearHonorific(let written): "Honorific «\(written)» is unclear: write Mr, Mrs or Đồng chí."
        case .kindNotInferable(let name):
            "«Kind» is missing and the name «\(name)» does not tell the kind: write Cooperative, Enterprise, ..."
        case .productSetInterpreted(let written, let set):
            "«\(written)» is read as product set no. \(set): \(Self.productSetName(set))."
        case .productSetAmbiguous(let written, let sets):
            "«\(written)» could be product set "
                + sets.map { "no. \($0) «\(Self.productSetName($0))»" }.joined(separator: " or ")
                + ": write the set's exact name or number."
        case .productSetUnknown(let written):
            "Product set «\(written)» not recognised: write the set's name from Decision 148/QĐ-TTg (see the "
                + "OCOP product sets sheet), «Bộ sản phẩm số N» or «Phân nhóm N» (Decision 1048/QĐ-TTg)."
        case .recognitionIncomplete(let missing):
            "«\(Self.englishHeader(missing))» is missing: an OCOP product needs its stars and the recognition "
                + "decision's number and date (leave all three empty if it is not recognised)."
        case .organisationAmbiguous(let written, let candidates):
            "«\(written)» is the name of \(candidates.count) organisations (\(candidates.joined(separator: "; "))): "
                + "write the registration code or the identifier of the one meant."
        case .organisationNotFound(let written, let suggestions):
            "No organisation «\(written)» on the Organisations sheet or in the plan.\(Self.englishHint(suggestions))"
        case .organisationNotFoundKeptAsUnit(let written, let suggestions):
            "No organisation «\(written)» on the Organisations sheet or in the plan: written as the unit instead."
                + Self.englishHint(suggestions)
        case .connectionPointUnknown(let written, let points):
            "No connection point «\(written)» in the plan; the connection points are: "
                + "\(points.joined(separator: "; ")); or write «On site»."
        case .productSkippedWithOwner(let owner, let row):
            "The owner «\(owner)» (Organisations sheet, row \(row)) has errors: this product is skipped with it."
        case .delegateUnlinkedFromOrganisation(let organisation, let row):
            "The organisation «\(organisation)» (Organisations sheet, row \(row)) has errors: the delegate is "
                + "imported with the organisation's name as their unit."
        case .finding(let finding): finding.message.text(.english)

        case .alreadyInPlan(_, let id): "Already in the plan (\(id)): not imported again."
        case .matchesOtherRegistration:
            "Matches the details of an organisation or a person already registered (name, code, phone or "
                + "e-mail). If it is your own organisation's registration, correct it through the private link you "
                + "received when registering; if not, check these details again."
        case .boothRequestWaitsForOrganisation:
            "The booth request is not considered yet because the organisation's details have errors; correct "
                + "those first."
        case .organisationNameShared(let written):
            "Several organisations go by «\(written)»: write the organisation's registration code instead of "
                + "the name."
        case .organisationInAnotherParty(let sharing):
            (sharing ? "An organisation named under «Shared with»" : "Your organisation")
                + " is also in another exhibitor's booth request; the organisers will look into it."
        case .changedInPlan(_, let id, let changes, let applied):
            "In the plan (\(id)) with other values: \(Self.changeList(changes, in: .english)). "
                + (applied
                    ? "Will be updated (--update)." : "Not updated: run again with --update to update it.")
        case .repeatedInFiles(let key, let others, let isFirst):
            "Same as \(Self.rowList(others, in: .english)) (\(Self.englishKeyText(key))): "
                + (isFirst
                    ? "only this row, the first, is imported; delete the later ones."
                    : "the first row is kept and this one is not imported; delete it "
                        + "(--skip-invalid leaves it out).")
        case .organisationCodeNotFound(let code):
            "No organisation has the registration code «\(code)» on the Organisations sheet or in the plan: "
                + "the delegate is imported without an organisation (the code is not written as their unit)."
        case .sheetCountAgainstPlan(let kind, let rows, let valid, let present, let changed):
            "\(Self.englishSheetName(kind)): \(Self.counted(rows, "row", "rows")), \(valid) valid "
                + "(\(present) already in the plan, \(changed) changed)"
        case .changesSummary(let count, let applied):
            "Changes to what the plan holds: \(Self.counted(count, "row", "rows")) — "
                + (applied
                    ? "will be updated (--update)." : "not updated; run again with --update to update them.")
        case .verdictNothingNew(let present):
            "Result: nothing new — \(Self.counted(present, "row is", "rows are")) already in the plan; "
                + "nothing written."
        case .verdictValidUpdating(let organisations, let products, let people, let parties, let changed):
            "Result: valid — will import \(Self.englishAdds(organisations, products, people, parties)); "
                + "\(Self.counted(changed, "row updates", "rows update")) entries of the plan (--update)."
        case .verdictUpdatesOnly(let changed):
            "Result: valid — no new rows; \(Self.counted(changed, "row updates", "rows update")) "
                + "entries of the plan (--update)."

        case .rowNumber(let row): "row \(row)"
        case .columnLetter(let letter, let header): "column \(letter)" + (header.map { " (\($0))" } ?? "")
        case .columnNamed(let header): "column «\(header)»"
        case .reportHeading(let files): "Registration check: \(files.joined(separator: ", "))"
        case .sheetCount(let kind, let rows, let valid):
            "\(Self.englishSheetName(kind)): \(Self.counted(rows, "row", "rows")), \(valid) valid"
        case .severityHeading(let severity, let count): "\(Self.englishPlural(severity)) (\(count)):"
        case .verdictValid(let organisations, let products, let people, let parties):
            "Result: valid — will import \(Self.englishAdds(organisations, products, people, parties))."
        case .verdictSkipping(let skipped, let organisations, let products, let people, let parties):
            "Result: skipping \(Self.counted(skipped, "row", "rows")) with errors (--skip-invalid) — will import "
                + "\(Self.englishAdds(organisations, products, people, parties))."
        case .verdictNotATemplate(let count):
            "Result: NOTHING imported — the files do not follow the template (\(Self.counted(count, "structural error", "structural errors"))); "
                + "fix them and check again."
        case .verdictErrors(let count):
            "Result: NOTHING imported because of \(Self.counted(count, "error", "errors")); fix the rows above or use "
                + "--skip-invalid to import only the valid rows."

        case .programmeColumnsMissing:
            "No sheet has all of the columns «Session», «Date», «Start» and «Room»."
        case .sessionNotInPlan(let title, let suggestions):
            "No session «\(title)» in the plan.\(Self.englishHint(suggestions))"
        case .sessionAmbiguous(let written, let candidates):
            "«\(written)» matches \(candidates.count) sessions (\(candidates.joined(separator: "; "))): "
                + "write the full title with its diacritics, or the identifier (id)."
        case .unreadableDay(let text): "Cannot read the date «\(text)» (dd/mm/yyyy)."
        case .unreadableStartTime(let text): "Cannot read the start time «\(text)» (hh:mm)."
        case .roomNotInVenue(let room, let suggestions):
            "No room «\(room)» at the venue.\(Self.englishHint(suggestions))"
        case .roomAmbiguous(let written, let candidates):
            "«\(written)» matches \(candidates.count) rooms (\(candidates.joined(separator: "; "))): "
                + "write the full name with its diacritics, or the identifier (id)."
        case .boothPlanColumnsMissing: "No sheet has both an «Exhibitor» column and a «Booths» column."
        case .partyNotInPlan(let name, let suggestions):
            "No exhibiting party «\(name)» in the plan.\(Self.englishHint(suggestions))"
        case .partyAmbiguous(let written, let candidates):
            "«\(written)» matches \(candidates.count) exhibiting parties (\(candidates.joined(separator: "; "))): "
                + "write the full name with its diacritics, or the identifier (id)."
        case .instructionDropDowns(let sheet):
            "The Province/city, Kind, Sector, OCOP product set, Stars, Issuing level, Needs water/cold storage, "
                + "Role and Attendance columns have drop-down lists: click the cell, then pick from the arrow on "
                + "its right. The lists are on the «\(sheet)» sheet. Other values can still be typed (with a "
                + "warning only); FairPlan checks them again on import."
        case .dropDownPrompt(let list): Self.en(prompt: list)
        case .dropDownNotInList(let list):
            list.acceptsOtherValues
                ? "This value is not in the list; it is kept, and FairPlan checks it on import."
                : "This value is not in the list. Press Yes/OK to keep it, or pick one from the list."
        case .dropDownListColumn(let list): Self.en(column: list)
        case .pageLabel: "Page"
        case .instructionBoothRequests, .partyProvinceOrOrganisation, .boothsOutOfRange, .productNotFound,
            .productAmbiguous, .productNotAmongShared, .outsideSubmission, .sharingNotConfirmed, .zoneUnknown,
            .phoneWithoutContact, .boothRequestSkippedWithRow,
            .partiesToImport:
            Self.boothRequestText(self, .english) ?? ""
        case .timefoldNotJSON, .timefoldTooDeep, .timefoldFieldMissing, .timefoldFieldType,
            .timefoldUnknownReference, .timefoldDuplicateIdentifier, .timefoldTooMany,
            .timefoldValueOutOfRange,
            .timefoldTextTooLong, .timefoldUnsupported, .timefoldTimeslotNotAfterStart:
            Self.timefoldText(self, .english)
        }
    }
}
