import Foundation
import Hummingbird
import Logging
import Planning
import Store
import Workflow

extension Portal {
    /// The console's edit of a registered organisation, through the use case of `fairplan edit
    /// organisation` on the plan's single writer: the same checks, the findings beside the fields.
    func addEditRoutes(to router: Router<PortalContext>) {
        router.get("/:site/quan-ly/sua") { request, context in
            try await staffPage(request, context) { _, paths, desk, session in
                let query = request.uri.queryParameters
                let id = try Self.found(query["to-chuc"].map { String(String($0).prefix(200)) })
                let (organisation, findings, people, products, entityFindings) = try Self.organisation(
                    id, desk: desk)
                return pages.page(
                    "edit",
                    EditPage(
                        organisation, people: people, products: products, values: nil, findings: findings,
                        entityFindings: entityFindings, banner: banner(query),
                        problem: nil,
                        session: session, paths: paths, version: version)
                ).response
            }
        }
        router.post("/:site/quan-ly/sua-dai-bieu") { request, context in
            try await entityEdit(request, context, key: "dai-bieu", fields: EditPage.personFields) {
                store, id, _ in
                try store.person(Identifier(id)).map(EditPage.values(of:))
            } run: { store, id, changes, clear, context in
                var input = EditPerson.Input(subject: id)
                input.id = id
                input.clear = clear
                for (field, value) in changes {
                    switch field {
                    case .name: input.name = value
                    case .position: input.position = value
                    case .phone: input.phone = value
                    case .email: input.email = value
                    default: break
                    }
                }
                return try EditPerson(store: store).run(input, context: context).changed.count
            }
        }
        router.post("/:site/quan-ly/sua-san-pham") { request, context in
            try await entityEdit(request, context, key: "san-pham", fields: EditPage.productFields) {
                store, id, language in
                try store.product(Identifier(id)).map { EditPage.values(of: $0, in: language) }
            } run: { store, id, changes, clear, context in
                var input = EditProduct.Input(subject: id)
                input.id = id
                input.clear = clear
                for (field, value) in changes {
                    switch field {
                    case .name: input.name = value
                    case .productSet: input.productSet = value
                    case .stars:
                        input.stars = try WrittenValue.integer(value, field: .stars, in: InputLimits.stars)
                    case .decision: input.decision = value
                    case .decisionDate: input.decisionDate = value
                    case .issuingBody: input.issuingBody = value
                    case .issuingLevel: input.issuingLevel = try WrittenValue.issuingLevel(value)
                    case .validUntil: input.validUntil = value
                    case .ocopCode: input.ocopCode = value
                    case .coldChain: input.coldChain = try WrittenValue.yesOrNo(value, field: .coldChain)
                    default: break
                    }
                }
                return try EditProduct(store: store).run(input, context: context).changed.count
            }
        }
        router.post("/:site/quan-ly/sua") { request, context in
            let (_, paths, desk, body, session) = try await checkedStaffPost(request, context)
            let language = paths.language
            let id = try Self.found(body["to-chuc"].map { String($0.prefix(200)) })
            let (organisation, findings, people, products, entityFindings) = try Self.organisation(
                id, desk: desk)
            let refuse = {
                (
                    problem: String, values: [InputField: String], findings: [Finding],
                    problems: [InputField: String]
                )
                in
                refusedEditPage(
                    EditPage(
                        organisation, people: people, products: products, values: values, findings: findings,
                        problems: problems, entityFindings: entityFindings, banner: nil, problem: problem,
                        session: session, paths: paths, version: version))
            }
            // Someone else saved meanwhile: the field changed by both shows what is stored now, the
            // other fields what was typed, so saving again keeps the other changes.
            let (values, conflicts) = Self.merged(
                EditPage.fields, body: body, stored: EditPage.values(of: organisation))
            if let field = conflicts.first {
                let error = PortalError.editedMeanwhile(
                    field: StaffMessage.field(field).text(language), stored: values[field] ?? "")
                return refuse(error.text(language), values, findings, [:])
            }
            let input: EditOrganisation.Input
            do throws(WorkflowError) {
                input = try Self.editInput(organisation, values: values)
            } catch {
                let (problem, problems) = Self.refusal(error, in: language)
                return refuse(problem, values, findings, problems)
            }
            let changeContext = ChangeContext(user: session.name, now: now())
            let changed: Int
            do {
                changed = try await desk.perform {
                    try EditOrganisation(store: $0).run(input, context: changeContext).changed.count
                }
            } catch WorkflowError.editing(.nothingToChange) {
                changed = 0
            } catch WorkflowError.refusedByValidation(let kind, let name, let refused) {
                let reason = WorkflowError.refusedByValidation(kind, name: name, findings: refused)
                return refuse(Self.staffReason(reason, in: language), values, refused, [:])
            } catch {
                let (problem, problems) = Self.refusal(error, in: language)
                context.logger.notice("edit on /\(paths.site) refused: \(problem)")
                return refuse(problem, values, findings, problems)
            }
            return Response(
                status: .seeOther,
                headers: [
                    .location: paths.link(
                        "/\(paths.site)/quan-ly/sua",
                        query: signedQuery([("to-chuc", id), ("da", "sua"), ("muc", String(changed))]))
                ])
        }
    }

