import Foundation
import Interchange
import Planning
import Store
import Workflow

extension StaffMessage {
    /// Said after a solver's summary when the time limit cut its run short.
    static let cutByTimeEnglish =
        " The time limit ran out before the search finished: another run may give a different result;"
        + " allow more time for one that repeats."

    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .signInPage: return "Staff sign-in"
        case .name: return "Name"
        case .password: return "Password"
        case .signIn: return "Sign in"
        case .signInFailed: return "Wrong name or password."
        case .tooManyAttempts:
            return "Too many sign-in attempts from this address. Please try again in a minute."
        case .staleForm:
            return "The page is out of date or was not sent from this portal. Please open it again."
        case .signOut: return "Sign out"
        case .signedInAs(let name, let role):
            return "Signed in: \(name) (\(StaffMessage.roleName(role).text(en)))"
        case .consolePage: return "Registrations"
        case .status: return "Status"
        case .allStatuses: return "All"
        case .province: return "Province"
        case .allProvinces: return "All provinces"
        case .search: return "Name"
        case .filter: return "Filter"
        case .count(let status, let count): return "\(status.name(en)): \(count)"
        case .registration: return "Registration"
        case .booths: return "Booths (asked / given)"
        case .findings: return "To look at"
        case .actions: return "Actions"
        case .throughPortal: return "registered through the portal"
        case .correctedThroughLink(let time):
            return "corrected through its private link at \(RegistrationMessage.english(time))"
        case .confirm: return "Confirm"
        case .withdraw: return "Withdraw"
        case .withdrawPage(let party): return "Withdraw the registration of «\(party)»?"
        case .withdrawEffect(let status, let booths):
            let freed =
                booths.isEmpty
                ? "It holds no booth."
                : "Booths \(booths.joined(separator: ", ")) are freed and offered to the waiting list in order."
            return "Status now: \(status). \(freed) The withdrawal is recorded in the history of changes."
        case .confirmWithdraw: return "Confirm the withdrawal"
        case .withdrawChanged:
            return "The party's status or booths changed after this page was opened; nothing was withdrawn. "
                + "The page now shows how it is: check it, then confirm."
        case .alreadyWithdrawn(let party):
            return "The registration of «\(party)» is already withdrawn; there is nothing left to withdraw."
        case .boothPlan: return "Booth plan"
        case .allocate: return "Allocate booths"
        case .allocateHint:
            return
                "Allocates booths to the confirmed registrations (pinned booths kept); those that do not fit go "
                + "to the waiting list."
        case .publish: return "Publish the plan"
        case .publishHint:
            return "Checks the current booth plan, then publishes it on the portal as a new version."
        case .noRegistrations: return "No registration matches the filter."
        case .confirmed: return "Registration confirmed."
        case .withdrawn(let booths):
            return booths.isEmpty
                ? "Registration withdrawn; the party held no booth."
                : "Registration withdrawn; booths \(booths.joined(separator: ", ")) are free again."
        case .allocated(let placed, let waiting, let cut):
            return "Booths allocated: \(placed) with booths, \(waiting) on the waiting list."
                + (cut ? Self.cutByTimeEnglish : "")
        case .published(let version): return "Booth plan published as version \(version)."
        case .publishProgramme: return "Publish the programme"
        case .publishProgrammeHint:
            return "Checks the working programme (rooms, times, connection points) and publishes it on the "
                + "portal as a new version."
        case .programmePublished(let version): return "Programme published as version \(version)."
        case .publishRefused(let count, let first):
            return "the working plan breaks \(count) rule(s), so nothing was published; for example: "
                + Self.sentence(Self.list(first))
        case .refusedByRules(let name, let problems):
            return
                "«\(name)» was not saved: the check found \(Self.sentence(Self.list(problems))) Correct it and save again."
        case .failed(let reason): return "Could not be done: \(Self.sentence(reason))"
        case .expectedValue(.productSet):
            return "not a known OCOP product set; write the set's name as in the registration template, or "
                + "«Bộ sản phẩm số N»"
        case .expectedValue(.organisationKind):
            return "the kind of organisation cannot be told from the name; write a name with its kind "
                + "(cooperative, cooperative group, union of cooperatives, people's credit fund, company, household business)"
        case .expectedValue(let expected): return WorkflowMessage.expectation(expected).text(en)
        case .conflict(.incompleteRecognition):
            return
                "An OCOP recognition needs «\(Self.field(.stars).text(en))», «\(Self.field(.decision).text(en))» "
                + "and «\(Self.field(.decisionDate).text(en))» together."
        case .conflict(.recognitionDetailsWithoutStars):
            let fields: [InputField] = [.issuingBody, .issuingLevel, .validUntil, .ocopCode]
            return fields.map { "«\(Self.field($0).text(en))»" }.joined(separator: ", ")
                + " go with an OCOP recognition (fill in «\(Self.field(.stars).text(en))»)."
        case .conflict(.contactDetailsWithoutContact):
            return "«\(Self.field(.phone).text(en))» and «\(Self.field(.email).text(en))» go with "
                + "«\(Self.field(.contact).text(en))»: write the contact's name."
        case .conflict(.organisationAndUnit):
            return "Give either a registered organisation or a unit, not both."
        case .conflict(let conflict): return WorkflowError.conflict(conflict).text(en)
        case .accountsPage: return "Staff accounts"
        case .role: return "Role"
        case .roleName(.staff): return "staff"
        case .roleName(.admin): return "admin"
        case .adminOnly: return "Only an admin account may see this page."
        case .downloadsPage: return "Downloads"
        case .listsHeading: return "Lists"
        case .listsHint:
            return
                "The lists show the latest published booth plan and programme (the working plan when nothing is "
                + "published yet); the registrations are the current ones."
        case .listName(let list): return list.map { $0.title(in: en) } ?? "All lists (one workbook)"
        case .documentsHeading: return "Documents"
        case .documentsHint:
            return
                "Papers of the latest published versions; change notices compare them with the working plan."
        case .documentName(let kind):
            switch kind {
            case .lists: return "Official lists"
            case .invitations: return "Invitation letters"
            case .exhibitorLetters: return "Letters to exhibitors"
            case .fascia: return "Booth fascia boards"
            case .notices: return "Change notices"
            case .badges: return "Name badges"
            }
        case .pdfUnavailable: return "PDF needs LibreOffice (soffice) on the server; only ODT is offered."
        case .contents: return "Contents"
        case .formats: return "Download as"
        case .changesPage: return "Changes between versions"
        case .changesTopic(.booths): return "Booth plan"
        case .changesTopic(.programme): return "Programme"
        case .fromVersion: return "From"
        case .toVersion: return "To"
        case .latestPublished: return "latest published version"
        case .workingPlan: return "working plan (not published)"
        case .versionChoice(let number, let when):
            return when.isEmpty ? "version \(number)" : "version \(number) (\(when))"
        case .show: return "Show"
        case .changesBetween(let from, let to): return "From \(from) to \(to)"
        case .programmePart: return "Programme"
        case .timetable: return "Timetable the sessions"
        case .timetableHint:
            return
                "Places the sessions in rooms and times, keeping close to the programme already sent; the result "
                + "is saved in the working plan, to review and publish."
        case .runInProgress: return "A run is already in progress for this plan; wait for it to finish."
        case .timeLimitOutOfRange: return "The time limit must be a whole number of seconds from 1 to 3,600."
        case .progressPage: return "Progress"
        case .allocationRun: return "Booth allocation"
        case .timetablingRun: return "Timetabling"
        case .phaseLabel: return "Phase"
        case .phase(let phase):
            switch phase {
            case "constructed", "construction": return "first placement"
            case "searching", "local-search": return "improving"
            case "exact-search": return "exact search for the best timetable"
            case "exact": return "exact search"
            case "finished": return "finishing"
            default: return "starting"
            }
        case .iterations(let done, let cap):
            return cap.map { "Iterations: \(done) of at most \($0)" } ?? "Iterations: \(done)"
        case .decisions(let count): return "Decisions examined: \(count)"
        case .bestScore(let score): return "Best score so far: \(score)"
        case .elapsed(let seconds): return "Time: \(String(format: "%.1f", seconds)) s"
        case .refreshing: return "This page refreshes itself every second until the run ends."
        case .runFinished: return "The run has finished."
        case .timetabled(let placed, let unplaced, let cut):
            return "Sessions timetabled: \(placed) placed, \(unplaced) not placed."
                + (cut ? Self.cutByTimeEnglish : "")
        case .noRun: return "No run has been started on this plan since the portal started."
        case .backToConsole: return "Back to the registrations"
        case .edit: return "Edit"
        case .editPage(let name): return "Edit: \(name)"
        case .save: return "Save"
        case .edited(let count): return "Registration saved: \(count) field(s) changed."
        case .field(let field):
            switch field {
            case .name: return "Legal name"
            case .province: return "Province"
            case .code: return "Registration (tax) code"
            case .shortName: return "Short name"
            case .address: return "Address"
            case .members: return "Members"
            case .contact: return "Contact person"
            case .phone: return "Phone"
            case .email: return "E-mail"
            case .position: return "Position"
            case .stars: return "OCOP stars"
            case .productSet: return "OCOP product set"
            case .decision: return "Recognition decision number"
            case .decisionDate: return "Decision date (dd/mm/yyyy)"
            case .issuingBody: return "Issuing body"
            case .issuingLevel: return "Issuing level (district, province, central)"
            case .validUntil: return "Valid until (dd/mm/yyyy)"
            case .ocopCode: return "OCOP product code"
            case .coldChain: return "Needs cold storage (yes/no)"
            default: return field.rawValue
            }
        case .yesOrNo(let yes): return yes ? "yes" : "no"
        case .timeLimit: return "Time limit (seconds)"
        case .delegatesPart: return "Delegates"
        case .productsPart: return "Products"
        case .unchanged: return "Nothing was changed."
        case .certificateRemoved(let count):
            return "Product saved: \(count) field(s) changed; its OCOP certificate was removed."
        case .certificatePartlyEmptied(let emptied):
            let labels = { (fields: [InputField]) in fields.map { "«\(Self.field($0).text(en))»" } }
            return
                "Nothing was saved: emptying \(labels(emptied).joined(separator: ", ")) removes the whole OCOP "
                + "certificate. To remove the certificate, empty every field of it "
                + "(\(labels(CertificateEdit.fields).joined(separator: ", "))); to keep it, fill in "
                + "\(labels(emptied).joined(separator: ", ")) again."
        case .certificateIncomplete(let missing):
            let labels = { (fields: [InputField]) in fields.map { "«\(Self.field($0).text(en))»" } }
            return
                "Nothing was saved: an OCOP certificate needs \(labels(CertificateEdit.essential).joined(separator: ", ")). "
                + "Fill in \(labels(missing).joined(separator: ", ")) too, or, if the product is not recognised, "
                + "leave every field of the certificate empty."
        }
    }
}
