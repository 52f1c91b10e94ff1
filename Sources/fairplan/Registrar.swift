import Planning
import Store

/// Registers one entity typed on the command line: gives it an identifier, checks it with the
/// Planning rules against the whole plan, and writes it in one transaction.
///
/// The findings that concern the new entity (as subject or as a related entity, so a duplicate of
/// an earlier registration counts) are returned for printing. Errors refuse the registration
/// unless `force` is set; warnings and remarks never do.
struct Registrar {
    /// What a registration needs: how to name it, make it and write it.
    struct Order {
        /// The entity's kind in messages: "tổ chức", "sản phẩm", ...
        var noun: String
        /// The identifier prefix: `tc`, `sp`, `db`, `dv`.
        var prefix: String
        /// The name the identifier is made from.
        var name: String
        /// The identifier typed with `--id`, when any (used as is).
        var explicitID: String?
        /// The identifiers of this kind already in a plan.
        var taken: (Plan) -> Set<String>
        /// The plan with the new entity added, the subjects the findings may be about, and the
        /// write; from the loaded plan and the new identifier.
        var build: (Plan, String) throws -> Built
    }

    /// A new entity ready to check and write.
    struct Built {
        /// The plan with the entity added (for validation).
        var plan: Plan
        /// The subjects whose findings concern the new entity, as ``Registrar/key(_:_:)`` makes them.
        var subjects: Set<String>
        /// Writes the entity (one transaction).
        var write: (PlanStore) throws -> Void
    }

    /// The outcome: the identifier given and the findings about the new entity.
    struct Outcome {
        /// The new entity's identifier.
        var id: String
        /// Findings concerning it, most serious first.
        var findings: [Finding]
        /// What to print: the confirmation and the findings.
        var lines: [String]
    }

    /// The plan file written to.
    let store: PlanStore
    /// Whether errors found by validation are written anyway.
    let force: Bool

    /// How many times a generated identifier is retried when another process took it meanwhile.
    static let attempts = 5

    /// Checks and writes the entity of `order`.
    func register(_ order: Order) throws -> Outcome {
        var attempt = 0
        while true {
            attempt += 1
            let plan = try store.loadPlan()
            var maker = IdentifierMaker(taken: order.taken(plan))
            let id = order.explicitID ?? maker.make(prefix: order.prefix, from: order.name)
            if order.explicitID != nil, order.taken(plan).contains(id) {
                throw StoreError.duplicate(Self.storedEntity(order.prefix), id: id)
            }
            let built = try order.build(plan, id)
            let findings = PlanValidator().validate(built.plan).filter { finding in
                ([finding.subject] + finding.related).contains { built.subjects.contains(Self.key($0)) }
            }
            let errors = findings.filter { $0.severity == .error }
            if !errors.isEmpty && !force {
                throw WorkflowError.refusedByValidation(
                    entity: "\(order.noun) «\(order.name)»", findings: findings.map(\.description))
            }
            do {
                try built.write(store)
            } catch StoreError.duplicate(_, let taken)
                where taken == id && order.explicitID == nil && attempt < Self.attempts
            {
                continue
            }
            var lines = ["Đã ghi \(order.noun) «\(order.name)» (mã \(id))."]
            if !errors.isEmpty {
                lines.append("Đã ghi dù có \(errors.count) lỗi (--force).")
            }
            lines += findings.map { "  \($0.description)" }
            return Outcome(id: id, findings: findings, lines: lines)
        }
    }

    /// A subject's kind and identifier, as compared.
    static func key(_ subject: Subject) -> String {
        key(subject.kind, subject.id)
    }

    /// The key of the subject of a kind with an identifier.
    static func key(_ kind: Subject.Kind, _ id: String) -> String {
        "\(kind.rawValue)/\(id)"
    }

    /// The stored kind for an identifier prefix.
    static func storedEntity(_ prefix: String) -> StoredEntity {
        switch prefix {
        case "sp": .product
        case "db": .person
        case "dv": .party
        case "dc": .connectionPoint
        case "ph": .session
        default: .organisation
        }
    }
}