    /// The edit page sent back with what was refused, nothing written: 422, never cached.
    func refusedEditPage(_ page: EditPage) -> Response {
        var response = pages.page("edit", page, status: .unprocessableContent).response
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// A refused change as the edit form shows it: the banner's text and, for a value refused,
    /// the same reason beside its field.
    static func refusal(_ error: any Error, in language: Language) -> (String, [InputField: String]) {
        let reason = staffReason(error, in: language)
        if case WorkflowError.invalidValue(let field, _, _) = error {
            return (StaffMessage.failed(reason).text(language), [field: reason])
        }
        return (StaffMessage.failed(reason).text(language), [:])
    }

    /// A post editing one delegate or product of an organisation, on the plan's single writer:
    /// the form's values merged with what was saved meanwhile (``merged(_:body:stored:)``), the
    /// fields changed given to `run` (the use case). Saved, back to the organisation's page
    /// saying so; refused (a field changed by someone else too, a value or the rules), the page
    /// again (422) with what was typed in that form and why beside its fields, nothing written.
    func entityEdit(
        _ request: Request, _ context: PortalContext, key: String, fields: [InputField],
        stored: @escaping @Sendable (PlanStore, String, Language) throws -> [InputField: String]?,
        run:
            @escaping @Sendable (PlanStore, String, [(InputField, String)], [String], ChangeContext) throws
            -> Int
    ) async throws -> Response {
        let (_, paths, desk, body, session) = try await checkedStaffPost(request, context)
        let organisationID = try Self.found(body["to-chuc"].map { String($0.prefix(200)) })
        let id = try Self.found(body[key].map { String($0.prefix(200)) })
        let changeContext = ChangeContext(user: session.name, now: now())
        let language = paths.language
        let outcome = try await desk.perform { store -> EntityEditOutcome in
            guard let now = try stored(store, id, language) else {
                // Not in the plan: the use case says so, as for any failure.
                do {
                    return .saved(changed: try run(store, id, [], [], changeContext))
                } catch {
                    return .failed(Self.staffReason(error, in: language))
                }
            }
            let (values, conflicts) = Self.merged(fields, body: body, stored: now)
            let refused = { (problem: String, problems: [InputField: String], findings: [Finding]) in
                EntityEditOutcome.refused(
                    EditPage.EntityInput(
                        key: key, id: id, values: values, problems: problems, findings: findings),
                    problem: problem)
            }
            if let field = conflicts.first {
                let error = PortalError.editedMeanwhile(
                    field: StaffMessage.field(field).text(language), stored: values[field] ?? "")
                return refused(error.text(language), [:], [])
            }
            // A product's certificate: emptying its stars, decision or date alone would remove it
            // whole; refused unless every field of it is emptied. Adding one needs all three.
            let certificate =
                key == "san-pham" ? CertificateEdit(stored: now, values: values) : CertificateEdit.kept
            // Stars no certificate can have are said beside «Số sao» whatever else is refused, so
            // the clerk fixes every field in one round (QA 42 #5).
            let starsProblem = key == "san-pham" ? CertificateEdit.starsProblem(values, in: language) : [:]
            switch certificate {
            case .partlyEmptied(let emptied):
                let reason = StaffMessage.certificatePartlyEmptied(emptied).text(language)
                let problems = Dictionary(uniqueKeysWithValues: emptied.map { ($0, reason) })
                return refused(reason, problems.merging(starsProblem) { first, _ in first }, [])
            case .partlyFilled(let missing):
                let reason = StaffMessage.certificateIncomplete(missing).text(language)
                let problems = Dictionary(uniqueKeysWithValues: missing.map { ($0, reason) })
                return refused(reason, problems.merging(starsProblem) { first, _ in first }, [])
            case .kept, .removed:
                break
            }
            var clear: [String] = []
            let changes = Self.changedFields(
                fields, in: { values[$0] ?? "" }, stored: now,
                clearable: key == "dai-bieu" ? EditPerson.clearable : EditProduct.clearable, clear: &clear)
            do {
                let changed = try run(store, id, changes, clear, changeContext)
                return .saved(changed: changed, certificateRemoved: certificate == .removed && changed > 0)
            } catch WorkflowError.editing(.nothingToChange) {
                return .saved(changed: 0)
            } catch WorkflowError.refusedByValidation(let kind, let name, let findings) {
                let reason = WorkflowError.refusedByValidation(kind, name: name, findings: findings)
                return refused(Self.staffReason(reason, in: language), [:], findings)
            } catch {
                let (problem, problems) = Self.refusal(error, in: language)
                return refused(problem, problems.merging(starsProblem) { first, _ in first }, [])
            }
        }
        var query = [("to-chuc", organisationID)]
        switch outcome {
        case .saved(let changed, let certificateRemoved):
            query += [("da", "sua"), ("muc", String(changed))]
            if certificateRemoved { query.append(("ocop", "bo")) }
        case .failed(let reason):
            context.logger.notice("edit on /\(paths.site) refused: \(reason)")
            query += failureQuery(reason)
        case .refused(let input, let problem):
            context.logger.notice("edit on /\(paths.site) refused: \(problem)")
            let (organisation, findings, people, products, entityFindings) = try Self.organisation(
                organisationID, desk: desk)
            return refusedEditPage(
                EditPage(
                    organisation, people: people, products: products, values: nil, findings: findings,
                    entityFindings: entityFindings, refused: input, banner: nil, problem: problem,
                    session: session, paths: paths, version: version))
        }
        return Response(
            status: .seeOther,
            headers: [.location: paths.link("/\(paths.site)/quan-ly/sua", query: signedQuery(query))])
    }

    /// The organisation `id` of the plan, the findings about its registrations, its delegates and
    /// its products; not found when the plan has none.
    static func organisation(_ id: String, desk: RegistrationDesk) throws -> (
        Organisation, [Finding], [Person], [Product], [String: [Finding]]
    ) {
        try desk.read { store in
            let organisation = try Self.found(try store.organisation(Identifier(id)))
            let review = try ReviewRegistrations(store: store).run(ReviewRegistrations.Filter())
            var findings: [Finding] = []
            for entry in review.entries where entry.organisation?.id == organisation.id {
                for finding in entry.findings where !findings.contains(finding) { findings.append(finding) }
            }
            let people = try store.people(of: organisation.id)
            let products = try store.products(ownedBy: organisation.id)
            return (
                organisation, findings, people, products,
                try entityFindings(people: people, products: products, store: store)
            )
        }
    }

    /// The findings of the rules about each of `people` and `products` (each the finding's
    /// subject), by ``EditPage/subjectKey(_:)``: what `fairplan edit person` and `fairplan edit
    /// product` warn about, shown beside the delegate's and the product's fields.
    static func entityFindings(people: [Person], products: [Product], store: PlanStore) throws -> [String:
        [Finding]]
    {
        guard !people.isEmpty || !products.isEmpty else { return [:] }
        let validator = PlanValidator()
        var focus = PlanFocus()
        for person in people { focus.formUnion(validator.focus(registering: person)) }
        for product in products { focus.formUnion(validator.focus(registering: product)) }
        let keys = Set(
            people.map { EditPage.subjectKey(.person($0)) }
                + products.map { EditPage.subjectKey(.product($0)) })
        var found: [String: [Finding]] = [:]
        for finding in validator.validate(try store.loadPlan(focus: focus)) {
            let key = EditPage.subjectKey(finding.subject)
            if keys.contains(key), found[key]?.contains(finding) != true {
                found[key, default: []].append(finding)
            }
        }
        return found
    }

    /// The edit of `organisation` the form's `values` ask for: only the fields changed, emptied
    /// optional fields cleared.
    static func editInput(_ organisation: Organisation, values: [InputField: String]) throws(WorkflowError)
        -> EditOrganisation.Input
    {
        var input = EditOrganisation.Input(subject: organisation.id.rawValue)
        input.id = organisation.id.rawValue
        let changes = changedFields(
            EditPage.fields, in: { values[$0] ?? "" }, stored: EditPage.values(of: organisation),
            clearable: EditOrganisation.clearable, clear: &input.clear)
        for (field, value) in changes {
            if field == .province && value == organisation.province.written { continue }
            switch field {
            case .name: input.name = value
            case .shortName: input.shortName = value
            case .province: input.province = value
            case .code: input.code = value
            case .address: input.address = value
            case .members:
                input.members = try WrittenValue.integer(value, field: .members, in: InputLimits.members)
            case .contact: input.contact = value
            case .phone: input.phone = value
            case .email: input.email = value
            default: break
            }
        }
        return input
    }

    /// The values a posted form asks for, merged with what was saved since the form was made,
    /// and the fields changed by both. Each field's form value comes with the value it was made
    /// with (`goc-<field>`): a field left as it was takes the value stored now (so another's
    /// change meanwhile stands), a field changed takes the form's value, unless the stored value
    /// changed meanwhile too, to another value: that field is a conflict and takes the stored
    /// value (a form showing these values, with the stored ones as originals, saves the other
    /// changes when posted again). A field the post does not carry keeps the stored value; one
    /// without its original (a form made elsewhere) takes the form's value. Values are trimmed.
    static func merged(_ fields: [InputField], body: FormBody, stored: [InputField: String]) -> (
        values: [InputField: String], conflicts: [InputField]
    ) {
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var values: [InputField: String] = [:]
        var conflicts: [InputField] = []
        for field in fields {
            let current = stored[field] ?? ""
            guard let posted = body[field.rawValue].map(trimmed) else {
                values[field] = current
                continue
            }
            guard let original = body["goc-" + field.rawValue].map(trimmed) else {
                values[field] = posted
                continue
            }
            if posted == original {
                values[field] = current
            } else if current == original || current == posted {
                values[field] = posted
            } else {
                values[field] = current
                conflicts.append(field)
            }
        }
        return (values, conflicts)
    }

    /// The fields of `fields` whose value in the form (trimmed) differs from the `stored` one, in
    /// order, with their new values; an emptied field the use case can clear goes to `clear`
    /// instead.
    static func changedFields(
        _ fields: [InputField], in value: (InputField) -> String, stored: [InputField: String],
        clearable: [InputField], clear: inout [String]
    ) -> [(InputField, String)] {
        var changes: [(InputField, String)] = []
        for field in fields {
            let typed = value(field)
            guard typed != stored[field] ?? "" else { continue }
            if typed.isEmpty && clearable.contains(field) {
                clear.append(field.rawValue)
            } else {
                changes.append((field, typed))
            }
        }
        return changes
    }
}
