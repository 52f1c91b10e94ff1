public import Planning
public import Store

/// Registers a product of an organisation, with its OCOP recognition when it has one (checked on
/// the event's dates: an expired or not yet valid certificate is an error).
public struct RegisterProduct: Sendable {
    /// The product as typed.
    public struct Input: Sendable {
        /// The product name as on the list.
        public var name: String
        /// The owner: an organisation's identifier, registration code, name or short name.
        public var owner: String
        /// The OCOP product set as typed.
        public var productSet: String?
        /// OCOP stars; a recognition needs stars, decision and decision date together.
        public var stars: Int?
        /// The recognition decision number.
        public var decision: String?
        /// The decision date as typed.
        public var decisionDate: String?
        /// The issuing body.
        public var issuingBody: String?
        /// The issuing level.
        public var issuingLevel: IssuingLevel?
        /// An end of validity stated in the decision, as typed.
        public var validUntil: String?
        /// The product's OCOP code.
        public var ocopCode: String?
        /// Fresh food needing water or cold storage at the booth.
        public var coldChain = false
        /// The identifier asked for.
        public var id: String?
        /// Whether to write despite validation errors.
        public var force = false

        /// A product named `name` owned by `owner`.
        public init(name: String, owner: String) {
            self.name = name
            self.owner = owner
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The names of the parties making `requests`, in Vietnamese order.
    static func names(of requests: [BoothRequest], in plan: Plan) -> [String] {
        let parties = Set(requests.map(\.party))
        return plan.parties.filter { parties.contains($0.id) }.map(\.name).sorted(
            by: VietnameseCollation.areInIncreasingOrder)
    }

    /// Checks and registers the product.
    public func run(_ input: Input, context: ChangeContext) throws -> Registration {
        let name = VietnameseText.normalized(input.name)
        let recognitionParts = [input.stars != nil, input.decision != nil, input.decisionDate != nil]
        if recognitionParts.contains(true) && recognitionParts.contains(false) {
            throw WorkflowError.conflict(.incompleteRecognition)
        }
        if input.stars == nil
            && (input.issuingBody != nil || input.issuingLevel != nil || input.validUntil != nil
                || input.ocopCode != nil)
        {
            throw WorkflowError.conflict(.recognitionDetailsWithoutStars)
        }
        let classification = try input.productSet.map(WrittenValue.productSet)
        var recognition: OCOPRecognition?
        if let stars = input.stars, let decision = input.decision, let decisionDate = input.decisionDate {
            recognition = OCOPRecognition(
                stars: try WrittenValue.integer(stars, field: .stars, in: InputLimits.stars),
                decisionNumber: decision,
                decisionDate: try WrittenValue.date(decisionDate, field: .decisionDate),
                issuingBody: input.issuingBody, issuingLevel: input.issuingLevel, criteriaBasis: nil,
                productCode: input.ocopCode,
                statedValidUntil: try input.validUntil.map { text throws(WorkflowError) in
                    try WrittenValue.date(text, field: .validUntil)
                })
        }
        // Only the owner and its products are read (the rules compare a product with those), and
        // the products whose identifiers a new one could clash with.
        let owner = try store.resolveOrganisation(input.owner)
        let draft = Product(
            id: Identifier(input.id ?? ""), name: name, owner: owner, classification: classification,
            recognition: recognition, needsColdChain: input.coldChain)
        var focus = PlanValidator().focus(registering: draft)
        // The booth requests, to show the product where every product is shown.
        focus.fair = true
        var stems = IdentifierMaker(taken: [])
        focus.identifierStems[.product] = [stems.make(.product, from: name)]
        return try Registrar(
            store: store.journaling(context.note("register product", subject: name)), force: input.force
        ).register(
            Registrar.Order(
                kind: .product, name: name, explicitID: input.id, focus: focus,
                makeID: { $0.make(.product, from: name) },
                taken: { Set($0.products.map(\.id.rawValue)) },
                build: { plan, id in
                    let product = Product(
                        id: Identifier(id), name: name, owner: owner, classification: classification,
                        recognition: recognition, needsColdChain: input.coldChain)
                    let showing = plan.requestsShowing([product])
                    var changed = plan
                    changed.products.append(product)
                    let updated = Dictionary(showing.map { ($0.id, $0) }) { first, _ in first }
                    changed.boothRequests = plan.boothRequests.map { updated[$0.id] ?? $0 }
                    return Registrar.Built(
                        plan: changed, subjects: [.init(.product, id)],
                        write: { try $0.addProduct(product, shownBy: showing) },
                        shownBy: Self.names(of: showing, in: plan))
                }))
    }
}
