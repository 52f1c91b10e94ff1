public import Planning
public import Sheets

/// What a cooperative typed into the web portal's registration form: its organisation, products,
/// delegates and booth request, field by field as the registration template names them.
///
/// The form is checked exactly as a filled template is: ``workbook(in:)`` lays it out as the
/// template's sheets (a header row, then one row per product or delegate), so the importer's rules
/// and messages apply unchanged, and ``entry(of:)`` takes each problem back to the form entry it is
/// about. Products and delegates name the organisation as their owner and unit; the booth request
/// is the organisation's own.
public struct RegistrationForm: Hashable, Sendable {
    /// An entry of the form a problem can be about.
    public enum Entry: Hashable, Sendable {
        /// The organisation's fields.
        case organisation
        /// The product at this 0-based position among the products filled in.
        case product(Int)
        /// The delegate at this 0-based position among the delegates filled in.
        case delegate(Int)
        /// The booth request.
        case boothRequest
    }

    /// The name problems about the form give as their file.
    public static let fileName = "form"

    /// The organisation's fields.
    public var organisation: [RegistrationField: String]
    /// The products filled in, in order (entries with no field filled in are left out).
    public var products: [[RegistrationField: String]]
    /// The delegates filled in, in order (entries with no field filled in are left out).
    public var delegates: [[RegistrationField: String]]
    /// The booth request, nil when the organisation asks for no booth.
    public var boothRequest: [RegistrationField: String]?

    /// A form; entries whose fields are all blank are dropped.
    public init(
        organisation: [RegistrationField: String], products: [[RegistrationField: String]] = [],
        delegates: [[RegistrationField: String]] = [], boothRequest: [RegistrationField: String]? = nil
    ) {
        self.organisation = organisation
        self.products = products.filter { !Self.isBlank($0) }
        self.delegates = delegates.filter { !Self.isBlank($0) }
        self.boothRequest = boothRequest.flatMap { Self.isBlank($0) ? nil : $0 }
    }

    /// How the organisation is named in the other sheets: its registration code when given,
    /// else its name.
    var organisationReference: String {
        let code = organisation[.organisationCode]?.trimmedCell ?? ""
        return code.isEmpty ? organisation[.organisationName]?.trimmedCell ?? "" : code
    }

    /// The form as a filled template: one sheet per part filled in, each a header row of every
    /// field of the sheet in `language` and a row per entry; products name the organisation as
    /// their owner, delegates as their organisation, the booth request as its organisation (and,
    /// when not given, its short name or name as the name on the fascia).
    public func workbook(in language: Language) -> ReadWorkbook {
        var sheets = [sheet(.organisations, [organisation], language)]
        if !products.isEmpty {
            sheets.append(
                sheet(
                    .products,
                    products.map { entry in
                        var entry = entry
                        entry[.productOwner] = organisationReference
                        return entry
                    }, language))
        }
        if !delegates.isEmpty {
            sheets.append(
                sheet(
                    .delegates,
                    delegates.map { entry in
                        var entry = entry
                        entry[.delegateOrganisation] = organisationReference
                        return entry
                    }, language))
        }
        if var request = boothRequest {
            request[.partyOrganisation] = organisationReference
            request[.partyProvince] = nil
            if (request[.partyName]?.trimmedCell ?? "").isEmpty {
                let short = organisation[.organisationShortName]?.trimmedCell ?? ""
                request[.partyName] = short.isEmpty ? organisation[.organisationName] : short
            }
            sheets.append(sheet(.boothRequests, [request], language))
        }
        return ReadWorkbook(fileName: Self.fileName, sheets: sheets)
    }

    /// The entry of the form a problem found in ``workbook(in:)`` is about, nil for a problem
    /// about the whole form.
    public static func entry(of problem: SheetProblem) -> Entry? {
        let kind = problem.field?.sheet ?? problem.sheet.flatMap(RegistrationSheetKind.recognise(sheetName:))
        guard let kind else { return nil }
        let index = (problem.row ?? 2) - 2
        switch kind {
        case .organisations: return .organisation
        case .products: return index >= 0 ? .product(index) : nil
        case .delegates: return index >= 0 ? .delegate(index) : nil
        case .boothRequests: return .boothRequest
        }
    }

    /// A sheet of `kind` holding `entries`.
    private func sheet(
        _ kind: RegistrationSheetKind, _ entries: [[RegistrationField: String]], _ language: Language
    ) -> ReadSheet {
        let fields = kind.fields
        var rows: [[CellValue]] = [fields.map { .text($0.header(in: language)) }]
        for entry in entries {
            rows.append(
                fields.map { field in
                    let value = entry[field] ?? ""
                    return value.isEmpty ? .empty : .text(value)
                })
        }
        return ReadSheet(name: kind.sheetName(in: language), rows: rows, rowNumbers: Array(1...rows.count))
    }

    /// Whether no field of `entry` holds anything but spaces.
    private static func isBlank(_ entry: [RegistrationField: String]) -> Bool {
        entry.values.allSatisfy { $0.trimmedCell.isEmpty }
    }
}
