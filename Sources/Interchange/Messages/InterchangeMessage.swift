public import Planning

/// Every sentence, heading and name the Interchange module shows to people, by code, worded in
/// each ``Language`` by ``text(_:)``.
///
/// Problems (``SheetProblem``, ``VenueProblem``) and ``InterchangeError`` carry these values, so
/// front ends word them in the user's language and tests compare cases, never wording. Names and
/// values inside messages are typed; sheets people read (lists, the registration template) take
/// their headers and names from here too.
public enum InterchangeMessage: Hashable, Sendable, Codable, Localizable {
    // MARK: Reading and writing files

    /// An XML file that is not well formed; `detail` is the parser's own message.
    case xmlNotWellFormed(detail: String)
    /// An empty file.
    case emptyFile
    /// A file larger than the reader accepts (`limit` bytes).
    case fileTooLarge(limit: Int)
    /// A file with a DOCTYPE, refused for safety.
    case documentTypeNotAllowed
    /// A file declaring the entity `name`, refused for safety.
    case entityDeclarationNotAllowed(name: String)
    /// A file that cannot be read; `detail` is the system's own message.
    case cannotReadFile(detail: String)
    /// Another failure of the XML library; `detail` is its own message.
    case xmlLibraryError(detail: String)
    /// An error from elsewhere; `detail` is its own description.
    case unexpectedError(detail: String)
    /// An Excel file, which is not read directly.
    case excelNotSupported
    /// A file whose extension names no spreadsheet FairPlan reads.
    case unknownFileType
    /// A file to read that is not there.
    case fileNotFound
    /// A path to read that is a folder, not a file.
    case folderNotFile
    /// A file named as a workbook (`.xlsx`, `.ods`) whose content is plain text, most often a
    /// CSV file renamed or saved with the wrong extension: the extension it has.
    case textNamedAsWorkbook(extension: String)
    /// A file whose content is another spreadsheet format than its extension says (an XML file
    /// or FODS named `.ods`, an ODS or XLSX named `.csv`, an XLSX named `.ods`): the extension it
    /// has and the one its content calls for (`fods` for XML, `zip` when ODS and XLSX cannot be
    /// told apart).
    case contentOfAnotherFormat(extension: String, content: String)
    /// A resource shipped with the module is missing.
    case resourceMissing(name: String)
    /// An output folder that cannot be created; `reason` is the system's own message.
    case cannotCreateFolder(reason: String)
    /// An output file that cannot be written; `reason` is the system's own message.
    case cannotWrite(reason: String)
    /// `--out ""`: an empty output path, and the option it was given with.
    case outputPathEmpty(option: String)
    /// An output path in a folder that does not exist: the folder as written, and the option.
    case outputFolderMissing(folder: String, option: String)
    /// An output path whose folder is a file.
    case outputParentIsFile(folder: String)
    /// A CSV registration template (a folder of CSV files) asked for under a name ending in
    /// `.csv`, which reads as one file.
    case csvTemplateFolderNamedAsFile
    /// A format (frab, ics) asked for lists other than the programme.
    case programmeOnlyFormat(ExportFormat)
    /// A format the registration template is not written in.
    case templateFormatUnsupported(ExportFormat)
    /// `--out -` asked of an export that writes several files (`files` of them).
    case severalFilesToStandardOutput(ExportFormat, files: Int)
    /// An output file named with the extension of another format than the one written
    /// (`--format ods --out danh-sach.xlsx`): the program it opens in would refuse it.
    case extensionOfAnotherFormat(ExportFormat, written: String)

    // MARK: Venue files

