import Planning
import Workflow

/// `/<plan>/dang-ky/<token>`: a submission's private page: that it was received, where the
/// registration stands (pending, confirmed, placed with its booths on the published plan, on the
/// waiting list with its position, withdrawn), and what was registered.
struct SubmissionPage: Sendable {
    /// A document to download: its name and its links.
    struct Document: Sendable {
        /// Its name.
        let label: String
        /// The ODT file.
        let odt: String
        /// The PDF file, when LibreOffice is installed.
        let pdf: String?
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// That it was received.
    let received: String
    /// Keep the link.
    let keepLink: String
    /// The link itself, in full (with the address the page was asked at) so it can be copied,
    /// bookmarked or sent as is.
    let link: String
    /// Its path, for the anchor.
    let linkPath: String
    /// When it was sent, and until when the link works.
    let dates: [String]
    /// The status heading.
    let statusHeading: String
    /// The status lines.
    let status: [String]
    /// The exhibitor's page on the published plan, when it holds booths there.
    let planLink: String?
    /// Its text.
    let planLinkLabel: String
    /// The heading of what was registered.
    let detailsHeading: String
    /// The organisation's name, province and code.
    let organisation: [String]
    /// The products heading.
    let productsHeading: String
    /// The products (name, product set, stars).
    let products: [String]
    /// Whether there are none.
    let noProducts: String?
    /// The delegates heading.
    let delegatesHeading: String
    /// The delegates (name, position).
    let delegates: [String]
    /// Whether there are none.
    let noDelegates: String?
    /// That a correction was just saved.
    let corrected: String?
    /// The correction form, while the submission may be corrected.
    let correctLink: String?
    /// Its text.
    let correctLabel: String
    /// Why the submission can no longer be corrected, when it cannot.
    let readOnly: String?
    /// The documents heading.
    let documentsHeading: String
    /// What the documents are.
    let documentsHint: String
    /// The documents the submission has.
    let documents: [Document]
    /// Whether it has any.
    let hasDocuments: Bool
    /// That PDF is not offered, when LibreOffice is missing.
    let pdfUnavailable: String?

    /// The page of `view`, whose link carries `token`; corrections are open until `closesAt`
    /// unless `refusal` says why not, `corrected` when one was just saved; PDF links when
    /// `canWritePDF`; the private link written in full after `origin` (`http://host:port`) when
    /// known.
    init(
        _ view: ReadSubmission.View, paths: PortalPaths, token: String, version: String,
        closesAt: LocalDateTime,
        refusal: CorrectSubmission.Verdict?, corrected: Bool, canWritePDF: Bool, origin: String? = nil
    ) {
        let language = paths.language
        let m = { (message: RegistrationMessage) in message.text(language) }
        heading = m(.submissionPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .registration,
            otherLanguagePath: "/\(paths.site)/dang-ky/\(token)", version: version)
        received = m(.received(view.organisation.name))
        keepLink = m(.keepLink)
        linkPath = paths.submission(token)
        link = (origin ?? "") + linkPath
        dates = [
            m(.submittedAt(view.submission.submittedAt)), m(.editableUntil(closesAt)),
        ]
        statusHeading = m(.status)
        var status: [String] = []
        // A withdrawn party's booths (still on the published plan until the next version) are not
        // its own any more: neither listed nor linked.
        let withdrawn = view.party?.registrationStatus == .withdrawn
        if let party = view.party {
            status.append(m(.statusLine(party.registrationStatus)))
            if !view.publishedBooths.isEmpty && !withdrawn {
                status.append(m(.placedBooths(view.publishedBooths)))
            } else if party.registrationStatus == .placed {
                status.append(m(.placedNotPublished))
            }
            if let position = view.waitingPosition { status.append(m(.waitingPosition(position))) }
        } else {
            status.append(m(.noBoothRequested))
        }
        self.status = status
        planLink =
            view.publishedBooths.isEmpty || withdrawn
            ? nil : view.party.map { paths.exhibitor($0.id.rawValue) }
        planLinkLabel = m(.seeOnPlan)
        detailsHeading = m(.registeredDetails)
        let organisation = view.organisation
        self.organisation = [
            organisation.name, organisation.province.text(language),
            organisation.registrationCode?.description ?? "",
        ].filter { !$0.isEmpty }
        productsHeading = m(.productsSection)
        products = view.products.map { product in
            [product.name, product.recognition.map { "OCOP \($0.stars)★" } ?? ""].filter { !$0.isEmpty }
                .joined(
                    separator: " — ")
        }
        noProducts = products.isEmpty ? m(.noProducts) : nil
        delegatesHeading = m(.delegatesSection)
        delegates = view.delegates.map { person in
            [person.name.fullName, person.position ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        noDelegates = delegates.isEmpty ? m(.noDelegates) : nil
        self.corrected = corrected ? m(.corrected) : nil
        readOnly = refusal.flatMap { CorrectionPage.reason($0, language: language) }
        correctLink = readOnly == nil ? paths.correction(token) : nil
        correctLabel = m(.correctUntil(closesAt))
        documentsHeading = m(.documentsSection)
        documentsHint = m(.documentsHint)
        documents = SubmissionDocument.allCases.filter { Portal.offers($0, view) }.map { document in
            Document(
                label: m(document.label),
                odt: paths.submissionDocument(token, file: document.rawValue + ".odt"),
                pdf: canWritePDF ? paths.submissionDocument(token, file: document.rawValue + ".pdf") : nil)
        }
        hasDocuments = !documents.isEmpty
        pdfUnavailable = canWritePDF || documents.isEmpty ? nil : m(.pdfUnavailable)
    }
}
