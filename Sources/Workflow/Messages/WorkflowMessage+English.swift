import Foundation
import Planning
import Scheduler
import Store

extension WorkflowMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .error(let error):
            switch error {
            case .noPlanFile(let folder):
                return "No plan file (*.fairplan) in the folder \(folder). "
                    + "Name one with --plan PATH or create a plan with `fairplan init NAME.fairplan ...`."
            case .severalPlanFiles(let folder, let names):
                return
                    "The folder \(folder) holds \(names.count) plan files (\(names.joined(separator: ", "))); "
                    + "choose one with --plan PATH."
            case .invalidValue(let field, let value, let expected):
                return "\(field.written) «\(value)»: \(WorkflowMessage.expectation(expected).englishText)."
            case .textTooLong(let option, let position, let characters, let maximum):
                let subject = option.map { "The value of \($0)" } ?? "Argument \(position)"
                return "\(subject) is \(characters) characters long, over the limit of \(maximum) characters."
            case .conflict(let conflict):
                return WorkflowMessage.conflict(conflict).englishText
            case .refusedByValidation(let kind, let name, let findings):
                return "The \(kind.noun(en)) «\(name)» was not written because the checks found errors; "
                    + "correct it or use --force to write it anyway:\n"
                    + findings.map { "  \($0.text(en))" }.joined(separator: "\n")
            case .exports(let error): return error.text(en)
            case .editing(let error): return error.text(en)
            case .manual(let error): return error.text(en)
            case .journal(let error): return error.text(en)
            case .queue(let error): return error.text(en)
            }
        case .expectation(let expected):
            switch expected {
            case .date: return "write a date that exists, as dd/mm/yyyy or yyyy-mm-dd (e.g. 15/12/2026)"
            case .time: return "write the time as HH:MM, for example 08:00"
            case .dateTime:
                return "write a real date and time as \"dd/mm/yyyy hh:mm\" "
                    + "(for example \"14/01/2027 08:00\")"
            case .timeRange:
                return "write the span of a real day as \"dd/mm/yyyy hh:mm-hh:mm\" "
                    + "(for example \"14/01/2027 07:30-11:30\")"
            case .endAfterStart: return "the end must come after the start"
            case .closesAfter(let opens): return "the closing time must come after the opening time \(opens)"
            case .eventSpan(let first, let maximumDays):
                return
                    "the last day must not precede the first (\(first.vietnamese)) and an event lasts at most \(maximumDays) days"
            case .province(let suggestions):
                return "not a known province or city"
                    + (suggestions.isEmpty ? "" : "; did you mean: \(suggestions.joined(separator: ", "))?")
            case .service:
                return "use "
                    + BoothService.allCases.map { "\($0.rawValue) (\($0.name(.vietnamese)))" }.joined(
                        separator: ", ")
            case .productSet:
                return
                    "not a known OCOP product set; write the set's name (see `fairplan template registrations`) or «Bộ sản phẩm số N»"
            case .registrationStatus:
                return "use " + RegistrationStatus.allCases.map(\.rawValue).joined(separator: ", ")
            case .boothState:
                return "use " + BoothState.allCases.map(\.rawValue).joined(separator: ", ")
            case .integer(let minimum, let maximum):
                return "a whole number from \(minimum) to \(maximum) is needed"
            case .seconds(let minimum, let maximum):
                return "a number of seconds from \(Self.number(minimum)) to \(Self.number(maximum)) is needed"
            case .honorific: return "use ông, bà or đồng chí"
            case .versionNumber: return "version numbers start at 1"
            case .organisationKind:
                return
                    "the kind of organisation cannot be told from the name; give --kind (htx, tht, lhhtx, qtdnd, dn, hkd)"
            case .planFileName: return "a plan file's name must end in .fairplan"
            case .templateFormat: return "the registration template is written as ods, fods, xlsx or csv"
            case .nameLength(let characters, let maximum):
                return "the name is \(characters) characters long, over the limit of \(maximum); shorten it"
            case .nonEmptyName:
                return "a name needs at least one letter or digit"
            case .accountName:
                return "an account name is 1 to 64 letters, digits or . - _ @, without spaces"
            case .password(let minimum, let maximum):
                return
                    "a password of \(minimum) to \(maximum) bytes is needed (a Vietnamese letter counts 2–3)"
            case .accountRole: return "the role is staff or admin"
            case .issuingLevel: return "the issuing level is district, province or central"
            case .yesOrNo: return "yes or no"
            case .passwordFile(let maximumBytes):
                return "a readable file of at most \(maximumBytes) bytes whose first line is the password"
            case .label(let maximum): return "each label has at most \(maximum) characters"
            case .withinOpeningHours: return "a timeslot lies within one day's opening hours of the event"
            case .newTimeslot: return "this timeslot is already in the grid"
            case .existingTimeslot: return "no timeslot starts and ends exactly so"
            case .timeslotCount(let maximum): return "an event has at most \(maximum) timeslots"
            }
        case .conflict(let conflict):
            switch conflict {
            case .statusNeedsPartiesOrBooths:
                return
                    "--status works only with `list parties` (registration status) and `list booths` (booth state)."
            case .partyNeedsBoothChanges: return "--party works only with the booth plan (--kind booths)."
            case .pointNeedsProgrammeChanges:
                return "--point works only with the programme (--kind programme)."
            case .passwordsDiffer: return "The two entries of the password differ; enter it again."
            case .checkingDayWithPlan(let path):
                return "--on applies only when checking without a plan file; with the plan \(path), OCOP "
                    + "certificates are judged on the event's dates."
            case .planAndSample: return "Use either --plan or --sample, not both."
            case .publishNeedsPlanFile: return "--publish needs a plan file, not a sample."
            case .publishWithOtherVenue:
                return "--publish uses the plan's own venue; change it with `fairplan venue use`."
            case .fixedAndWindow: return "Use either --fixed or --window, not both."
            case .linkAndLinkAll: return "Use either --link or --link-all, not both."
            case .provinceOrOrganisation:
                return
                    "Give --province (a provincial alliance) or --organisation (one organisation), exactly one."
            case .organisationAndUnit:
                return "Give either --organisation (a registered organisation) or --unit, not both."
            case .incompleteRecognition:
                return "An OCOP recognition needs --stars, --decision and --decision-date together."
            case .recognitionDetailsWithoutStars:
                return
                    "--issuing-body, --issuing-level, --valid-until and --ocop-code go with an OCOP recognition (--stars ...)."
            case .contactDetailsWithoutContact:
                return "--phone and --email go with --contact (the contact's name)."
            case .explainAndJSON: return "Use either --explain or --json, not both."
            case .versionsOutOfOrder(let from, let to):
                return "The first version (\(from)) must come before the second (\(to))."
            case .nothingNamed(let field):
                switch field {
                case .party: return "Name at least one exhibiting party."
                default: return "Name at least one file."
                }
            }
        case .errorPrefix: return "Error: "
        case .column(let column): return Self.englishColumn(column)
        case .nothingListed(let subject): return "No \(Self.englishNoun(subject))."
        case .listedTotal(let count, let subject): return "Total: \(count) \(Self.englishNoun(subject))."
        case .onSite: return "On site"
        case .unscheduled: return "not scheduled"
        case .registered(let kind, let name, let id):
            return "Registered the \(kind.noun(en)) «\(name)» (id \(id))."
        case .writtenDespiteErrors(let count): return "Written despite \(count) error(s) (--force)."
        case .shownAtBooths(let parties):
            let names = parties.map { "«\($0)»" }.joined(separator: ", ")
            return
                "Shown at the booths of \(names), which show every product of the organisations sharing them."
        case .confirmed(let party, let from):
            return
                "Confirmed the registration of «\(party)» (\(from.name(en)) → \(RegistrationStatus.confirmed.name(en)))."
        case .alreadyConfirmed(let party):
            return "«\(party)» is already \(RegistrationStatus.confirmed.name(en))."
        case .withdrawn(let party, let from):
            return
                "Withdrew the registration of «\(party)» (\(from.name(en)) → \(RegistrationStatus.withdrawn.name(en)))."
        case .noBoothsFreed: return "The party held no booths in the current plan; no booth was freed."
        case .boothsFreed(let booths):
            return "Booths freed (\(booths.count)): \(booths.joined(separator: ", "))."
        case .noOffers: return "No party on the waiting list can take these booths."
        case .offersHeading: return "Proposed offers to the waiting list, in order (not yet assigned):"
        case .offer(let position, let party, let booths):
            return "  \(position). \(party): \(booths.joined(separator: ", "))"
        case .passedOver(let parties):
            return "Waiting parties no freed block fits (they keep their place): "
                + parties.joined(separator: "; ")
        case .unoffered(let booths):
            return "Booths still free after the offers: \(booths.joined(separator: ", "))."
        case .afterWithdrawal:
            return "Once the parties accept, make a new booth plan (fairplan allocate booths) and publish it."
        case .importing(let path): return "Writing to the plan file \(path) (one transaction)…"
        case .imported(let path, let summary):
            return "Imported into \(path): \(summary.text(en))"
        case .checkedOnly(let path):
            return "Checked only (--check) against the plan \(path): nothing written."
        case .planCreated(let path, let event, let kind, let first, let last, let province):
            return
                "Created the plan file \(path): \(event) (\(kind.name(en))), \(first.vietnamese)–\(last.vietnamese), \(province)."
        case .planVenue(let name, let booths, let rooms):
            return "Venue: \(name), \(booths) booths, \(rooms) rooms."
        case .venueSet(let path, let name, let booths, let rooms):
            return "Set the venue of \(path): \(name) (\(booths) booths, \(rooms) rooms)."
        case .venueValid(let file): return "✔ \(file): valid"
        case .venueWarnings(let count): return "Warnings (\(count)):"
        case .venueWarning(let warning): return "Warning: \(warning)"
        case .venueInvalid(let file, let errors): return "✘ \(file): \(errors) error(s)"
        case .venueFilesFailed(let failed, let files):
            return "\(failed) of \(files) venue files have errors (listed above)."
        case .floorPlanWritten(let path): return "Floor plan written: \(path)"
        case .fileWritten(let path): return "Written: \(path)"
        case .usingSample(let sample):
            return "No plan file (*.fairplan) in this folder: using the sample plan (--sample \(sample))."
        case .changesForParty(let name): return "For the exhibitor: \(name)"
        case .changesForPoint(let name): return "For the connection point: \(name)"
        case .statusHeading: return "BOOTH REGISTRATIONS BY STATUS"
        case .statusColumn: return "Status"
        case .partiesColumn: return "Parties"
        case .boothsRequestedColumn: return "Booths requested"
        case .total: return "Total"
        case .waitingList(let names): return "  Waiting list, in order: " + names.joined(separator: "; ")
        case .versionsHeading: return "PUBLISHED VERSIONS"
        case .notPublished(let kind): return "  \(kind.name(en)): not published yet."
        case .publishedKind(let kind): return "  \(kind.name(en)):"
        case .publishedVersion(let number, let time, let note):
            return "    Version \(number) — \(time)" + (note.map { ": \($0)" } ?? "")
        case .pendingLeftOut(let names):
            return
                "\(names.count) part\(names.count == 1 ? "y" : "ies") awaiting confirmation not allocated (fairplan confirm): \(names.joined(separator: "; "))."
        case .statusChanged(let party, let status): return "  \(party): \(status.name(en))"
        case .boothPlanPublished(let version):
            return "Saved and published the booth plan, version \(version)."
        case .boothPlanSaved: return "Saved the booth plan in the plan file (not published; use --publish)."
        case .programmePublished(let version): return "Saved and published the programme, version \(version)."
        case .timetableSaved: return "Saved the timetable in the plan file (not published; use --publish)."
        case .timeslotAdded(let slot, let count):
            return "Added the timeslot \(slot.spanText); the grid has \(count) timeslots."
        case .timeslotRemoved(let slot, let count):
            return "Removed the timeslot \(slot.spanText); the grid has \(count) timeslots left."
        case .timeslotGrid(let count, let pause):
            return "Timeslots (\(count)), least pause between a person's sessions: \(pause) minutes:"
        case .timeslotLine(let slot):
            return "  \(slot.spanText)"
                + (slot.kinds.isEmpty
                    ? " — any kind of session"
                    : " — " + slot.kinds.map { $0.name(en) }.joined(separator: ", "))
                + (slot.tags.isEmpty ? "" : " — tags: " + slot.tags.joined(separator: ", "))
        case .allocationSummary(let title, let placed, let booths, let waiting, let score, let seed):
            return """
                \(title): placed \(placed) parties in \(booths) booths, \(waiting) on the waiting list.
                Total score \(score.scoreText(in: .english)) (seed \(seed)); see --explain for details, --json for other tools.
                """
        case .timetableSummary(let placed, let unplaced, let penalty, let seed):
            return "Placed \(placed) sessions, \(unplaced) not placed; total penalty \(penalty) "
                + "(seed \(seed)); see --explain, --json."
        case .violations(let count): return "Violations: \(count)."
        case .allocating(let iteration, let total, let placed):
            return "Allocating booths: step \(iteration)/\(total), \(placed) parties placed"
        case .scheduling(let placed, let total, let iterations):
            return "Timetabling: \(placed)/\(total) sessions, step \(iterations)"
        case .unknownProvince: return "Province unknown"
        case .everyonePlaced: return "Every party has its booths"
        case .waitingListNote(let count): return "Not placed — waiting list (\(count))"
        case .waitingEntry(let position, let party, let booths, let reason):
            return "\(position). \(party) (\(booths) booth\(booths == 1 ? "" : "s")): \(reason)"
        case .demoPublication: return "Publication of the demo"
        case .demoPlanFile(let path, let allocated):
            return allocated
                ? "Wrote the sample plan file (booths allocated): \(path)"
                : "Wrote the sample plan file (timetabled): \(path)"
        case .demoNationalHall: return "BOOTH ALLOCATION — NATIONAL EXHIBITION HALL"
        case .demoClusterArea(let booths, let cluster):
            return "BOOTH ALLOCATION — CLUSTER AREA (\(booths) booths, \(cluster))"
        case .demoBriefing(let points): return "HYBRID CONFERENCE TIMETABLE (\(points) connection points)"
        case .technicianPosition: return "Technician"
        case .exports(let message): return message.text(en)
        case .editing(let message): return message.text(en)
        case .manual(let message): return message.text(en)
        case .journal(let message): return message.text(en)
        case .queue(let message): return message.text(en)
        case .imports(let message): return message.text(en)
        }
    }

    static func englishNoun(_ subject: ListPlan.Subject) -> String {
        switch subject {
        case .organisations: "organisations"
        case .products: "products"
        case .people: "people"
        case .parties: "exhibiting parties"
        case .booths: "booths"
        case .sessions: "programme items"
        }
    }

    static func englishColumn(_ column: ListColumn) -> String {
        switch column {
        case .number: "No."
        case .organisation: "Organisation"
        case .kind: "Kind"
        case .code: "Registration code"
        case .province: "Province"
        case .members: "Members"
        case .id: "Id"
        case .product: "Product"
        case .owner: "Owner"
        case .productSet: "OCOP set"
        case .stars: "Stars"
        case .validUntil: "Valid until"
        case .person: "Full name"
        case .position: "Position"
        case .unit: "Unit"
        case .attendance: "Attends"
        case .role: "Role"
        case .party: "Exhibiting party"
        case .boothsWanted: "Booths"
        case .booths: "Booth codes"
        case .status: "Status"
        case .priority: "Priority"
        case .registeredAt: "Registered at"
        case .booth: "Booth"
        case .hall: "Hall"
        case .zone: "Zone"
        case .boothKind: "Kind"
        case .services: "Services"
        case .state: "State"
        case .date: "Date"
        case .start: "Start"
        case .end: "End"
        case .content: "Item"
        case .sessionKind: "Kind"
        case .room: "Room"
        }
    }
}