    /// A venue file breaking the schema; `detail` is the validator's own message.
    case venueSchemaViolation(detail: String)
    /// A venue's province that is not recognised.
    case unknownVenueProvince(String)
    /// A zone, aisle or entrance identifier used `count` times.
    case identifierRepeated(id: String, count: Int)
    /// A booth naming a zone of another hall.
    case boothInOtherHallsZone(booth: String, zone: String, zoneHall: String, boothHall: String)
    /// An attribute whose value is not a number.
    case attributeNotANumber(attribute: String, value: String)
    /// An attribute whose value is not a valid integer.
    case attributeNotAnInteger(attribute: String, value: String)
    /// A length or position (in metres) outside `range` (``Limits/venueLengths``).
    case lengthOutOfRange(attribute: String, value: String, range: ClosedRange<Double>)
    /// An integer (a capacity, a floor, a booth row's count or first number) outside `range`.
    case integerOutOfRange(attribute: String, value: String, range: ClosedRange<Int>)
    /// More booths than a venue may have (``Limits/maximumBoothsPerVenue``); the rest are not read.
    case tooManyBooths(limit: Int)
    /// More rooms than a venue may have (``Limits/maximumRoomsPerVenue``); the rest are not read.
    case tooManyRooms(limit: Int)
    /// More halls, zones, aisles and entrances than a venue may have
    /// (``Limits/maximumFeaturesPerVenue``); the rest are not read.
    case tooManyFeatures(limit: Int)
    /// `count` more pairs of overlapping booths, beyond those listed.
    case moreOverlappingBooths(count: Int)
    /// `count` more problems in the file, beyond those listed (``Limits/maximumProblemsPerFile``).
    case moreProblems(count: Int)
    /// A Planning venue rule's finding, placed at the element; `lines` lists every line of the
    /// elements concerned when there are several.
    case venueFinding(Finding, lines: [Int])

    // MARK: Venue check and show

    // MARK: Demo

    /// The demo's heading of the venues section.
    case demoVenuesHeading
    /// The demo's heading of the files written.
    case demoFilesWritten

    // MARK: Floor plans

    /// The drawing's title.
    case floorPlanTitle(venue: String)
    /// A main aisle.
    case mainAisle
    /// An aisle.
    case aisle
    /// A booth's tooltip: code, kind, size in metres, zone, services, whether it is out of use.
    case boothTooltip(
        code: String, kind: BoothKind, width: Double, depth: Double, zone: String?, services: [BoothService],
        blocked: Bool)
    /// The legend's heading.
    case legendTitle
    /// The legend entry of an open booth front.
    case legendOpenFront
    /// The legend entry of an entrance.
    case legendEntrance
    /// The legend entry of a booth out of use.
    case legendBlockedBooth
    /// The line under the legend: booths in all, booths to let.
    case boothTotals(booths: Int, lettable: Int)

    // MARK: Lists

    /// A list's sheet name (and default file name).
    case listSheetName(ListKind)
    /// A list's title row.
    case listTitle(ListKind)
    /// A list column's header.
    case listColumn(ListColumn)
    /// An attendee at the venue itself.
    case onSite
    /// A party without booths yet.
    case notAssigned
    /// A product whose stars are not a recognised rating.
    case notRecognised
    /// A product without an OCOP certificate.
    case noCertificate
    /// A session not timetabled yet.
    case notScheduled
    /// Booths outside every zone.
    case noZone
    /// A plan without a venue.
    case noVenueChosen
    /// The summary's first block: organisations by province and kind.
    case summaryOrganisationsHeading
    /// The summary's second block: products by category.
    case summaryProductsHeading
    /// The summary's third block: booths by zone.
    case summaryBoothsHeading

    // MARK: Schedules

    /// A session without a room yet.
    case noRoomYet
    /// The connection points a session links.
    case linksPoints([String])
    /// The connection points of a calendar event.
    case connectionPointsLine([String])
    /// The programme version of a schedule exported from the working plan, not a publication.
    case draftProgrammeVersion
    /// The calendar event of a connection point's link test.
    case linkTestTitle(point: String)
    /// What a link test is: technical staff on site `minutes` before the first linked session.
    case linkTestDescription(session: String, minutes: Int)

    // MARK: Documents

    /// A text too long for a QR code: `bytes` bytes where at most `limit` fit.
    case qrTextTooLong(bytes: Int, limit: Int)

    // MARK: Registration template

