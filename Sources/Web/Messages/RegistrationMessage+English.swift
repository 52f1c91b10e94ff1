import Planning

extension RegistrationMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .registrationPage: return "Register"
        case .introduction:
            return
                "Cooperatives, cooperative groups and enterprises register themselves here: the organisation, "
                + "its OCOP products, its delegates and its booth. Everything is checked by the organisers' own "
                + "rules; a note appears beside any field to correct. Fields marked * are required."
        case .openUntil(let time): return "Registrations are taken until \(Self.english(time))."
        case .closed(let time):
            return "Registration closed at \(Self.english(time)). Please contact the organisers."
        case .organisationSection: return "Registering organisation"
        case .productsSection: return "OCOP products"
        case .product(let number): return "Product \(number)"
        case .delegatesSection: return "Delegates"
        case .delegate(let number): return "Delegate \(number)"
        case .boothSection: return "Booth request"
        case .boothHint: return "Leave «Booths» empty to ask for no booth."
        case .moreProducts: return "Room for more products"
        case .moreDelegates: return "Room for more delegates"
        case .required: return "required"
        case .choose: return "— Choose —"
        case .check: return "Check"
        case .submit: return "Send registration"
        case .hasErrors(let count):
            return
                "Not sent: \(count) error\(count == 1 ? "" : "s"). See the notes in red beside the fields, "
                + "correct them and send again."
        case .checkedFine: return "The registration is valid and can be sent."
        case .alreadyRegistered:
            return
                "This organisation is already registered (same registration code, or same name in the same "
                + "province). Use the private link you received when registering, or contact the organisers."
        case .notOneOrganisation(0): return "No organisation given: register one organisation at a time."
        case .notOneOrganisation(let count):
            return
                "The file holds \(count) organisations: register one at a time; split it into separate files."
        case .generalProblems: return "To look at"
        case .staleForm:
            return
                "The registration page is out of date or was not sent from this portal. Open the page again "
                + "and send it once more."
        case .tooManyRequests: return "Too many posts from this address. Please try again in a minute."
        case .uploadSection: return "Or send a filled template"
        case .uploadHint:
            return
                "The registration template (.xlsx, .ods, .fods or .csv) of one organisation, with its products, "
                + "delegates and booth. The file is checked first; it is registered only when you confirm."
        case .uploadFile: return "Registration file"
        case .uploadCheck: return "Check the file"
        case .templateDownload: return "Download the blank template"
        case .uploadFindings(let file): return "Check of «\(file)»"
        case .findingPlace: return "Where"
        case .findingSeverity: return "Severity"
        case .findingText: return "What"
        case .uploadReady(let file): return "«\(file)» is valid. Press «Confirm registration» to register it."
        case .uploadConfirm: return "Confirm registration"
        case .uploadExpired:
            return "The file checked earlier is no longer kept (over 30 minutes). Please send the file again."
        case .uploadUnreadable(let reason): return "The file cannot be read: \(reason)"
        case .uploadTooLarge(let megabytes):
            return "The file is over \(megabytes) MB; the portal does not take it."
        case .submissionPage: return "Your registration"
        case .received(let name): return "The registration of «\(name)» was received."
        case .keepLink:
            return "Keep this page's address: it is your private link to the registration's status. Anyone "
                + "with the link can see it, so do not share it publicly."
        case .submittedAt(let time): return "Sent at \(Self.english(time))"
        case .editableUntil(let time):
            return
                "Corrections are taken until \(Self.english(time)); after that the link still shows the status and papers"
        case .status: return "Status"
        case .statusLine(let status): return "Booth request: \(status.name(en))"
        case .noBoothRequested: return "No booth requested."
        case .placedBooths(let booths): return "Booths given: \(booths.joined(separator: ", "))"
        case .placedNotPublished:
            return "Booths have been given; they appear here once the organisers publish the floor plan."
        case .waitingPosition(let position): return "Position on the waiting list: \(position)"
        case .seeOnPlan: return "See it on the floor plan"
        case .registeredDetails: return "What was registered"
        case .noProducts: return "No products registered."
        case .noDelegates: return "No delegates registered."
        case .unknownLink:
            return
                "The link is wrong or the registration no longer exists. Please check it or contact the organisers."
        case .correctionPage: return "Correct your registration"
        case .correctionIntroduction:
            return "Correct what you sent, then press «Save the correction». Empty every field of a product "
                + "or delegate to leave it out; fill in an empty entry to add one. The correction is checked "
                + "by the same rules as the registration. A confirmed registration keeps its status; the "
                + "organisers see the correction in the plan's history."
        case .correctUntil(let time): return "Correct the registration (open until \(Self.english(time)))"
        case .saveCorrection: return "Save the correction"
        case .corrected: return "The correction was saved."
        case .unchanged: return "Nothing differs from the registration stored; nothing was saved."
        case .correctionClosed(let time):
            return "Corrections closed at \(Self.english(time)); this page only shows the registration. "
                + "Please contact the organisers for a change."
        case .correctionWithdrawn:
            return
                "This registration was withdrawn, so it can no longer be corrected; this page only shows it."
        case .boothRequestConfirmed(let status):
            return "The booth request is already «\(status.name(en))»: it cannot be dropped by emptying the "
                + "booths wanted. Please contact the organisers to withdraw. Nothing was saved."
        case .backToSubmission: return "Back to the registration"
        case .documentsSection: return "Documents"
        case .documentsHint:
            return
                "Your delegates' invitation letters and badges, and the exhibitor's letter once your booths "
                + "are on the published floor plan."
        case .invitationsDocument: return "Invitation letters"
        case .badgesDocument: return "Delegate badges"
        case .exhibitorLetterDocument: return "Exhibitor's letter"
        case .pdfUnavailable: return "PDF needs LibreOffice on the server; only ODT is offered now."
        case .sharedWithHint:
            return "The organisations showing in the booth, separated by semicolons (;): only the "
                + "registering organisation and those the organisers have put in the booth. To share with "
                + "another, write it under «Ghi chú» (notes) so the organisers can ask it. Optional."
        }
    }

    /// `time` as English readers in Vietnam write it: «17:00 on 20/12/2026 (UTC+07:00)».
    static func english(_ time: LocalDateTime) -> String {
        "\(time.time) on \(time.date.vietnamese) (UTC+07:00)"
    }
}
