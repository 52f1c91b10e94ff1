import Hummingbird
import Interchange
import Planning
import Workflow

extension Portal {
    /// The correction routes of a submission's private link: the form pre-filled with what is
    /// stored, and its post (checked, then saved through ``CorrectSubmission``).
    func addCorrectionRoutes(to router: Router<PortalContext>) {
        router.get("/:site/dang-ky/:token/sua") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let token = try Self.found(SubmissionToken(link: try context.parameters.require("token")))
            let view = try Self.found(try await desk.submission(digest: token.digest))
            let input = RegistrationFormInput(
                stored: view, language: paths.language,
                products: request.uri.queryParameters["san-pham"].map(String.init),
                delegates: request.uri.queryParameters["dai-bieu"].map(String.init))
            let readOnly = try await desk.correctionRefusal(digest: token.digest, now: now())
            return try await correctionForm(
                request, site: site, desk: desk, paths: paths, token: token.text, input: input, check: nil,
                refusal: readOnly, status: .ok)
        }
        router.post("/:site/dang-ky/:token/sua") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let token = try Self.found(SubmissionToken(link: try context.parameters.require("token")))
            _ = try Self.found(try await desk.submission(digest: token.digest))
            let body = try await Self.formBody(request, limit: Self.formBodyLimit)
            let input = RegistrationFormInput(values: body.values)
            // «More entries» writes nothing: it does not count against the address's posts.
            let more = input.withMoreEntries(for: body["hanh-dong"])
            if let refused = await refusal(
                request, context, desk: desk, csrf: body[CSRFToken.fieldName], counted: more == nil)
            {
                var banner = refused.message
                if case .closed(let time) = banner { banner = .correctionClosed(time) }
                return try await correctionForm(
                    request, site: site, desk: desk, paths: paths, token: token.text, input: input,
                    check: RegistrationCheckResult(banner: banner),
                    refusal: try await desk.correctionRefusal(digest: token.digest, now: now()),
                    status: refused.status)
            }
            // «More entries»: the same form with what was typed, nothing checked or written.
            if let more {
                return try await correctionForm(
                    request, site: site, desk: desk, paths: paths, token: token.text, input: more, check: nil,
                    refusal: try await desk.correctionRefusal(digest: token.digest, now: now()), status: .ok)
            }
            let (form, productSlots, delegateSlots) = input.form()
            let ids = input.storedIDs(productSlots: productSlots, delegateSlots: delegateSlots)
            let outcome = try Self.found(
                try await desk.correct(
                    CorrectSubmission.Input(
                        workbooks: [form.workbook(in: paths.language)], digest: token.digest,
                        productIDs: ids.products, delegateIDs: ids.delegates, closesAt: desk.closesAt,
                        checkOnly: body["hanh-dong"] == "kiem-tra"),
                    context: ChangeContext(user: Self.portalUser, now: now())))
            let status: HTTPResponse.Status
            switch outcome.verdict {
            case .corrected:
                return Response(
                    status: .seeOther, headers: [.location: paths.submissionCorrected(token.text)])
            case .acceptable, .unchanged: status = .ok
            case .closed: status = .forbidden
            case .withdrawn, .boothRequestConfirmed: status = .conflict
            case .rejected, .alreadyRegistered, .notOneOrganisation: status = .unprocessableContent
            }
            let readOnly: CorrectSubmission.Verdict? =
                switch outcome.verdict {
                case .closed, .withdrawn: outcome.verdict
                default: nil
                }
            return try await correctionForm(
                request, site: site, desk: desk, paths: paths, token: token.text, input: input,
                check: RegistrationCheckResult(
                    outcome, productSlots: productSlots, delegateSlots: delegateSlots),
                refusal: readOnly, status: status)
        }
    }

    /// The correction page, with the anti-forgery cookie set when the browser has none; private
    /// (`no-store`, no referrer).
    func correctionForm(
        _ request: Request, site: PortalSiteState, desk: RegistrationDesk, paths: PortalPaths, token: String,
        input: RegistrationFormInput, check: RegistrationCheckResult?, refusal: CorrectSubmission.Verdict?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let published = try await site.published()
        let csrf = CSRFToken.forPage(request)
        let page = CorrectionPage(
            published, paths: paths, token: token, version: version, csrf: csrf.token, input: input,
            check: check, closesAt: desk.closesAt, refusal: refusal)
        var response = pages.page("correction", page, status: status).response
        response.headers[.cacheControl] = "no-store"
        response.headers[SecurityHeaders<PortalContext>.referrerPolicy] = "no-referrer"
        if csrf.isNew { response.headers[.setCookie] = CSRFToken.setCookie(csrf.token) }
        return response
    }
}
