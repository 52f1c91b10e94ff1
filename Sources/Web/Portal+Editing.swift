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
                let (organisation, findings, people, products) = try Self.organisation(id, desk: desk)
                return pages.page(
                    "edit",
                    EditPage(
                        organisation, people: people, products: products, values: nil, findings: findings,
                        banner: banner(query),
                        problem: nil,
                        session: session, paths: paths, version: version)
                ).response
            }
        }
        router.post("/:site/quan-ly/sua-dai-bieu") { request, context in
            try await entityEdit(request, context, key: "dai-bieu") { store, id, body, context, language in
                let person = try Self.found(try store.person(Identifier(id)))
                var input = EditPerson.Input(subject: id)
                input.id = id
                let stored = EditPage.values(of: person)
                let values = try Self.merged(EditPage.personFields, body: body, stored: stored, in: language)
                let changes = Self.changedFields(
                    EditPage.personFields, in: { values[$0] ?? "" }, stored: stored,
                    clearable: EditPerson.clearable, clear: &input.clear)
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
            try await entityEdit(request, context, key: "san-pham") { store, id, body, context, language in
                let product = try Self.found(try store.product(Identifier(id)))
                var input = EditProduct.Input(subject: id)
                input.id = id
                let stored = EditPage.values(of: product, in: language)
                let values = try Self.merged(EditPage.productFields, body: body, stored: stored, in: language)
                let changes = Self.changedFields(
                    EditPage.productFields, in: { values[$0] ?? "" }, stored: stored,
                    clearable: EditProduct.clearable, clear: &input.clear)
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
            let id = try Self.found(body["to-chuc"].map { String($0.prefix(200)) })
            let (organisation, findings, people, products) = try Self.organisation(id, desk: desk)
            for field in EditPage.fields where (body[field.rawValue] ?? "").count > 500 {
                throw HTTPError(.badRequest)
            }
            var values: [InputField: String]?
            let refuse = { (problem: String, findings: [Finding]) in
                var response = pages.page(
                    "edit",
                    EditPage(
                        organisation, people: people, products: products, values: values, findings: findings,
                        banner: nil, problem: problem,
                        session: session, paths: paths, version: version),
                    status: .unprocessableContent
                ).response
                response.headers[.cacheControl] = "no-store"
                return response
            }
            do throws(PortalError) {
                values = try Self.merged(
                    EditPage.fields, body: body, stored: EditPage.values(of: organisation), in: paths.language
                )
            } catch {
                // Someone else saved meanwhile: the form shows what is stored now.
                return refuse(error.text(paths.language), findings)
            }
            let input: EditOrganisation.Input
            do throws(WorkflowError) {
                input = try Self.editInput(organisation, values: values ?? [:])
            } catch {
                return refuse(StaffMessage.failed(error.text(paths.language)).text(paths.language), findings)
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
                return refuse(Self.staffReason(reason, in: paths.language), refused)
            } catch {
                let reason = Self.staffReason(error, in: paths.language)
                context.logger.notice("edit on /\(paths.site) refused: \(reason)")
                return refuse(StaffMessage.failed(reason).text(paths.language), findings)
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

    /// A post editing one delegate or product of an organisation: `input` makes the use case's
    /// request from the form's values (only the fields changed) and `run` runs it on the desk;
    /// back to the organisation's page, saying what was saved or why not.
    func entityEdit(
        _ request: Request, _ context: PortalContext, key: String,
        run: @escaping @Sendable (PlanStore, String, FormBody, ChangeContext, Language) throws -> Int
    ) async throws -> Response {
        let (_, paths, desk, body, session) = try await checkedStaffPost(request, context)
        let organisation = try Self.found(body["to-chuc"].map { String($0.prefix(200)) })
        let id = try Self.found(body[key].map { String($0.prefix(200)) })
        for field in EditPage.personFields + EditPage.productFields
        where (body[field.rawValue] ?? "").count > 500 {
            throw HTTPError(.badRequest)
        }
        let changeContext = ChangeContext(user: session.name, now: now())
        var query = [("to-chuc", organisation)]
        do {
            let language = paths.language
            let changed = try await desk.perform { try run($0, id, body, changeContext, language) }
            query += [("da", "sua"), ("muc", String(changed))]
        } catch WorkflowError.editing(.nothingToChange) {
            query += [("da", "sua"), ("muc", "0")]
        } catch {
            let reason = Self.staffReason(error, in: paths.language)
            context.logger.notice("edit on /\(paths.site) refused: \(reason)")
            query += failureQuery(reason)
        }
        return Response(
            status: .seeOther,
            headers: [.location: paths.link("/\(paths.site)/quan-ly/sua", query: signedQuery(query))])
    }

    /// The organisation `id` of the plan, the findings about its registrations, its delegates and
    /// its products; not found when the plan has none.
    static func organisation(_ id: String, desk: RegistrationDesk) throws -> (
        Organisation, [Finding], [Person], [Product]
    ) {
        try desk.read { store in
            let organisation = try Self.found(try store.organisation(Identifier(id)))
            let review = try ReviewRegistrations(store: store).run(ReviewRegistrations.Filter())
            var findings: [Finding] = []
            for entry in review.entries where entry.organisation?.id == organisation.id {
                for finding in entry.findings where !findings.contains(finding) { findings.append(finding) }
            }
            return (
                organisation, findings, try store.people(of: organisation.id),
                try store.products(ownedBy: organisation.id)
            )
        }
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

    /// The values a posted form asks for, merged with what was saved since the form was made.
    /// Each field's form value comes with the value it was made with (`goc-<field>`): a field
    /// left as it was takes the value stored now (so another's change meanwhile stands), a field
    /// changed takes the form's value, unless the stored value changed meanwhile too, to another
    /// value: that is refused (``PortalError/editedMeanwhile(field:stored:)``), nothing written.
    /// A field the post does not carry keeps the stored value; one without its original (a form
    /// made elsewhere) takes the form's value. Values are trimmed.
    static func merged(
        _ fields: [InputField], body: FormBody, stored: [InputField: String], in language: Language
    ) throws(PortalError) -> [InputField: String] {
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var values: [InputField: String] = [:]
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
                throw .editedMeanwhile(field: StaffMessage.field(field).text(language), stored: current)
            }
        }
        return values
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
