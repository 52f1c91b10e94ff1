import Foundation
public import Interchange
public import Planning
import Store

/// Writes FairPlan's papers for a plan file or an embedded sample: official lists, invitation
/// letters, exhibitor letters, fascia boards, change notices or badges, as ODT or (through
/// LibreOffice) PDF.
///
/// From a plan file the papers show what was **published** (the latest published booth plan and
/// programme), as `fairplan export` does, unless `draft`. Change notices compare the latest
/// published version with the current plan, so they need a plan file.
public struct WriteDocuments: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// The kind of paper.
        public var kind: DocumentKind
        /// The format.
        public var format: DocumentFormat = .odt
        /// The output file; `Exports/<event>-<kind>.<format>` when nil.
        public var output: String?
        /// Only these exhibiting parties (identifiers or names), all when empty: exhibitor letters,
        /// fascia, notices.
        public var parties: [String] = []
        /// Only this connection point (identifier or name): invitations, badges, notices.
        public var point: String?
        /// Only the delegates of this organisation (identifier, registration code or name):
        /// invitations, badges.
        public var organisation: String?
        /// Only this official list (`attendees`, `exhibitors`, `products`, `programme`).
        public var list: String?
        /// The language of the wording.
        public var language: Language = .default
        /// The document's number, or nil for room to fill in.
        public var number: String?
        /// The signer's name, or nil for room to sign.
        public var signer: String?
        /// The working plan instead of the latest published versions.
        public var draft = false
        /// Notices: the published version the changes are counted from (with ``to``, as
        /// `fairplan changes FROM TO` compares them). Without either, the working plan against the
        /// latest published version, or, when they are the same, the latest published version
        /// against the one before (the changes just published; after the first publication, all
        /// of it, as new).
        public var from: Int?
        /// Notices: the published version the changes are counted to.
        public var to: Int?

        /// A request for `kind`.
        public init(kind: DocumentKind) {
            self.kind = kind
        }
    }

    /// What was written.
    public struct Written: Sendable {
        /// The file written, or nil when the plan has nothing for this kind of paper (no
        /// delegates, no exhibitors, no booths let, no changes): nothing is written then.
        public var path: String?
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
        /// Why nothing was written, when `path` is nil (``DocumentsError/nothingToWrite(_:)``).
        public var nothingWritten: DocumentsError?
    }

    /// Where the plan comes from.
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Writes the papers asked for, issued at `now` by FairPlan `version`.
    public func run(_ input: Input, now: LocalDateTime, version: String) throws -> Written {
        try Self.checkOptions(input)
        for version in [input.from, input.to].compactMap({ $0 }) where version < 1 {
            throw WorkflowError.invalidValue(
                input.from == version ? .from : .to, value: String(version),
                expected: .versionNumber)
        }
        // Notices from a later version to an earlier one would tell exhibitors to go back.
        if let from = input.from, let to = input.to, from > to {
            throw DocumentsError.versionsOutOfOrder(from: from, to: to)
        }
        let lists = try input.list.map { name throws(DocumentsError) -> [ListKind] in
            guard let kind = ListKind(rawValue: name), PlanPapers.officialLists.contains(kind) else {
                throw .unknownList(name)
            }
            return [kind]
        }
        // Check for LibreOffice before any work.
        let conversion = input.format == .pdf ? try PDFConversion() : nil
        let defaultSample: SamplePlan = [.invitations, .badges].contains(input.kind) ? .briefing : .fair
        let loaded = try source.load(defaultSample: defaultSample, access: .reading)
        var plan = loaded.plan
        if let store = loaded.store, !input.draft {
            for kind in PublicationKind.allCases {
                guard let latest = try store.publishedVersions(kind: kind).last?.number else { continue }
                switch kind {
                case .boothPlan: plan.boothAssignments = try store.publishedBoothPlan(latest).assignments
                case .programme: plan = plan.showing(try store.publishedProgramme(latest))
                }
            }
        }
        let resolver = PlanResolver(plan: plan)
        let parties =
            input.parties.isEmpty
            ? nil : Set(try input.parties.map { text throws(PlanningError) in try resolver.party(text).id })
        let point = try input.point.map { text throws(PlanningError) in try resolver.connectionPoint(text).id
        }
        if let organisation = try input.organisation.map({ text throws(PlanningError) in
            try resolver.organisation(text).id
        }) {
            let own = Set(plan.people.filter { $0.organisation == organisation }.map(\.id))
            plan.attendances = plan.attendances.filter { own.contains($0.person) }
        }
        let papers = PlanPapers(
            plan: plan,
            settings: PaperSettings(
                language: input.language, issued: now, generator: "FairPlan/\(version)", number: input.number,
                signer: input.signer))
        let document: TextDocument
        do {
            document = try Self.document(
                input.kind, papers: papers, lists: lists, parties: parties, point: point, store: loaded.store,
                versions: (input.from, input.to))
        } catch let error as DocumentsError {
            guard case .nothingToWrite = error else { throw error }
            return Written(path: nil, fallbackSample: loaded.fallbackSample, nothingWritten: error)
        }
        let stem = Self.stem(plan.event.id.rawValue)
        let path = try ExportLocation.path(
            explicit: input.output, name: "\(stem)-\(input.kind.rawValue).\(input.format.rawValue)")
        if let conversion {
            try conversion.write(to: path) { try ODTWriter.write(document, to: $0) }
        } else {
            try ODTWriter.write(document, to: path)
        }
        return Written(path: path, fallbackSample: loaded.fallbackSample)
    }

    /// The document of `kind`.
    static func document(
        _ kind: DocumentKind, papers: PlanPapers, lists: [ListKind]?,
        parties: Set<Identifier<ExhibitingParty>>?,
        point: Identifier<ConnectionPoint>?, store: PlanStore?, versions: (from: Int?, to: Int?) = (nil, nil)
    ) throws -> TextDocument {
        let plan = papers.plan
        let document: TextDocument
        switch kind {
        case .lists: document = papers.lists(lists ?? papers.listsWithRows())
        case .invitations: document = try papers.invitations(point: point)
        case .exhibitorLetters: document = try papers.exhibitorLetters(parties: parties)
        case .fascia: document = try papers.fasciaBoards(parties: parties)
        case .badges: document = try papers.badges(point: point)
        case .notices:
            guard let store else { throw DocumentsError.noticesNeedPlanFile }
            let byProgramme = point != nil || (parties == nil && plan.parties.isEmpty)
            if byProgramme {
                try checkPublished(versions, .programme, store: store)
                var changes = try store.programmeChanges(from: versions.from, to: versions.to)
                if changes.isEmpty, versions == (nil, nil),
                    let latest = try store.publishedVersions(kind: .programme).last?.number
                {
                    changes = try store.programmeChanges(to: latest)
                }
                document = try papers.programmeNotices(changes, point: point)
            } else {
                try checkPublished(versions, .boothPlan, store: store)
                var changes = try store.boothPlanChanges(from: versions.from, to: versions.to)
                if changes.isEmpty, versions == (nil, nil),
                    let latest = try store.publishedVersions(kind: .boothPlan).last?.number
                {
                    changes = try store.boothPlanChanges(to: latest)
                }
                document = try papers.boothNotices(changes, parties: parties)
            }
        }
        return document
    }

    /// Refuses a `--from` or `--to` naming a version of `kind` that was never published, naming
    /// the option and the versions there are.
    static func checkPublished(_ versions: (from: Int?, to: Int?), _ kind: PublicationKind, store: PlanStore)
        throws
    {
        let numbers = try store.publishedVersions(kind: kind).map(\.number)
        let published = numbers.min().flatMap { first in numbers.max().map { first...$0 } }
        for (option, number) in [("--from", versions.from), ("--to", versions.to)] {
            if let number, !numbers.contains(number) {
                throw DocumentsError.unpublishedVersion(
                    option: option, kind, number: number, published: published)
            }
        }
    }

    /// Refuses options the kind of paper does not take.
    static func checkOptions(_ input: Input) throws(DocumentsError) {
        let takesParty: Set<DocumentKind> = [.exhibitorLetters, .fascia, .notices]
        let takesPoint: Set<DocumentKind> = [.invitations, .badges, .notices]
        if !input.parties.isEmpty && !takesParty.contains(input.kind) {
            throw .optionNotTaken(option: "--party", input.kind)
        }
        if input.point != nil && !takesPoint.contains(input.kind) {
            throw .optionNotTaken(option: "--point", input.kind)
        }
        if input.organisation != nil && ![.invitations, .badges].contains(input.kind) {
            throw .optionNotTaken(option: "--organisation", input.kind)
        }
        if input.list != nil && input.kind != .lists { throw .optionNotTaken(option: "--list", input.kind) }
        if input.from != nil && input.kind != .notices { throw .optionNotTaken(option: "--from", input.kind) }
        if input.to != nil && input.kind != .notices { throw .optionNotTaken(option: "--to", input.kind) }
        // An output named for the other format (`--out giay-moi.pdf` writing ODT) is refused, as
        // `export` refuses one; other extensions are the user's choice.
        if let output = input.output, output != "-" {
            let written = URL(fileURLWithPath: output).pathExtension.lowercased()
            let known = Set(DocumentFormat.allCases.map(\.rawValue))
            if known.contains(written) && written != input.format.rawValue {
                throw .extensionOfAnotherFormat(input.format, written: written)
            }
        }
    }

    /// Stops the PDF conversions under way in this process and removes their temporary folders:
    /// for a front end interrupted (Ctrl+C, `kill`), which must then end the process (the
    /// conversions wait for it).
    public static func cancelConversions() {
        PDFConversion.cancelAll()
    }

    /// Whether PDF can be written here: LibreOffice (`soffice` or `libreoffice`) is on `PATH`.
    public static var canWritePDF: Bool { (try? PDFConversion()) != nil }

    /// A file-name stem from the event's identifier: lowercase letters, digits and `-`.
    static func stem(_ identifier: String) -> String {
        let folded = NameKey.folded(identifier)
        let kept = folded.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let stem = String(kept).split(separator: "-").joined(separator: "-")
        return stem.isEmpty ? "fairplan" : String(stem.prefix(60))
    }
}
