import Dispatch
import Foundation
import Hummingbird
import Interchange
import Planning
import Workflow

extension Portal {
    /// The papers of a submission's private link (`giay-moi`, `the-dai-bieu`, `thu-gian-hang`,
    /// as `.odt`, and `.pdf` when LibreOffice is installed): only the submission's own delegates
    /// and party, written by ``WriteDocuments`` from the published plan.
    func addDocumentRoutes(to router: Router<PortalContext>) {
        for document in SubmissionDocument.allCases {
            for format in [DocumentFormat.odt, .pdf] {
                router.get("/:site/dang-ky/:token/\(document.rawValue).\(format.rawValue)") {
                    request, context in
                    let (site, paths) = try resolve(request, context)
                    let desk = try Self.found(site.desk)
                    let token = try Self.found(SubmissionToken(link: try context.parameters.require("token")))
                    let view = try Self.found(try await desk.submission(digest: token.digest))
                    guard Self.offers(document, view), format == .odt || WriteDocuments.canWritePDF else {
                        throw HTTPError(.notFound)
                    }
                    let (plan, language, stamp) = (site.path, paths.language, now())
                    let bytes = try Self.found(
                        try await Self.offPool {
                            try Self.paper(
                                document, format: format, view: view, plan: plan, language: language,
                                now: stamp,
                                version: version)
                        })
                    var response = Self.download(
                        bytes, type: SubmissionDocument.mimeType(format),
                        name: "\(paths.site)-\(document.rawValue).\(format.rawValue)"
                    ).response
                    response.headers[.cacheControl] = "no-store"
                    response.headers[SecurityHeaders<PortalContext>.referrerPolicy] = "no-referrer"
                    return response
                }
            }
        }
    }

    /// The value of `work` (files written, LibreOffice waited for), run on a global dispatch
    /// queue so that it does not hold one of the few threads serving requests.
    static func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value
    {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Whether the submission of `view` has `document`: delegates for invitations and badges,
    /// booths on the published booth plan, and a registration not withdrawn, for the exhibitor's
    /// letter (a withdrawn party gets none).
    static func offers(_ document: SubmissionDocument, _ view: ReadSubmission.View) -> Bool {
        switch document {
        case .invitations, .badges: !view.attendances.isEmpty
        case .exhibitorLetter:
            view.party.map { $0.registrationStatus != .withdrawn } == true && !view.publishedBooths.isEmpty
        }
    }

    /// The bytes of `document` of the submission of `view` in `format`, from the plan at `plan`;
    /// nil when the plan has nothing of it.
    static func paper(
        _ document: SubmissionDocument, format: DocumentFormat, view: ReadSubmission.View, plan: String,
        language: Language, now: LocalDateTime, version: String
    ) throws -> [UInt8]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-papers-" + SubmissionToken.random().text)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        var input = WriteDocuments.Input(kind: document.kind)
        input.format = format
        input.language = language
        input.output = folder.appendingPathComponent("\(document.rawValue).\(format.rawValue)").path
        switch document {
        case .invitations, .badges: input.organisation = view.organisation.id.rawValue
        case .exhibitorLetter:
            guard let party = view.party else { return nil }
            input.parties = [party.id.rawValue]
        }
        let written = try WriteDocuments(source: PlanSource(plan: plan, folder: folder.path)).run(
            input, now: now, version: version)
        guard let path = written.path, let data = FileManager.default.contents(atPath: path) else {
            return nil
        }
        return [UInt8](data)
    }
}
