import ArgumentParser
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register product --name ... --owner ORG ...`.
    struct Product: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a product of an organisation, with its OCOP recognition when it has one.",
            discussion: """
                An OCOP recognition needs --stars, --decision and --decision-date together; it is \
                checked on the event's dates (expired or not yet valid certificates are errors).
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The product name as on the list.")
        var name: String

        @Option(help: "The owner: an organisation's identifier, registration code, name or short name.")
        var owner: String

        @Option(name: .customLong("set"), help: "The OCOP product set (name or \"Bộ sản phẩm số N\").")
        var productSet: String?

        @Option(help: "OCOP stars (3, 4 or 5).")
        var stars: Int?

        @Option(help: "The recognition decision number, e.g. 2919/QĐ-UBND.")
        var decision: String?

        @Option(help: "The decision date (dd/mm/yyyy or yyyy-mm-dd).")
        var decisionDate: String?

        @Option(help: "The body that issued the decision, e.g. \"UBND tỉnh Cà Mau\".")
        var issuingBody: String?

        @Option(help: "The issuing level: district, province or central.")
        var issuingLevel: IssuingLevel?

        @Option(help: "An end of validity stated in the decision (instead of 36 months).")
        var validUntil: String?

        @Option(help: "The product's OCOP code.")
        var ocopCode: String?

        @Flag(help: "Fresh food that needs water or cold storage at the booth.")
        var coldChain = false

        @Option(help: "The identifier to give (default: made from the name, e.g. sp-mat-ong).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            let recognition = [stars != nil, decision != nil, decisionDate != nil]
            if recognition.contains(true) && recognition.contains(false) {
                throw ValidationError("Chứng nhận OCOP cần đủ --stars, --decision và --decision-date.")
            }
            if stars == nil
                && (issuingBody != nil || issuingLevel != nil || validUntil != nil || ocopCode != nil)
            {
                throw ValidationError(
                    "--issuing-body, --issuing-level, --valid-until và --ocop-code chỉ dùng kèm chứng nhận OCOP (--stars ...)."
                )
            }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order())
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make.
        func order() throws -> Registrar.Order {
            let classification = try productSet.map { written in
                if let found = OCOPCatalogue.classify(written) { return found }
                let candidates = OCOPCatalogue.productSets(matching: written)
                if candidates.count == 1 { return OCOPClassification.productSet(candidates[0].number) }
                if candidates.count > 1 {
                    throw WorkflowError.ambiguous(
                        kind: "bộ sản phẩm OCOP", written: written,
                        candidates: candidates.map { "số \($0.number) «\($0.name)»" })
                }
                throw WorkflowError.invalidValue(
                    option: "--set", value: written,
                    expected:
                        "không nhận ra bộ sản phẩm OCOP; ghi tên bộ (xem `fairplan template registrations`) hoặc «Bộ sản phẩm số N»"
                )
            }
            var recognition: OCOPRecognition?
            if let stars, let decision, let decisionDate {
                recognition = OCOPRecognition(
                    stars: stars, decisionNumber: decision,
                    decisionDate: try CommandValues.date(decisionDate, option: "--decision-date"),
                    issuingBody: issuingBody, issuingLevel: issuingLevel,
                    criteriaBasis: nil,
                    productCode: ocopCode,
                    statedValidUntil: try validUntil.map {
                        try CommandValues.date($0, option: "--valid-until")
                    })
            }
            return Registrar.Order(
                noun: "sản phẩm", prefix: "sp", name: name, explicitID: id,
                taken: { Set($0.products.map(\.id.rawValue)) },
                build: { plan, id in
                    let owner = try PlanLookup(plan: plan).organisation(owner)
                    let product = Planning.Product(
                        id: Identifier(id), name: name, owner: owner.id, classification: classification,
                        recognition: recognition, needsColdChain: coldChain)
                    var changed = plan
                    changed.products.append(product)
                    return Registrar.Built(
                        plan: changed, subjects: [Registrar.key(.product, id)],
                        write: { try $0.addProduct(product) })
                })
        }
    }
}
