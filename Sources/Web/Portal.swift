import Crypto
import HTTPTypes
public import Hummingbird
import HummingbirdCore
import Interchange
import Logging
import NIOCore
public import Planning
import Store
import Workflow

/// The web portal: public pages of the plans served (the event, its programme by day and by
/// connection point with iCalendar and frab downloads, the exhibitor directory with the floor
/// plan, the connection points), server-rendered HTML in Vietnamese or English (`?lang=en`),
/// usable without JavaScript, over the same plan files and use cases as the command line.
///
/// The public sees what is published: the latest published booth plan and programme, never the
/// working plan (``ReadPublishedPlan``). A plan file is read again only when it has changed.
public struct Portal: Sendable {
    /// The plans served, in order.
    let sites: [PortalSiteState]
    /// The pages.
    let pages: PageRenderer
    /// FairPlan's version, in the footer and the exports.
    let version: String
    /// Now (+07:00), stamped on the downloads and the registrations.
    let now: @Sendable () -> LocalDateTime
    /// Seconds on a monotonic clock, for the rate limits and the lifetime of checked uploads.
    let uptime: @Sendable () -> Double
    /// The limit of posts to the public forms per client address.
    let limiter: RateLimiter
    /// The limit of sign-in attempts per client address (10 a minute).
    let signInLimiter = RateLimiter(limit: 10)
    /// The signed-in staff.
    let staffSessions = StaffSessions()
    /// The solver runs started from the console.
    let solverRuns = SolverRuns()
    /// The registrations of the last half hour, so a form posted twice finds its private link.
    let recentSubmissions = RecentSubmissions()
    /// The key signing the failure texts passed to the console in a redirect's query (see
    /// ``failureQuery(_:)``), new for every run of the server.
    let bannerKey = SymmetricKey(size: .bits256)

    /// The content security policy: nothing but this server's own styles and images, no script,
    /// no frames, forms only to this server.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'none'"

    /// A portal serving `sites`, stamping downloads and registrations with `now`; it takes
    /// registrations as `registration` says (the plan files are then opened for writing, else
    /// read-only), timing its rate limits by `uptime` (seconds on a monotonic clock).
    public init(
        sites: [PortalSite], version: String, now: @escaping @Sendable () -> LocalDateTime,
        registration: RegistrationSettings = RegistrationSettings(),
        uptime: @escaping @Sendable () -> Double = Portal.monotonicSeconds
    ) throws {
        guard !sites.isEmpty else { throw PortalError.noPlans }
        var seen: [String: String] = [:]
        var states: [PortalSiteState] = []
        for site in sites {
            if let other = seen[site.slug] {
                throw PortalError.duplicateSlug(site.slug, paths: [other, site.planPath])
            }
            guard PortalSite.isValid(site.slug) else {
                throw PortalError.duplicateSlug(site.slug, paths: [site.planPath])
            }
            seen[site.slug] = site.planPath
            var desk: RegistrationDesk?
            if registration.isEnabled {
                let event = try PlanStore.open(at: site.planPath, for: .reading).event()
                if let closesAt = registration.closing(firstDay: event.firstDay) {
                    desk = try RegistrationDesk(path: site.planPath, closesAt: closesAt)
                }
            }
            states.append(
                PortalSiteState(
                    slug: site.slug, path: site.planPath, cache: try PublishedPlanCache(path: site.planPath),
                    desk: desk))
        }
        self.sites = states
        pages = try PageRenderer()
        self.version = version
        self.now = now
        self.uptime = uptime
        limiter = RateLimiter(limit: registration.postsPerMinute)
    }

