import Foundation
import Hummingbird
import Interchange
import Planning
import Workflow

extension Portal {
    /// The most a registration form's body may hold.
    static let formBodyLimit = 512 * 1024

    /// The registration routes: the form, its post, a submission's private page and the blank
    /// templates (the upload of a filled template is in `Portal+Upload`).
    func addRegistrationRoutes(to router: Router<PortalContext>) {
        router.get("/:site/dang-ky") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let input = RegistrationFormInput(
                products: request.uri.queryParameters["san-pham"].map(String.init),
                delegates: request.uri.queryParameters["dai-bieu"].map(String.init))
            return try await registrationForm(
                request, site: site, desk: desk, paths: paths, input: input, check: nil, status: .ok)
        }
        router.post("/:site/dang-ky") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let body = try await Self.formBody(request, limit: Self.formBodyLimit)
            let input = RegistrationFormInput(values: body.values)
            // «More entries» writes nothing: it does not count against the address's posts.
            let more = input.withMoreEntries(for: body["hanh-dong"])
            if let refusal = await refusal(
                request, context, desk: desk, csrf: body[CSRFToken.fieldName], counted: more == nil)
            {
                return try await registrationForm(
                    request, site: site, desk: desk, paths: paths, input: input,
                    check: RegistrationCheckResult(banner: refusal.message), status: refusal.status)
            }
            // «More entries»: the same form with what was typed, nothing checked or written.
            if let more {
                return try await registrationForm(
                    request, site: site, desk: desk, paths: paths, input: more, check: nil, status: .ok)
            }
            let (form, productSlots, delegateSlots) = input.form()
            let checkOnly = body["hanh-dong"] == "kiem-tra"
            // The same form sent again by the same browser (a double click, «resend»): its link.
            let key = RecentSubmissions.key(
                site: site.slug, csrf: body[CSRFToken.fieldName] ?? "", fields: body.values)
            let token = SubmissionToken.random()
            if !checkOnly,
                case .registered(let earlier) = await recentSubmissions.claim(
                    key, token: token.text, now: uptime)
            {
                return Response(status: .seeOther, headers: [.location: paths.submission(earlier)])
            }
            let outcome: SubmitRegistration.Outcome
            do {
                outcome = try await desk.submit(
                    [form.workbook(in: paths.language)], source: .form, checkOnly: checkOnly,
                    digest: token.digest, context: ChangeContext(user: Self.portalUser, now: now()))
            } catch {
                if !checkOnly { recentSubmissions.settle(key, registered: false, now: uptime()) }
                throw error
            }
            let registered = if case .registered = outcome.verdict { true } else { false }
            if !checkOnly { recentSubmissions.settle(key, registered: registered, now: uptime()) }
            if registered {
                return Response(status: .seeOther, headers: [.location: paths.submission(token.text)])
            }
            let check = RegistrationCheckResult(
                outcome, productSlots: productSlots, delegateSlots: delegateSlots)
            return try await registrationForm(
                request, site: site, desk: desk, paths: paths, input: input, check: check,
                status: outcome.verdict == .acceptable ? .ok : .unprocessableContent)
        }
        router.get("/:site/dang-ky/:token") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let token = try Self.found(SubmissionToken(link: try context.parameters.require("token")))
            let view = try Self.found(try await desk.submission(digest: token.digest))
            let refusal = try await desk.correctionRefusal(digest: token.digest, now: now())
            let page = SubmissionPage(
                view, paths: paths, token: token.text, version: version, closesAt: desk.closesAt,
                refusal: refusal, corrected: request.uri.queryParameters["da-sua"] == "1",
                canWritePDF: WriteDocuments.canWritePDF, origin: Self.origin(of: request))
            var response = pages.page("submission", page).response
            response.headers[.cacheControl] = "no-store"
            response.headers[SecurityHeaders<PortalContext>.referrerPolicy] = "no-referrer"
            return response
        }
        for format in ["xlsx", "ods"] {
            router.get("/:site/mau-dang-ky.\(format)") { request, context in
                let (site, paths) = try resolve(request, context)
                _ = try Self.found(site.desk)
                let bytes = try Self.template(
                    format, plan: site.path, language: paths.language, now: now(), version: version)
                return Self.download(
                    bytes,
                    type: format == "xlsx"
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "application/vnd.oasis.opendocument.spreadsheet",
                    name: "mau-dang-ky.\(format)"
                ).response
            }
        }
    }

    /// Who registrations through the portal are recorded as in the plan's journal.
    static let portalUser = "cổng đăng ký"

    /// Why a post to a public form is refused before it is read: a missing or wrong anti-forgery
    /// token, too many posts from the address (a post not `counted`, one that only asks for more
    /// entries and writes nothing, is neither counted nor refused for it), or registration
    /// closed; nil when it may go on.
    func refusal(
        _ request: Request, _ context: PortalContext, desk: RegistrationDesk, csrf: String?,
        counted: Bool = true
    ) async
        -> (message: RegistrationMessage, status: HTTPResponse.Status)?
    {
        guard CSRFToken.isValid(request, field: csrf) else { return (.staleForm, .forbidden) }
        if counted, await !limiter.allows(context.clientAddress, at: uptime()) {
            return (.tooManyRequests, .tooManyRequests)
        }
        guard now() <= desk.closesAt else { return (.closed(desk.closesAt), .forbidden) }
        return nil
    }

    /// The registration form page, with the anti-forgery cookie set when the browser has none.
    func registrationForm(
        _ request: Request, site: PortalSiteState, desk: RegistrationDesk, paths: PortalPaths,
        input: RegistrationFormInput, check: RegistrationCheckResult?, status: HTTPResponse.Status
    ) async throws -> Response {
        let published = try await site.published()
        let csrf = CSRFToken.forPage(request)
        let page = RegistrationPage(
            published, paths: paths, version: version, csrf: csrf.token, input: input, check: check,
            closesAt: desk.closesAt, isOpen: now() <= desk.closesAt)
        var response = pages.page("registration", page, status: status).response
        response.headers[.cacheControl] = "no-store"
        if csrf.isNew { response.headers[.setCookie] = CSRFToken.setCookie(csrf.token) }
        return response
    }

    /// The request's body, refused as too large past `limit` bytes.
    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge)
        }
    }

    /// The blank registration template of the plan at `plan` in `format`, as bytes.
    static func template(
        _ format: String, plan: String, language: Language, now: LocalDateTime, version: String
    ) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-template-" + SubmissionToken.random().text)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("mau-dang-ky.\(format)").path
        let written = try WriteTemplate(plan: plan).run(
            format: format == "xlsx" ? .xlsx : .ods, output: output, language: language, now: now,
            version: version)
        guard let path = written.first, let data = FileManager.default.contents(atPath: path) else {
            throw HTTPError(.internalServerError)
        }
        return [UInt8](data)
    }
}
