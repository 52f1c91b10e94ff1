import Foundation
import Hummingbird
import Interchange
import Planning
import Sheets
import Workflow

extension Portal {
    /// The largest registration file the portal takes, in megabytes.
    static let uploadMegabytes = 10

    /// The upload of a filled registration template: checked first, its findings shown by sheet,
    /// row and column, registered only when the user confirms.
    func addUploadRoutes(to router: Router<PortalContext>) {
        router.post("/:site/dang-ky/tep") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            guard let boundary = UploadForm.boundary(of: request.headers[.contentType]) else {
                throw HTTPError(.unsupportedMediaType)
            }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: Self.uploadMegabytes * 1024 * 1024 + 64 * 1024)
            } catch {
                return uploadPage(
                    request, paths: paths, file: "", banner: .uploadTooLarge(megabytes: Self.uploadMegabytes),
                    status: .contentTooLarge)
            }
            guard let form = UploadForm(body, boundary: boundary) else { throw HTTPError(.badRequest) }
            if let refusal = await refusal(request, context, desk: desk, csrf: form.csrf) {
                return uploadPage(
                    request, paths: paths, file: form.fileName ?? "", banner: refusal.message,
                    status: refusal.status)
            }
            guard let name = form.fileName, !form.bytes.isEmpty else { throw HTTPError(.badRequest) }
            let workbook: ReadWorkbook
            do {
                workbook = try Self.read(name: name, bytes: form.bytes)
            } catch {
                let reason = (error as? any Localizable)?.text(paths.language) ?? "\(error)"
                return uploadPage(
                    request, paths: paths, file: name, banner: .uploadUnreadable(reason),
                    status: .unprocessableContent)
            }
            let outcome = try await desk.submit(
                [workbook], source: .upload, checkOnly: true, digest: SubmissionToken.random().digest,
                context: ChangeContext(user: Self.portalUser, now: now()))
            guard outcome.verdict == .acceptable else {
                let check = RegistrationCheckResult(outcome, productSlots: [], delegateSlots: [])
                return uploadPage(
                    request, paths: paths, file: name, banner: check.banner,
                    problems: PublicProblems.shown(outcome.report),
                    status: .unprocessableContent)
            }
            let confirmation = SubmissionToken.random()
            await desk.keep(workbook, digest: confirmation.digest, at: uptime())
            return uploadPage(
                request, paths: paths, file: name, banner: .uploadReady(file: name),
                problems: PublicProblems.shown(outcome.report), confirmation: confirmation.text,
                status: .ok)
        }
        router.post("/:site/dang-ky/tep/xac-nhan") { request, context in
            let (site, paths) = try resolve(request, context)
            let desk = try Self.found(site.desk)
            let body = try await Self.formBody(request, limit: 16 * 1024)
            if let refusal = await refusal(request, context, desk: desk, csrf: body[CSRFToken.fieldName]) {
                return uploadPage(
                    request, paths: paths, file: "", banner: refusal.message, status: refusal.status)
            }
            // The same confirmation sent again by the same browser: the link it registered.
            let key = RecentSubmissions.key(
                site: site.slug, csrf: body[CSRFToken.fieldName] ?? "", fields: body.values)
            let token = SubmissionToken.random()
            if case .registered(let earlier) = await recentSubmissions.claim(
                key, token: token.text, now: uptime)
            {
                return Response(status: .seeOther, headers: [.location: paths.submission(earlier)])
            }
            guard let confirmation = body["ma"].flatMap(SubmissionToken.init(link:)),
                let workbook = await desk.take(digest: confirmation.digest, at: uptime())
            else {
                recentSubmissions.settle(key, registered: false, now: uptime())
                return uploadPage(request, paths: paths, file: "", banner: .uploadExpired, status: .gone)
            }
            let outcome: SubmitRegistration.Outcome
            do {
                outcome = try await desk.submit(
                    [workbook], source: .upload, checkOnly: false, digest: token.digest,
                    context: ChangeContext(user: Self.portalUser, now: now()))
            } catch {
                recentSubmissions.settle(key, registered: false, now: uptime())
                throw error
            }
            let registered = if case .registered = outcome.verdict { true } else { false }
            recentSubmissions.settle(key, registered: registered, now: uptime())
            if registered {
                return Response(status: .seeOther, headers: [.location: paths.submission(token.text)])
            }
            let check = RegistrationCheckResult(outcome, productSlots: [], delegateSlots: [])
            return uploadPage(
                request, paths: paths, file: workbook.fileName, banner: check.banner,
                problems: PublicProblems.shown(outcome.report), status: .unprocessableContent)
        }
    }

    /// The page of an upload's check.
    func uploadPage(
        _ request: Request, paths: PortalPaths, file: String, banner: RegistrationMessage,
        problems: [SheetProblem] = [], confirmation: String? = nil, status: HTTPResponse.Status
    ) -> Response {
        let csrf = CSRFToken.forPage(request)
        let severity = confirmation == nil ? "error" : "info"
        var response = pages.page(
            "upload",
            UploadPage(
                file: file, banner: banner, severity: severity, problems: problems,
                confirmation: confirmation,
                csrf: csrf.token, paths: paths, version: version),
            status: status
        ).response
        response.headers[.cacheControl] = "no-store"
        if csrf.isNew { response.headers[.setCookie] = CSRFToken.setCookie(csrf.token) }
        return response
    }

    /// Reads an uploaded file through the readers of `fairplan import` (their size and XML
    /// limits), from a private temporary folder removed afterwards; the workbook carries the
    /// file's own name.
    static func read(name: String, bytes: [UInt8]) throws -> ReadWorkbook {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-upload-" + SubmissionToken.random().text)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw HTTPError(.internalServerError)
        }
        return try WorkbookFile.read(path)
    }
}
