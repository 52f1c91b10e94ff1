public import Planning

/// The wording of the portal's registration pages (area: portal): the registration form, the
/// upload of a filled template, and the page a submission's private link shows, in every
/// ``Language``.
public enum RegistrationMessage: Hashable, Sendable, Localizable {
    /// The registration page and its link in the navigation.
    case registrationPage
    /// What the form is for and how it is checked.
    case introduction
    /// Until when registrations are taken.
    case openUntil(LocalDateTime)
    /// Registration has closed.
    case closed(LocalDateTime)
    /// The organisation's part of the form.
    case organisationSection
    /// The products' part.
    case productsSection
    /// One product's fields (numbered from 1).
    case product(Int)
    /// The delegates' part.
    case delegatesSection
    /// One delegate's fields (numbered from 1).
    case delegate(Int)
    /// The booth request's part.
    case boothSection
    /// How to leave the booth request out.
    case boothHint
    /// The link that adds room for more products.
    case moreProducts
    /// The link that adds room for more delegates.
    case moreDelegates
    /// The mark of a required field.
    case required
    /// The empty choice of a drop-down.
    case choose
    /// The button that checks the form without sending it.
    case check
    /// The button that sends the form.
    case submit
    /// The form has errors: how many; the notes beside the fields say what to fix.
    case hasErrors(Int)
    /// The form was checked and can be sent.
    case checkedFine
    /// The organisation is already registered.
    case alreadyRegistered
    /// The form or file holds no organisation, or several.
    case notOneOrganisation(Int)
    /// A problem about the whole form or file.
    case generalProblems
    /// The form was sent from a page too old (or another site): its security token does not match.
    case staleForm
    /// Too many posts from one address.
    case tooManyRequests
    /// The upload part's heading.
    case uploadSection
    /// What to upload.
    case uploadHint
    /// The file field's label.
    case uploadFile
    /// The button that checks the file.
    case uploadCheck
    /// The links to the blank template.
    case templateDownload
    /// The findings of an uploaded file, by sheet, row and column.
    case uploadFindings(file: String)
    /// The column of a finding: where it is.
    case findingPlace
    /// The column of a finding: how serious.
    case findingSeverity
    /// The column of a finding: what is wrong.
    case findingText
    /// The file has no errors: confirm to register it.
    case uploadReady(file: String)
    /// The button that registers the checked file.
    case uploadConfirm
    /// The file checked earlier is no longer kept (too old, or the server restarted).
    case uploadExpired
    /// The file could not be read at all.
    case uploadUnreadable(String)
    /// The file is larger than the portal takes.
    case uploadTooLarge(megabytes: Int)
    /// The submission's page.
    case submissionPage
    /// The submission was received.
    case received(String)
    /// Keep the private link.
    case keepLink
    /// When it was received.
    case submittedAt(LocalDateTime)
    /// Until when the submission may be corrected (registration closes); the link itself keeps
    /// showing the status and papers after that.
    case editableUntil(LocalDateTime)
    /// The status heading.
    case status
    /// The registration status of the booth request.
    case statusLine(RegistrationStatus)
    /// No booth was asked for: the registration of the organisation, its products and delegates.
    case noBoothRequested
    /// The booths given on the published plan.
    case placedBooths([String])
    /// Placed, but the booth plan with its booths is not published yet.
    case placedNotPublished
    /// The position on the waiting list.
    case waitingPosition(Int)
    /// The link to the exhibitor's page with the floor plan.
    case seeOnPlan
    /// What was registered.
    case registeredDetails
    /// No products were registered.
    case noProducts
    /// No delegates were registered.
    case noDelegates
    /// The link is unknown or no longer valid.
    case unknownLink
    /// The correction page.
    case correctionPage
    /// What the correction form is for.
    case correctionIntroduction
    /// The link to the correction form, and until when it is open.
    case correctUntil(LocalDateTime)
    /// The button that saves a correction.
    case saveCorrection
    /// The correction was saved.
    case corrected
    /// The correction changes nothing.
    case unchanged
    /// Correction closed with registration: the page only shows.
    case correctionClosed(LocalDateTime)
    /// The registration was withdrawn: the page only shows.
    case correctionWithdrawn
    /// The booth request cannot be dropped once confirmed: the organisers withdraw it.
    case boothRequestConfirmed(RegistrationStatus)
    /// The link back to the submission's page.
    case backToSubmission
    /// The documents heading.
    case documentsSection
    /// What the documents are.
    case documentsHint
    /// The delegates' invitation letters.
    case invitationsDocument
    /// The delegates' badges.
    case badgesDocument
    /// The exhibitor's letter with its booths.
    case exhibitorLetterDocument
    /// PDF needs LibreOffice on the server.
    case pdfUnavailable
    /// The hint under «Dùng chung với» on public forms: only the submission's own organisation
    /// and those the organisers put in the booth (QA 42 #7).
    case sharedWithHint

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
