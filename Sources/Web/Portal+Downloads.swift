import Foundation
import Hummingbird
import Interchange
import Logging
import Planning
import Store
import Workflow

extension Portal {
    /// The console's downloads (every export and document, written by the same use cases as
    /// `fairplan export` and `fairplan documents` to a private temporary folder and streamed as
    /// an attachment) and its change log between versions (`fairplan changes`): staff only.
    func addDownloadRoutes(to router: Router<PortalContext>) {
        router.get("/:site/quan-ly/tai-ve") { request, context in
            try await staffPage(request, context) { _, paths, _, _ in
                pages.page(
                    "downloads",
                    DownloadsPage(
                        paths: paths, pdf: WriteDocuments.canWritePDF,
                        banner: banner(request.uri.queryParameters), version: version)
                ).response
            }
        }
        router.get("/:site/quan-ly/tai-ve/danh-sach") { request, context in
            try await staffPage(request, context) { site, paths, _, _ in
                let query = request.uri.queryParameters
                let written = query["ds"].map(String.init) ?? ""
                var lists = ListKind.allCases
                if written != "all" { lists = [try Self.known(ListKind(rawValue: written))] }
                let format = try Self.known(query["dang"].flatMap { ExportFormat(rawValue: String($0)) })
                guard DownloadsPage.formats(of: written == "all" ? nil : lists.first).contains(format) else {
                    throw HTTPError(.badRequest)
                }
                return try await download(site: site, paths: paths, context: context) { [lists] folder in
                    var input = ExportLists.Input(lists: lists)
                    input.format = format
                    input.language = paths.language
                    input.output =
                        folder.appendingPathComponent(
                            "\(site.slug)-\(written).\(format.fileExtension)"
                        ).path
                    let files = try ExportLists(source: PlanSource(plan: site.path, folder: ".")).run(
                        input, now: now(), version: version
                    ).paths
                    return (try Self.found(files.first), FileDownload.type(of: format))
                }
            }
        }
        router.get("/:site/quan-ly/tai-ve/giay-to") { request, context in
            try await staffPage(request, context) { site, paths, _, _ in
                let query = request.uri.queryParameters
                let kind = try Self.known(query["loai"].flatMap { DocumentKind(rawValue: String($0)) })
                let format = try Self.known(query["dang"].flatMap { DocumentFormat(rawValue: String($0)) })
                return try await download(site: site, paths: paths, context: context) { folder in
                    var input = WriteDocuments.Input(kind: kind)
                    input.format = format
                    input.language = paths.language
                    input.output =
                        folder.appendingPathComponent(
                            "\(site.slug)-\(kind.rawValue).\(format.rawValue)"
                        ).path
                    let written = try WriteDocuments(source: PlanSource(plan: site.path, folder: ".")).run(
                        input, now: now(), version: version)
                    guard let path = written.path else {
                        throw written.nothingWritten ?? DocumentsError.libreOfficeMissing
                    }
                    return (path, FileDownload.type(of: format))
                }
            }
        }
        router.get("/:site/quan-ly/thay-doi") { request, context in
            try await staffPage(request, context) { _, paths, desk, _ in
                let query = request.uri.queryParameters
                var input = ShowChanges.Input()
                input.topic =
                    try query["loai"].flatMap { $0.isEmpty ? nil : $0 }.map {
                        try Self.known(ShowChanges.Topic(rawValue: String($0)))
                    } ?? .booths
                input.from = try Self.version(query["tu"])
                input.to = try Self.version(query["den"])
                let kind: PublicationKind = input.topic == .booths ? .boothPlan : .programme
                let versions = try desk.read { try $0.publishedVersions(kind: kind) }
                var log: ShowChanges.Log?
                var problem: String?
                do {
                    log = try desk.read { [input] in try ShowChanges(store: $0).run(input) }
                } catch {
                    problem = (error as? any Localizable)?.text(paths.language) ?? "\(error)"
                }
                return pages.page(
                    "changes",
                    ChangesPage(
                        input, versions: versions, log: log, problem: problem, paths: paths, version: version)
                ).response
            }
        }
    }

    /// Writes a file with `write` (given a private temporary folder, returning the file and its
    /// MIME type) away from the server's threads and streams it as an attachment; when the use
    /// case refuses, sends the browser back to the downloads page saying why.
    func download(
        site: PortalSiteState, paths: PortalPaths, context: PortalContext,
        write: @escaping @Sendable (URL) throws -> (path: String, type: String)
    ) async throws -> Response {
        let folder = try FileDownload.temporaryFolder()
        do {
            let file = try await Task.detached { try write(folder) }.value
            return try FileDownload.response(path: file.path, folder: folder, type: file.type)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            let reason = (error as? any Localizable)?.text(paths.language) ?? "\(error)"
            context.logger.notice("download on /\(site.slug) refused: \(reason)")
            return Response(
                status: .seeOther,
                headers: [
                    .location: paths.link(
                        "/\(paths.site)/quan-ly/tai-ve", query: failureQuery(reason))
                ])
        }
    }

    /// `value`, or a bad request when the address gave none the portal knows.
    static func known<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw HTTPError(.badRequest) }
        return value
    }

    /// A version number from the address: nil when absent or empty, a bad request when not a
    /// number from 1 to 1,000,000.
    static func version(_ text: Substring?) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let number = Int(text), (1...1_000_000).contains(number) else { throw HTTPError(.badRequest) }
        return number
    }
}