    /// Seconds since an arbitrary start on the system's monotonic clock.
    public static let monotonicSeconds: @Sendable () -> Double = {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// The start of ``monotonicSeconds``.
    private static let start = ContinuousClock.now

    /// The router of every page, with the security headers on every response.
    public func router() -> Router<PortalContext> {
        let router = Router(context: PortalContext.self, options: .autoGenerateHeadEndpoints)
        router.addMiddleware {
            SecurityHeaders(contentSecurityPolicy: Self.contentSecurityPolicy)
            ErrorPages(portal: self)
            HeadRequests()
        }
        router.get("/") { request, _ in try await home(request) }
        router.get("/assets/portal.css") { _, _ in
            guard let css = PageRenderer.asset("portal.css") else { throw HTTPError(.notFound) }
            return Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: css)))
        }
        router.get("/:site") { request, context in
            try await page(request, context) { published, paths in
                pages.page("event", EventPage(published, paths: paths, version: version))
            }
        }
        router.get("/:site/chuong-trinh") { request, context in
            try await page(request, context) { published, paths in
                let point = try Self.point(request, in: published.plan)
                return pages.page(
                    "programme", ProgrammePage(published, point: point, paths: paths, version: version))
            }
        }
        router.get("/:site/chuong-trinh.ics") { request, context in
            try await page(request, context) { published, paths in
                let point = try Self.point(request, in: published.plan)
                let text = ICalendarWriter(
                    plan: published.plan, connectionPoint: point?.id, stamp: now(), version: version,
                    language: paths.language
                ).text()
                return Self.download(
                    [UInt8](text.utf8), type: "text/calendar; charset=utf-8",
                    name: "\(paths.site)\(point.map { "-" + $0.id.rawValue } ?? "").ics")
            }
        }
        router.get("/:site/chuong-trinh.xml") { request, context in
            try await page(request, context) { published, paths in
                // The published programme's number, as `fairplan export programme --format frab`
                // writes it (a draft's note only when nothing is published).
                let point = try Self.point(request, in: published.plan)
                let bytes = try FrabScheduleWriter(
                    plan: published.plan, connectionPoint: point?.id, version: version,
                    programmeVersion: published.versions[.programme]?.number, language: paths.language
                )
                .bytes()
                return Self.download(
                    bytes, type: "application/xml; charset=utf-8",
                    name: "\(paths.site)\(point.map { "-" + $0.id.rawValue } ?? "").xml")
            }
        }
        router.get("/:site/gian-hang") { request, context in
            try await page(request, context) { published, paths in
                pages.page("exhibitors", ExhibitorsPage(published, paths: paths, version: version))
            }
        }
        router.get("/:site/gian-hang/:party") { request, context in
            let id = try context.parameters.require("party")
            return try await page(request, context) { published, paths in
                let party = try Self.found(published.plan.parties.first { $0.id.rawValue == id })
                _ = try Self.found(published.plan.boothAssignments.first { $0.party == party.id })
                return pages.page(
                    "exhibitor", ExhibitorPage(party, in: published, paths: paths, version: version))
            }
        }
        router.get("/:site/so-do.svg") { request, context in
            try await page(request, context) { published, paths in
                Self.svg(try Self.found(try FloorPlanImage.svg(of: published, language: paths.language)))
            }
        }
        router.get("/:site/gian-hang/:party/so-do.svg") { request, context in
            let id = try context.parameters.require("party")
            return try await page(request, context) { published, paths in
                let party = try Self.found(published.plan.parties.first { $0.id.rawValue == id })
                return Self.svg(
                    try Self.found(
                        try FloorPlanImage.svg(
                            of: published, highlighting: party.id, language: paths.language)))
            }
        }
        addRegistrationRoutes(to: router)
        addCorrectionRoutes(to: router)
        addDocumentRoutes(to: router)
        addUploadRoutes(to: router)
        addStaffRoutes(to: router)
        addDownloadRoutes(to: router)
        addSolverRoutes(to: router)
        addEditRoutes(to: router)
        router.get("/:site/diem-cau") { request, context in
            try await page(request, context) { published, paths in
                pages.page("points", PointsPage(published, paths: paths, version: version))
            }
        }
        router.get("/:site/diem-cau/:point") { request, context in
            let id = try context.parameters.require("point")
            return try await page(request, context) { published, paths in
                let point = try Self.found(published.plan.connectionPoints.first { $0.id.rawValue == id })
                return pages.page("point", PointPage(point, in: published, paths: paths, version: version))
            }
        }
        return router
    }

    /// How long a connection may stay idle before the server closes it: before its first request
    /// is read whole, and between requests on a kept-alive connection. Without it a client that
    /// opens connections and sends nothing, or half a header, holds them for ever, and some
    /// 20,000 of them take every file descriptor the server has.
    public static let idleTimeout: Duration = .seconds(15)

    /// The application listening on `host`:`port`, logging requests that fail (never their
    /// parameters' values) at `notice` level, closing connections idle for `idleTimeout`.
    public func application(host: String, port: Int, idleTimeout: Duration = Portal.idleTimeout)
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "fairplan.serve")
        logger.logLevel = .notice
        return Application(
            router: router(),
            server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: TimeAmount(idleTimeout))),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: "FairPlan"),
            logger: logger)
    }

    /// Listens on `host`:`port` until the process is interrupted (SIGINT or SIGTERM), then stops
    /// gracefully.
    public func serve(host: String, port: Int) async throws {
        try await application(host: host, port: port).runService()
    }

    /// `host` when it can be listened on: a host name or an IPv4 or IPv6 address (letters,
    /// digits, `.`, `-`, `:`; at most 253 characters).
    public static func checkHost(_ host: String) throws(PortalError) -> String {
        let allowed = host.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x2D || byte == 0x3A
        }
        guard !host.isEmpty, host.utf8.count <= 253, allowed else { throw .invalidHost(host) }
        return host
    }

    /// `/`: the one plan's event page, or the list of events.
    func home(_ request: Request) async throws -> Response {
        let language = Self.language(of: request)
        if sites.count == 1, let site = sites.first {
            return Response(
                status: .seeOther,
                headers: [.location: PortalPaths(site: site.slug, language: language).event])
        }
        var plans: [(slug: String, plan: Plan)] = []
        for site in sites { plans.append((site.slug, try await site.published().plan)) }
        return pages.page("events", EventListPage(plans: plans, language: language, version: version))
            .response
    }

    /// The page a request asks for, of the plan it names: kept from an earlier request while the
    /// plan file is unchanged, else made by `render` from the published view.
    func page(
        _ request: Request, _ context: PortalContext,
        render: @escaping @Sendable (ReadPublishedPlan.Published, PortalPaths) throws -> RenderedPage
    ) async throws -> Response {
        let (site, paths) = try resolve(request, context)
        return try await site.cache.page(request.uri.description) { published in try render(published, paths)
        }
        .response
    }

    /// The plan a request names and its addresses in the request's language; not found when the
    /// portal serves no such plan.
    func resolve(_ request: Request, _ context: PortalContext) throws -> (PortalSiteState, PortalPaths) {
        let slug = try context.parameters.require("site")
        guard let site = sites.first(where: { $0.slug == slug }) else { throw HTTPError(.notFound) }
        return (site, PortalPaths(site: site.slug, language: Self.language(of: request)))
    }

    /// The address the request was sent to, as `http://host:port` (`https` when the request says
    /// so, as behind a TLS proxy that sets `X-Forwarded-Proto`), to write a link in full; nil when
    /// the request names no host or one with characters a host name or address never has.
    static func origin(of request: Request) -> String? {
        guard let host = request.head.authority, !host.isEmpty, host.count <= 255,
            host.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || ".-:[]".unicodeScalars.contains($0)
            })
        else { return nil }
        let forwarded = request.headers[HTTPField.Name("X-Forwarded-Proto")!]
        let scheme = request.head.scheme == "https" || forwarded == "https" ? "https" : "http"
        return "\(scheme)://\(host)"
    }

    /// The reader's language: English with `lang=en`, else Vietnamese.
    static func language(of request: Request) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? .vietnamese
    }

    /// The connection point the request's `diem-cau` names, nil without one; not found when the
    /// plan has no such point.
    static func point(_ request: Request, in plan: Plan) throws -> ConnectionPoint? {
        guard let id = request.uri.queryParameters["diem-cau"].map(String.init), !id.isEmpty else {
            return nil
        }
        guard let point = plan.connectionPoints.first(where: { $0.id.rawValue == id }) else {
            throw HTTPError(.notFound)
        }
        return point
    }

    /// `value`, or not found when there is none.
    static func found<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw HTTPError(.notFound) }
        return value
    }

    /// An SVG picture.
    static func svg(_ bytes: [UInt8]) -> RenderedPage {
        RenderedPage(
            status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: "no-cache"],
            body: ByteBuffer(bytes: bytes))
    }

    /// A file to download, named `name`.
    static func download(_ bytes: [UInt8], type: String, name: String) -> RenderedPage {
        RenderedPage(
            status: .ok,
            headers: [
                .contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-cache",
            ],
            body: ByteBuffer(bytes: bytes))
    }
}
