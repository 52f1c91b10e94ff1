public import Planning
public import Store

/// Edits a registered product: name, owner, OCOP product set, recognition (stars, decision and its
/// date, issuing body and level, stated validity, OCOP code) and cold chain; the certificate is
/// checked again on the event's dates, so an edit that makes it expire is refused unless forced.
public struct EditProduct: Sendable {
    /// The fields that can be cleared; clearing stars, decision or decision date removes the
    /// recognition.
    public static let clearable: [InputField] = [
        .productSet, .stars, .decision, .decisionDate, .issuingBody, .issuingLevel, .validUntil, .ocopCode,
    ]

    /// The changes as typed; nil leaves a field as it is.
    public struct Input: Sendable {
        /// The product: identifier or name.
        public var subject: String
        /// The product name.
        public var name: String?
        /// The owner: an organisation's identifier, registration code, name or short name.
        public var owner: String?
        /// The OCOP product set as typed.
        public var productSet: String?
        /// OCOP stars; a product without a recognition needs stars, decision and date together.
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
        /// Whether it is fresh food needing water or cold storage.
        public var coldChain: Bool?
        /// The identifier, when given: it must be the current one.
        public var id: String?
        /// Optional fields to empty, as typed (``clearable``).
        public var clear: [String] = []
        /// Whether to write despite errors the edit brings in.
        public var force = false

        /// Changes to the product named `subject`.
        public init(subject: String) {
            self.subject = subject
        }
    }

    /// The plan file.
    let store: PlanStore
    /// Reads the whole plan instead of the part the edit touches (the tests compare both).
    var readsWholePlan = false

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks and writes the changes.
    public func run(_ input: Input, context: ChangeContext) throws -> Amendment {
        let clearing = try Clearing(input.clear, kind: .product, clearable: Self.clearable)
        let classification = try input.productSet.map(WrittenValue.productSet)
        let stars = try input.stars.map { try WrittenValue.integer($0, field: .stars, in: InputLimits.stars) }
        let decisionDate = try input.decisionDate.map { text throws(WorkflowError) in
            try WrittenValue.date(text, field: .decisionDate)
        }
        let validUntil = try input.validUntil.map { text throws(WorkflowError) in
            try WrittenValue.date(text, field: .validUntil)
        }
        return try Editor(store: store, kind: .product, force: input.force).edit(
            command: "edit product", context: context, reading: readsWholePlan ? nil : Self.reading(input)
        ) { plan in
            let resolver = PlanResolver(plan: plan)
            let stored = try resolver.product(input.subject)
            try Editor.keep(stored.id.rawValue, asked: input.id, kind: .product)
            var edited = stored
            edited.name = input.name.map(VietnameseText.normalized) ?? stored.name
            edited.owner = try input.owner.map { try resolver.organisation($0).id } ?? stored.owner
            edited.classification = try clearing.value(
                .productSet, classification, else: stored.classification)
            edited.recognition = try Self.recognition(
                stored.recognition, input, stars: stars, decisionDate: decisionDate, validUntil: validUntil,
                clearing: clearing)
            edited.needsColdChain = input.coldChain ?? stored.needsColdChain
            let old = stored.recognition
            let new = edited.recognition
            var changes = ChangeList()
            changes.compare(.name, stored.name, edited.name)
            changes.compare(.owner, stored.owner, edited.owner)
            changes.compare(.productSet, stored.classification, edited.classification)
            changes.compare(.stars, old?.stars, new?.stars)
            changes.compare(.decision, old?.decisionNumber, new?.decisionNumber)
            changes.compare(.decisionDate, old?.decisionDate, new?.decisionDate)
            changes.compare(.issuingBody, old?.issuingBody, new?.issuingBody)
            changes.compare(.issuingLevel, old?.issuingLevel, new?.issuingLevel)
            changes.compare(.validUntil, old?.statedValidUntil, new?.statedValidUntil)
            changes.compare(.ocopCode, old?.productCode, new?.productCode)
            changes.compare(flag: .coldChain, off: .noColdChain, stored.needsColdChain, edited.needsColdChain)
            var changed = plan
            changed.products = plan.products.map { $0.id == edited.id ? edited : $0 }
            return Editor.Change(
                plan: changed, id: edited.id.rawValue, name: edited.name, changed: changes.fields,
                subjects: [.init(.product, edited.id.rawValue)], write: { try $0.updateProduct(edited) })
        }
    }

    /// What an edit of a product reads: the products the name given could mean (and the
    /// organisations the owner given could); then the product's owner and the owner's products,
    /// before and after the change (``PlanValidator/focus(registering:)-(Product)``), and the fair
    /// (the exhibitor rules name a product its owner does not show).
    static func reading(_ input: Input) -> Editor.Reading {
        Editor.Reading(
            names: Editor.Names(organisations: input.owner.map { [$0] } ?? [], products: [input.subject]),
            around: { part, change in
                let validator = PlanValidator()
                var focus = PlanFocus()
                focus.fair = true
                for plan in [part, change.plan] {
                    for product in plan.products where product.id.rawValue == change.id {
                        focus.formUnion(validator.focus(registering: product))
                    }
                }
                return focus
            })
    }

    /// The recognition after the edit: removed when stars, decision or date is cleared; the stored
    /// one with the parts given replaced; or a new one, which needs stars, decision and date.
    static func recognition(
        _ stored: OCOPRecognition?, _ input: Input, stars: Int?, decisionDate: CalendarDate?,
        validUntil: CalendarDate?, clearing: Clearing
    ) throws(WorkflowError) -> OCOPRecognition? {
        let core: [InputField] = [.stars, .decision, .decisionDate]
        let coreGiven = [stars != nil, input.decision != nil, decisionDate != nil]
        let detailsGiven =
            input.issuingBody != nil || input.issuingLevel != nil || validUntil != nil
            || input.ocopCode != nil
        if core.contains(where: clearing.contains) {
            for (field, given) in zip(core, coreGiven) { try clearing.check(field, given: given) }
            if coreGiven.contains(true) || detailsGiven { throw .conflict(.recognitionDetailsWithoutStars) }
            return nil
        }
        guard let base = stored else {
            if coreGiven.contains(true) && coreGiven.contains(false) {
                throw .conflict(.incompleteRecognition)
            }
            guard let stars, let decision = input.decision, let decisionDate else {
                if detailsGiven { throw .conflict(.recognitionDetailsWithoutStars) }
                return nil
            }
            return OCOPRecognition(
                stars: stars, decisionNumber: decision, decisionDate: decisionDate,
                issuingBody: input.issuingBody,
                issuingLevel: input.issuingLevel, productCode: input.ocopCode, statedValidUntil: validUntil)
        }
        return OCOPRecognition(
            stars: stars ?? base.stars, decisionNumber: input.decision ?? base.decisionNumber,
            decisionDate: decisionDate ?? base.decisionDate,
            issuingBody: try clearing.value(.issuingBody, input.issuingBody, else: base.issuingBody),
            issuingLevel: try clearing.value(.issuingLevel, input.issuingLevel, else: base.issuingLevel),
            criteriaBasis: base.criteriaBasis,
            productCode: try clearing.value(.ocopCode, input.ocopCode, else: base.productCode),
            statedValidUntil: try clearing.value(.validUntil, validUntil, else: base.statedValidUntil))
    }
}
