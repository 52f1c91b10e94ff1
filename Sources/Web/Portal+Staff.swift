import Foundation
import Hummingbird
import Logging
import Planning
import Scheduler
import Store
import Workflow

extension Portal {
    /// The staff cookie's name.
    static let staffCookie = "fairplan_staff"

    /// The `WWW-Authenticate` challenge sent with every 401 of the console of `site` (a refused
    /// sign-in, a form posted after its session ended). RFC 9110 §11.6.1 and §15.5.2 require one
    /// on a 401, but no registered scheme means «sign in through the HTML form at this address»:
    /// `FormBased` is a custom scheme no browser knows, so none opens its own password dialog
    /// (as `Basic` would) and the page's sign-in link stays the way in; the realm is the console's
    /// path, the space the staff cookie is scoped to.
    static func signInChallenge(site: String) -> String {
        "FormBased realm=\"/\(site)/quan-ly\""
    }

    /// The staff console of each plan, behind sign-in: every route checks the session, the
    /// account's role in the plan file now, and, for posts, the session's anti-forgery token.
    func addStaffRoutes(to router: Router<PortalContext>) {
        router.get("/:site/quan-ly/dang-nhap") { request, context in
            let (site, paths) = try resolve(request, context)
            _ = try Self.found(site.desk)
            let next = PortalPaths.returnPath(
                request.uri.queryParameters[Substring(PortalPaths.returnField)].map(String.init),
                site: site.slug)
            return signInPage(request, paths: paths, problem: nil, name: "", next: next, status: .ok)
        }
        router.post("/:site/quan-ly/dang-nhap") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let body = try await Self.formBody(request, limit: 16 * 1024)
            let name = String((body["ten"] ?? "").prefix(64))
            let next = PortalPaths.returnPath(body[PortalPaths.returnField], site: site.slug)
            guard CSRFToken.isValid(request, field: body[CSRFToken.fieldName]) else {
                return signInPage(
                    request, paths: paths, problem: .staleForm, name: name, next: next, status: .forbidden)
            }
            guard await signInLimiter.allows(context.clientAddress, at: uptime()) else {
                return signInPage(
                    request, paths: paths, problem: .tooManyAttempts, name: name, next: next,
                    status: .tooManyRequests)
            }
            let password = body["mat-khau"] ?? ""
            let store = desk.store
            let account = try await Task.detached {
                try SignIn(store: store).run(name: name, password: password)
            }
            .value
            guard let account else {
                context.logger.notice("staff sign-in refused on /\(site.slug)")
                return signInPage(
                    request, paths: paths, problem: .signInFailed, name: name, next: next,
                    status: .unauthorized)
            }
            let token = await staffSessions.open(
                name: account.name, role: account.role, site: site.slug, at: uptime())
            return Response(
                status: .seeOther,
                headers: [
                    .location: next ?? paths.console,
                    .setCookie:
                        "\(Self.staffCookie)=\(token.text); Path=/\(site.slug)/quan-ly; HttpOnly; SameSite=Strict",
                ])
        }
        router.post("/:site/quan-ly/dang-xuat") { request, context in
            do {
                return try await staffAction(request, context) { _, _, _, _ in
                    if let token = Self.staffToken(request) { await staffSessions.close(token) }
                    return nil
                } after: {
                    Self.signedOut($0)
                }
            } catch PortalError.sessionEnded {
                // Signed out already (in another tab, a server restart): nothing was lost, so no
                // «session ended» page, just the sign-in page.
                let (_, paths) = try resolve(request, context)
                return Self.signedOut(paths)
            }
        }
        router.get("/:site/quan-ly") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            guard let session = try await staffSession(request, site: site, desk: desk, minimum: .staff)
            else {
                return signInRedirect(request, paths: paths)
            }
            let query = request.uri.queryParameters
            let filter = ReviewRegistrations.Filter(
                status: query["trang-thai"].flatMap { RegistrationStatus(rawValue: String($0)) },
                province: query["tinh"].map { String(String($0).prefix(100)) },
                text: query["tim"].map { String(String($0).prefix(100)) })
            let review = try desk.read { try ReviewRegistrations(store: $0).run(filter) }
            var response = pages.page(
                "console",
                ConsolePage(
                    review, filter: filter, session: session, banner: banner(query), paths: paths,
                    version: version)
            ).response
            response.headers[.cacheControl] = "no-store"
            return response
        }
        router.get("/:site/quan-ly/tai-khoan") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            guard try await staffSession(request, site: site, desk: desk, minimum: .staff) != nil else {
                return signInRedirect(request, paths: paths)
            }
            guard try await staffSession(request, site: site, desk: desk, minimum: .admin) != nil else {
                throw HTTPError(.forbidden)
            }
            let accounts = try await desk.perform { try ListAccounts(store: $0).run() }
            var response = pages.page("accounts", AccountsPage(accounts, paths: paths, version: version))
                .response
            response.headers[.cacheControl] = "no-store"
            return response
        }
        router.post("/:site/quan-ly/xac-nhan") { request, context in
            try await staffAction(request, context) { desk, body, session, now in
                let party = try Self.found(body["don-vi"])
                _ = try await desk.perform {
                    try ConfirmRegistrations(store: $0).run(
                        [party], context: ChangeContext(user: session.name, now: now))
                }
                return [("da", "xac-nhan")]
            }
        }
        addWithdrawalRoute(to: router)
        router.post("/:site/quan-ly/cong-bo") { request, context in
            let language = Self.language(of: request)
            return try await staffAction(request, context) { desk, _, session, now in
                let outcome = try await desk.perform {
                    try PublishPlan(store: $0).booths(
                        note: nil, context: ChangeContext(user: session.name, now: now))
                }
                guard let version = outcome.publishedVersion else {
                    let hard = outcome.check.hardViolations
                    return refusal(hard.count, hard.prefix(3).map { $0.text(language) }, language)
                }
                return [("da", "cong-bo"), ("ban", String(version))]
            }
        }
        router.post("/:site/quan-ly/cong-bo-lich") { request, context in
            let language = Self.language(of: request)
            return try await staffAction(request, context) { desk, _, session, now in
                let outcome = try await desk.perform {
                    try PublishPlan(store: $0).programme(
                        note: nil, context: ChangeContext(user: session.name, now: now))
                }
                guard let version = outcome.publishedVersion else {
                    let issues = outcome.issues
                    let first = issues.prefix(3).map { $0.text(language) }
                    return refusal(max(issues.count, outcome.movedPins.count), first, language)
                }
                return [("da", "cong-bo-lich"), ("ban", String(version))]
            }
        }
    }

    /// The most a staff form's body may hold: the edit form's fields, each with its original
    /// (`goc-…`), up to ``FormBody/valueLimit`` characters of Vietnamese text, percent-encoded.
    static let staffFormLimit = 256 * 1024

    /// The staff token of the request's cookie.
    static func staffToken(_ request: Request) -> SubmissionToken? {
        request.cookies[staffCookie].flatMap { SubmissionToken(link: $0.value) }
    }

    /// The request's staff session on `site` when its account still exists with at least
    /// `minimum` as its role in the plan file; nil otherwise.
    func staffSession(
        _ request: Request, site: PortalSiteState, desk: RegistrationDesk, minimum: StaffAccount.Role
    ) async throws -> StaffSession? {
        guard let token = Self.staffToken(request),
            let session = await staffSessions.session(token, at: uptime()),
            session.site == site.slug
        else { return nil }
        let name = session.name
        guard let account = try desk.read({ try $0.account(named: name) }), account.role >= minimum
        else {
            return nil
        }
        return session
    }

    /// A staff page (GET): sends a browser without a session to sign in, refuses an account below
    /// `minimum` (403), else answers with `render`'s response, never cached.
    func staffPage(
        _ request: Request, _ context: PortalContext, minimum: StaffAccount.Role = .staff,
        render:
            @Sendable (PortalSiteState, PortalPaths, RegistrationDesk, StaffSession) async throws -> Response
    ) async throws -> Response {
        let (site, paths) = try resolve(request, context)
        let desk = try Self.found(site.desk)
        guard let session = try await staffSession(request, site: site, desk: desk, minimum: .staff) else {
            return signInRedirect(request, paths: paths)
        }
        if minimum > .staff,
            try await staffSession(request, site: site, desk: desk, minimum: minimum) == nil
        {
            throw HTTPError(.forbidden)
        }
        var response = try await render(site, paths, desk, session)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// A staff post's plan, addresses, desk, form and session, after reading its form
    /// (``formBody(_:limit:)``: 415 not a form, 413, 400) and checking the session (at least staff)
    /// and its anti-forgery token. A post without a live session of this plan (signed out in
    /// another tab, the server restarted, never signed in) is told the session has ended, with a
    /// link to sign in again that comes back to the form's page (``PortalError/sessionEnded(signIn:)``,
    /// 401); a session whose account no longer has the role is refused (403); a signed-in account
    /// whose form carries no token or another session's is told the form has expired
    /// (``PortalError/staleForm``), not that the account may not use the page.
    func checkedStaffPost(_ request: Request, _ context: PortalContext) async throws -> (
        site: PortalSiteState, paths: PortalPaths, desk: RegistrationDesk, body: FormBody,
        session: StaffSession
    ) {
        let (site, paths) = try resolve(request, context)
        let desk = try Self.found(site.desk)
        // A body that cannot be read (a field over 4,000 characters, invalid UTF-8, too many
        // fields) is a bad request, as on the public forms, not a question of the account's rights.
        let body = try await Self.formBody(request, limit: Self.staffFormLimit)
        guard let token = Self.staffToken(request),
            let open = await staffSessions.session(token, at: uptime()),
            open.site == site.slug
        else {
            throw PortalError.sessionEnded(
                signIn: paths.signIn(
                    returningTo: Self.formPage(of: body, path: request.uri.path, paths: paths)))
        }
        guard let session = try await staffSession(request, site: site, desk: desk, minimum: .staff) else {
            throw HTTPError(.forbidden)
        }
        guard let csrf = body[CSRFToken.fieldName], csrf == session.csrf else { throw PortalError.staleForm }
        return (site, paths, desk, body, session)
    }

    /// After signing out: to the sign-in page, the staff cookie cleared.
    static func signedOut(_ paths: PortalPaths) -> Response {
        Response(
            status: .seeOther,
            headers: [
                .location: paths.signIn,
                .setCookie:
                    "\(staffCookie)=; Path=/\(paths.site)/quan-ly; Max-Age=0; HttpOnly; SameSite=Strict",
            ])
    }

    /// The forms of an organisation's edit page (the organisation, a delegate, a product), by the
    /// last part of the address they are posted to.
    static let editForms: Set<String> = ["sua", "sua-dai-bieu", "sua-san-pham"]

    /// The page a staff form posted to `path` came from, to come back to after signing in again:
    /// for an edit form (``editForms``), its organisation's page (its `to-chuc` field); else,
    /// whatever fields the post carries, the console.
    static func formPage(of body: FormBody, path: String, paths: PortalPaths) -> String {
        let form = path.split(separator: "/").last.map(String.init) ?? ""
        if editForms.contains(form), let organisation = body["to-chuc"], !organisation.isEmpty,
            organisation.utf8.count <= 200
        {
            return paths.edit(organisation)
        }
        return paths.console
    }

    /// A staff post: checks the session (at least staff) and its anti-forgery token, runs `action`
    /// and sends the browser back to the console with what the action returns as the banner's
    /// query (or to `after`'s response). A post without a live session is told it ended (401), one
    /// without the role or the token refused (403), as ``checkedStaffPost(_:_:)`` says.
    func staffAction(
        _ request: Request, _ context: PortalContext,
        action:
            @Sendable (RegistrationDesk, FormBody, StaffSession, LocalDateTime) async throws -> [(
                String, String
            )]?,
        after: (@Sendable (PortalPaths) -> Response)? = nil
    ) async throws -> Response {
        let (site, paths, desk, body, session) = try await checkedStaffPost(request, context)
        let query: [(String, String)]?
        do {
            query = try await action(desk, body, session, now())
        } catch let error as HTTPError {
            throw error
        } catch {
            let reason = Self.staffReason(error, in: paths.language)
            context.logger.notice("staff action on /\(site.slug) refused: \(reason)")
            query = failureQuery(reason)
        }
        if let after { return after(paths) }
        return Response(
            status: .seeOther, headers: [.location: paths.console(query: signedQuery(query ?? []))])
    }

    /// The query saying a publication was refused: how many rules the working plan breaks, the
    /// first few worded.
    func refusal(_ count: Int, _ first: [String], _ language: Language) -> [(String, String)] {
        failureQuery(StaffMessage.publishRefused(count: count, first: first).text(language))
    }

    /// What the console's banner says after an action, from its address.
    /// A failure is shown only when its text is signed by this server (``signedFailure(_:)``).
    func banner(_ query: Hummingbird.Parameters) -> StaffMessage? {
        let number = { (name: String) in query[Substring(name)].flatMap { Int(String($0)) } ?? 0 }
        if let reason = signedFailure(query) { return .failed(reason) }
        guard bannerIsSigned(query) else { return nil }
        if query["dang-chay"] != nil { return .runInProgress }
        switch query["da"].map(String.init) {
        case "xac-nhan": return .confirmed
        case "rut": return .withdrawn(booths: Self.boothList(query["gian"].map(String.init)))
        case "xep-gian": return .allocated(placed: number("xep"), waiting: number("cho"))
        case "cong-bo": return .published(number("ban"))
        case "cong-bo-lich": return .programmePublished(number("ban"))
        case "sua" where query["ocop"] == "bo": return .certificateRemoved(changed: number("muc"))
        case "sua": return number("muc") == 0 ? .unchanged : .edited(number("muc"))
        default: return nil
        }
    }

    /// Sends a browser without a session to sign in, coming back to the page it asked for.
    func signInRedirect(_ request: Request, paths: PortalPaths) -> Response {
        Response(
            status: .seeOther,
            headers: [
                .location: paths.signIn(
                    returningTo: PortalPaths.returnPath(request.uri.description, site: paths.site))
            ])
    }

    /// The sign-in page, with the anti-forgery cookie set when the browser has none; signing in
    /// goes on to `next` (a page of the plan's console, ``PortalPaths/returnPath(_:site:)``), else to
    /// the console.
    func signInPage(
        _ request: Request, paths: PortalPaths, problem: StaffMessage?, name: String, next: String? = nil,
        status: HTTPResponse.Status
    ) -> Response {
        let csrf = CSRFToken.forPage(request)
        var response = pages.page(
            "signin",
            SignInPage(
                paths: paths, csrf: csrf.token, problem: problem, name: name, next: next, version: version),
            status: status
        ).response
        response.headers[.cacheControl] = "no-store"
        if status == .unauthorized {
            response.headers[.wwwAuthenticate] = Self.signInChallenge(site: paths.site)
        }
        if csrf.isNew { response.headers[.setCookie] = CSRFToken.setCookie(csrf.token) }
        return response
    }
}