    /// A registration column's header.
    case fieldHeader(RegistrationField)
    /// What to write in a registration column.
    case fieldNote(RegistrationField)
    /// An example value of a registration column (empty for some).
    case fieldExample(RegistrationField)
    /// The note on a template header cell: required or not, how to write it, an example.
    case fieldHeaderNote(RegistrationField)
    /// A registration sheet's name.
    case registrationSheetName(RegistrationSheetKind)
    /// A registration sheet's title row.
    case registrationSheetTitle(RegistrationSheetKind)
    /// The template workbook's title.
    case templateTitle
    /// The instructions sheet's name.
    case instructionsSheetName
    /// The instructions sheet's title row.
    case instructionsTitle
    /// The instructions' column of sheet names.
    case instructionsSheetColumn
    /// The instructions' column of column names.
    case instructionsFieldColumn
    /// The instructions' column saying whether a column is required.
    case instructionsRequiredColumn
    /// The instructions' column saying how to write a value.
    case instructionsHowColumn
    /// The instructions' column of examples.
    case instructionsExampleColumn
    /// The label of the general instructions.
    case instructionsGeneral
    /// General instruction: one row per entity, headers unchanged.
    case instructionOneRowEach
    /// General instruction: required columns are marked.
    case instructionRequiredColumns
    /// General instruction: products and delegates name their organisation.
    case instructionNamingOrganisations
    /// General instruction: how to write dates.
    case instructionDates
    /// General instruction: how to write provinces.
    case instructionProvinces
    /// General instruction: check before sending.
    case instructionCheckFirst
    /// Yes.
    case yes
    /// No.
    case no
    /// The reference sheet of OCOP product sets: its name.
    case productSetsSheetName
    /// The reference sheet of OCOP product sets: its title row.
    case productSetsTitle
    /// The product sets sheet's column of numbers.
    case productSetNumberColumn
    /// The product sets sheet's column of set names.
    case productSetNameColumn
    /// The product sets sheet's column of groups.
    case productSetGroupColumn
    /// The product sets sheet's column of sectors.
    case productSetSectorColumn
    /// The product sets sheet's column of report categories.
    case productSetCategoryColumn

    // MARK: Registration check: files and sheets

    /// A sheet named for a kind whose header row is not among the first `depth` rows.
    case headerRowNotFound(RegistrationSheetKind, depth: Int)
    /// A sheet that is not a registration sheet, skipped.
    case notARegistrationSheet
    /// A workbook of instructions only, skipped.
    case instructionsOnly
    /// A workbook without any registration sheet.
    case noRegistrationSheet
    /// A required column missing from the header row.
    case missingRequiredColumn(RegistrationField, headerRow: Int)
    /// A field found in several columns (1-based).
    case columnRepeated(RegistrationField, columns: [Int])
    /// A header the template does not have, skipped.
    case unknownColumn(String)
    /// No data row in any registration sheet.
    case noDataRows

    // MARK: Registration check: rows

    /// A required cell left empty.
    case missingRequiredValue(RegistrationField)
    /// A code or phone number that lost its leading zero (in a number cell, or in text one digit
    /// short); read as «0» + `written`.
    case lostLeadingZero(RegistrationField, written: String, numberCell: Bool)
    /// A cell that is not a whole number ≥ 0.
    case notACount(String)
    /// A whole number outside the range its field allows (`written`, the smallest and largest
    /// allowed).
    case countOutOfRange(RegistrationField, written: Int, minimum: Int, maximum: Int)
    /// A cell longer than its field allows (``Planning/Limits/maximumNameLength`` for a name,
    /// ``Planning/Limits/maximumTextLength`` for other text).
    case cellTooLong(RegistrationField, characters: Int, maximum: Int)
    /// A date that does not read.
    case unreadableDate(String)
    /// A yes/no cell that is neither.
    case unclearYesNo(String)
    /// Stars that do not read.
    case unreadableStars(String)
    /// A word that is not one of the field's values.
    case invalidValue(RegistrationField, written: String)
    /// An honorific that is not one.
    case unclearHonorific(String)
    /// No kind written and none told by the name.
    case kindNotInferable(name: String)
    /// A product set written loosely, read as set number `set`.
    case productSetInterpreted(written: String, set: Int)
    /// A product set written loosely that could be any of `sets`.
    case productSetAmbiguous(written: String, sets: [Int])
    /// A product set that is not recognised.
    case productSetUnknown(String)
    /// An OCOP recognition missing one of stars, decision number and date.
    case recognitionIncomplete(missing: RegistrationField)
    /// An organisation named by a name several organisations share.
    case organisationAmbiguous(written: String, candidates: [String])
    /// A product's owner that is not found.
    case organisationNotFound(written: String, suggestions: [String])
    /// A delegate's organisation that is not found, kept as their unit.
    case organisationNotFoundKeptAsUnit(written: String, suggestions: [String])
    /// A connection point that is not in the plan.
    case connectionPointUnknown(written: String, points: [String])
    /// A product left out with its owner's invalid row (`row` on the organisations sheet).
    case productSkippedWithOwner(owner: String, row: Int)
    /// A delegate unlinked from an organisation whose row (`row`) is invalid.
    case delegateUnlinkedFromOrganisation(organisation: String, row: Int)
    /// A Planning rule's finding about a row.
    case finding(Finding)

    // MARK: Registration check: against the plan and the other rows

    /// A row whose organisation, product or person the plan already holds with the same values
    /// (identifier `id`): nothing is written.
    case alreadyInPlan(RegistrationSheetKind, id: String)
    /// What a public page shows instead of a finding that names another registration (a person
    /// with the same phone, an organisation with the same code, an entry the plan already holds):
    /// whose data it is stays private.
    case matchesOtherRegistration
    /// What a public page shows instead of ``boothRequestSkippedWithRow(_:name:row:)``: the booth
    /// request waits for the organisation's errors to be corrected.
    case boothRequestWaitsForOrganisation
    /// What a public page shows instead of ``organisationAmbiguous(written:candidates:)``: the
    /// name `written` is several organisations', so the code is needed; which organisations, and
    /// their codes, stay private.
    case organisationNameShared(written: String)
    /// What a public page shows instead of the rules' finding that an organisation is in several
    /// exhibitors' booth requests (which names those exhibitors): naming nobody, but saying
    /// whether it is the submission's own organisation or one of those sharing its booth
    /// (`sharing`, the finding being beside «Dùng chung với»).
    case organisationInAnotherParty(sharing: Bool)
    /// A row whose entity the plan holds (identifier `id`) with other values: the changes, written
    /// with `--update` (`applied`) or only reported.
    case changedInPlan(RegistrationSheetKind, id: String, changes: [RegistrationChange], applied: Bool)
    /// A row sharing its natural key with the `others` rows (in file order): the first row
    /// (`isFirst`) is kept, the later ones are not imported.
    case repeatedInFiles(RegistrationKey, others: [RegistrationRowReference], isFirst: Bool)
    /// A delegate naming an organisation by a registration code (a lost leading zero restored) that
    /// no organisation has: not linked, and the code is not taken as their unit.
    case organisationCodeNotFound(code: String)
    /// Rows read, valid, already in the plan and changed, on one kind of sheet.
    case sheetCountAgainstPlan(RegistrationSheetKind, rows: Int, valid: Int, present: Int, changed: Int)
    /// The report's line about rows that change entities of the plan: how many, and whether
    /// `--update` writes the changes.
    case changesSummary(count: Int, applied: Bool)
    /// The verdict: nothing new, `present` rows already in the plan; nothing written.
    case verdictNothingNew(present: Int)
    /// The verdict with `--update`: no new row, `changed` rows update entities of the plan.
    case verdictUpdatesOnly(changed: Int)
    /// The verdict with `--update`: new rows to import and `changed` rows updating the plan.
    case verdictValidUpdating(organisations: Int, products: Int, people: Int, parties: Int, changed: Int)

    // MARK: Problem locations and the report

    /// A row number in a problem's location.
    case rowNumber(Int)
    /// A column letter in a problem's location, with its header when known.
    case columnLetter(String, header: String?)
    /// A column named by its header, when its letter is unknown.
    case columnNamed(String)
    /// The report's first line.
    case reportHeading(files: [String])
    /// Rows read and valid on one kind of sheet.
    case sheetCount(RegistrationSheetKind, rows: Int, valid: Int)
    /// The heading of the problems of one severity.
    case severityHeading(Severity, count: Int)
    /// The verdict: valid, this would be imported.
    case verdictValid(organisations: Int, products: Int, people: Int, parties: Int = 0)
    /// The verdict: rows with errors skipped, the rest imported.
    case verdictSkipping(skipped: Int, organisations: Int, products: Int, people: Int, parties: Int = 0)
    /// The verdict: not a template, nothing imported.
    case verdictNotATemplate(structuralErrors: Int)
    /// The verdict: errors, nothing imported.
    case verdictErrors(count: Int)

    // MARK: Hand-made plans

    /// No sheet with the programme's four columns.
    case programmeColumnsMissing
    /// A session that is not in the plan; `suggestions` are the closest sessions (labels with
    /// identifiers).
    case sessionNotInPlan(String, suggestions: [String] = [])
    /// A session name that several sessions of the plan answer to (`candidates`, labels with
    /// identifiers), when they are not sessions sharing one title taken in order.
    case sessionAmbiguous(written: String, candidates: [String])
    /// A day that does not read.
    case unreadableDay(String)
    /// A start time that does not read.
    case unreadableStartTime(String)
    /// A room that is not in the venue; `suggestions` are the closest rooms (labels with
    /// identifiers).
    case roomNotInVenue(String, suggestions: [String] = [])
    /// A room name that several rooms of the venue answer to (`candidates`, labels with
    /// identifiers).
    case roomAmbiguous(written: String, candidates: [String])
    /// No sheet with the booth plan's two columns.
    case boothPlanColumnsMissing
    /// A party that is not in the plan; `suggestions` are the closest parties (labels with
    /// identifiers).
    case partyNotInPlan(String, suggestions: [String] = [])
    /// A party name that several parties of the plan answer to (`candidates`, labels with
    /// identifiers), such as «HTX Tan Hoa» typed without tones for «HTX Tân Hòa» and «HTX Tấn Hòa».
    case partyAmbiguous(written: String, candidates: [String])
    /// The instructions' row on drop-down lists: which columns have one, and that the lists are on
    /// the sheet `sheet`.
    case instructionDropDowns(sheet: String)
    /// The help shown on a cell with a drop-down list, also on the instructions sheet.
    case dropDownPrompt(RegistrationDropDown)
    /// The message shown when a value not in a drop-down list is typed.
    case dropDownNotInList(RegistrationDropDown)
    /// The header of a drop-down's column on the reference sheet.
    case dropDownListColumn(RegistrationDropDown)
    /// The word before the page number in a printed list's footer («Trang 2/5»).
    case pageLabel

    // MARK: Booth requests (Đăng ký gian hàng)

    /// General instruction: the booth-request sheet `sheet`, its columns and drop-downs.
    case instructionBoothRequests(sheet: String)
    /// A booth request naming both a province and an organisation (`bothGiven`), or neither.
    case partyProvinceOrOrganisation(bothGiven: Bool)
    /// A number of booths outside 1...`maximum`.
    case boothsOutOfRange(Int, maximum: Int)
    /// A product shown that is not found on the sheet or in the plan.
    case productNotFound(written: String, suggestions: [String])
    /// A product shown by a name several products share.
    case productAmbiguous(written: String, candidates: [String])
    /// On the portal's public forms: a product shown that is none of the products of the
    /// organisations sharing the booths (the registering one and those of «Dùng chung với»),
    /// whether another organisation's or none at all (the wording never says which, nor whose);
    /// `suggestions` are close names among those organisations' products only.
    case productNotAmongShared(written: String, suggestions: [String])
    /// On the portal's public forms, a product's owner, a delegate's organisation or a booth
    /// request's organisation (`field`) that is not the submission's own organisation (the wording
    /// names no one).
    case outsideSubmission(RegistrationField)
    /// On the portal's public forms, an organisation written in «Dùng chung với» that is neither
    /// the one registering nor one the organisers have already put in its booths: whether another
    /// organisation answers to `written` is never said, nor whose it is; sharing with it goes
    /// through the organisers («Ghi chú»).
    case sharingNotConfirmed(written: String)
    /// A preferred zone the plan's venue does not have (kept as written); the venue's `zones`.
    case zoneUnknown(written: String, zones: [String])
    /// A contact phone without a contact person.
    case phoneWithoutContact
    /// A booth request left out with a row it names (`row` of a sheet of `kind`) that has an error.
    case boothRequestSkippedWithRow(RegistrationSheetKind, name: String, row: Int)
    /// The report's line about exhibiting parties: how many are new and how many updated.
    case partiesToImport(added: Int, updated: Int)

    // MARK: Timefold conference files

    /// A file that is not JSON; `detail` is the decoder's own message.
    case timefoldNotJSON(detail: String)
    /// JSON nested deeper than `limit` arrays and objects.
    case timefoldTooDeep(limit: Int)
    /// A required field (path such as `talkList[3].timeslot`) is missing.
    case timefoldFieldMissing(field: String)
    /// A field holding something other than what it should.
    case timefoldFieldType(field: String, expected: TimefoldValueKind)
    /// A field referring to an `@id` that no object of the right kind has.
    case timefoldUnknownReference(field: String, reference: String)
    /// Two objects with one `@id`.
    case timefoldDuplicateIdentifier(field: String, identifier: String)
    /// A list or set longer than the reader takes.
    case timefoldTooMany(field: String, count: Int, limit: Int)
    /// A number outside its range.
    case timefoldValueOutOfRange(field: String, value: Int, minimum: Int, maximum: Int)
    /// A text longer than the reader takes.
    case timefoldTextTooLong(field: String, limit: Int)
    /// A field FairPlan does not read (such as non-empty constraint weight overrides).
    case timefoldUnsupported(field: String)
    /// A timeslot that does not end after it starts.
    case timefoldTimeslotNotAfterStart(field: String)

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
