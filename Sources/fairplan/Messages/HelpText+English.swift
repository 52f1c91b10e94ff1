import Planning

extension HelpText {
    /// The English wording.
    var englishText: String {
        switch self {
        case .optionYes: "Go ahead without asking (for scripts)."
        case .confirmChoices: "[y/N]"
        case .confirmDeclined: "Cancelled; nothing changed."
        case .invalidLanguage(let value): "--lang «\(value)»: use vi (Vietnamese) or en (English)."
        case .dashedWord(let value, let option):
            "«\(value)» starts with a minus sign, so it is read as an option: "
                + (option.map { "as the value of \($0), join it with an equals sign: \($0)=\(value)" }
                    ?? "as a name, write it after «--»: -- \(value)") + "."
        case .negativeArgument(let value):
            "«\(value)» starts with a minus sign, so it is not read as an argument: a number here is 1 or more (a version, a count of steps); write a name starting with '-' after '--', such as: -- \(value)"
        case .rootAbstract:
            "Plan cooperative trade fairs and hybrid conferences (hội chợ, hội nghị trực tuyến)."
        case .rootDiscussion:
            """
            FairPlan registers cooperatives, their OCOP products and delegates, models venues and \
            connection points, allocates booths, timetables sessions and checks the plan against the \
            rules organisers apply. A plan lives in a plan file (*.fairplan): commands find it with \
            --plan PATH or as the single *.fairplan file in the current folder. Run `fairplan demo` to \
            see the main job on the embedded sample.

            Language: Vietnamese by default; --lang en (anywhere on the command line) or \
            FAIRPLAN_LANG=en for English, --lang vi for Vietnamese.
            """
        case .optionLanguage: "The language of help and messages: vi (default) or en; also FAIRPLAN_LANG."
        case .optionPlan: "The plan file (default: the single *.fairplan file in the current folder)."
        case .optionSample: "Use an embedded sample plan instead of a plan file: fair or briefing."
        case .optionVenueForRun:
            "Use this venue file instead of the plan's venue (the plan file is not changed)."
        case .optionPublish: "Save the result in the plan file and publish it as the next numbered version."
        case .optionNote: "A note stored with the published version."
        case .optionSeed: "The random seed: the same seed gives the same result."
        case .optionIterations: "The most improvement steps tried."
        case .optionTimeLimit: "The time budget in seconds (the best result so far is returned)."
        case .optionExplain:
            "Print a readable account: placements, score by component, what could not be placed and why."
        case .optionJSON:
            "Print only the result as one JSON document on standard output (messages go to standard error)."
        case .optionFindings: "Findings listed per severity (all are counted)."
        case .optionForce: "Write even when the checks find errors."
        case .contactName: "The contact person's name."
        case .contactPhone: "The contact's phone."
        case .contactEmail: "The contact's e-mail."
        case .demoAbstract:
            "Build the embedded sample fair and hybrid briefing, plan them, print the summary."
        case .demoDiscussion:
            """
            The sample is compiled in, so the demo runs from any folder. It is fictitious: a national \
            cooperative fair with a regional cluster of 6 provinces (61 cooperatives, 112 products, \
            30 booths) beside other clusters, and a hybrid briefing with a main connection point and \
            9 satellites. The demo allocates the national hall and the cluster's 30-booth area, \
            timetables the briefing, and writes the floor plans, the lists and the plan files \
            hoi-cho.fairplan and hoi-nghi.fairplan (recreated each run) to Exports/demo/.
            """
        case .demoOutput: "Folder for the floor plans, lists and plan files (default: Exports/demo)."
        case .initAbstract: "Create a new plan file (*.fairplan) for a fair or conference."
        case .initDiscussion:
            """
            The event runs every day from --from to --to with the same opening hours. An existing \
            file is never overwritten. With --venue the venue file is read (schema and venue rules) \
            and kept in the plan; it can be set or replaced later with `fairplan venue use FILE`.
            """
        case .initPath: "The new plan file, e.g. hoi-cho-2026.fairplan."
        case .initName: "The event's official name."
        case .initKind: "fair, conference or hybrid-conference."
        case .initOrganiser: "The organiser, e.g. \"Liên minh Hợp tác xã tỉnh Lào Cai\"."
        case .initProvince: "The host province."
        case .initFrom: "The first day (dd/mm/yyyy or yyyy-mm-dd)."
        case .initTo: "The last day (dd/mm/yyyy or yyyy-mm-dd)."
        case .initOpens: "Opening time every day."
        case .initCloses: "Closing time every day."
        case .initVenue: "A venue file to use (see `fairplan venue check`)."
        case .initID: "The event's identifier (default: made from the name)."
        case .venueAbstract: "Check venue files, draw their floor plans, set a plan's venue."
        case .venueDiscussion: "Venue files are XML in the format described in Venues/README.md."
        case .venueCheckAbstract: "Validate venue files (schema and venue rules) and print a summary of each."
        case .venueCheckDiscussion:
            "Every problem is listed with its file and line. Exits 1 when any file has errors."
        case .venueShowAbstract: "Summarise a venue and write its floor plan as SVG (default under Exports/)."
        case .venueUseAbstract: "Read a venue file and make it the plan's venue (a copy is kept in the plan)."
        case .venueUseDiscussion:
            """
            The file is validated (schema, then venue rules) and refused with every problem on error; \
            warnings are printed. Replacing a venue is refused when booths of the current booth plan \
            are not on the new one.
            """
        case .venueFiles: "Venue files to check."
        case .venueFile: "The venue file."
        case .venueSVG: "Where to write the SVG floor plan (default: Exports/<venue id>.svg)."
        case .registerAbstract:
            "Register an organisation, product, person, exhibiting party, connection point or session by hand."
        case .registerDiscussion:
            """
            Each registration is checked with the Planning rules against the whole plan (duplicate \
            registration codes, provinces, OCOP certificates on the event's dates, services for fresh \
            food, ...). Findings about the new entry are printed; errors refuse it unless --force is \
            given, warnings never do. Each command writes in one transaction. Organisations are named \
            by identifier, registration code (a lost leading zero is restored), name or short name; \
            products, parties, people, connection points and sessions by identifier or name. Names \
            are matched forgivingly (case, spacing, abbreviations such as HTX, text without \
            diacritics when it names one entry) but tone marks that tell names apart are kept.
            """
        case .organisationAbstract:
            "Register an organisation (HTX, tổ hợp tác, liên hiệp HTX, quỹ TDND, ...)."
        case .organisationDiscussion:
            """
            The kind is taken from the name ("Hợp tác xã ...", "HTX ...") when --kind is left out. The \
            sector defaults to tín dụng for a people's credit fund and nông nghiệp otherwise.
            """
        case .organisationName: "The legal name, e.g. \"Hợp tác xã Nông nghiệp Tân Hòa\"."
        case .organisationKind: "The kind: htx, tht, lhhtx, qtdnd, dn, hkd (or hop-tac-xa, to-hop-tac, ...)."
        case .organisationSector: "The sector: nong-nghiep, phi-nong-nghiep or tin-dung."
        case .organisationProvince: "The province of the head office (2025 or former name)."
        case .organisationCode: "The registration (tax) code: 10 digits, a branch adds -NNN."
        case .organisationShortName: "The short name people write, e.g. \"HTX NN Tân Hòa\"."
        case .organisationAddress: "The address."
        case .organisationMembers: "The number of members (for a union: member cooperatives)."
        case .organisationID:
            "The identifier to give (default: made from the short name or name, e.g. tc-htx-tan-hoa)."
        case .productAbstract:
            "Register a product of an organisation, with its OCOP recognition when it has one."
        case .productDiscussion:
            """
            An OCOP recognition needs --stars, --decision and --decision-date together; it is checked \
            on the event's dates (expired or not yet valid certificates are errors).
            """
        case .productName: "The product name as on the list."
        case .productOwner: "The owner: an organisation's identifier, registration code, name or short name."
        case .productSet: "The OCOP product set (name, a distinctive part of it, or \"Bộ sản phẩm số N\")."
        case .productStars: "OCOP stars (3, 4 or 5)."
        case .productDecision: "The recognition decision number, e.g. 2919/QĐ-UBND."
        case .productDecisionDate: "The decision date (dd/mm/yyyy or yyyy-mm-dd)."
        case .productIssuingBody: "The body that issued the decision, e.g. \"UBND tỉnh Cà Mau\"."
        case .productIssuingLevel: "The issuing level: district, province or central."
        case .productValidUntil: "An end of validity stated in the decision (instead of 36 months)."
        case .productOCOPCode: "The product's OCOP code."
        case .productColdChain: "Fresh food that needs water or cold storage at the booth."
        case .productID: "The identifier to give (default: made from the name, e.g. sp-mat-ong)."
        case .personAbstract: "Register a person (delegate, speaker, chair, ...) and how they attend."
        case .personDiscussion:
            """
            --organisation names a registered organisation (identifier, code or name); any other unit \
            is written with --unit. The person attends on site, or at the connection point named with \
            --point (identifier, name or province), in the role given with --role.
            """
        case .personName: "The full name, e.g. \"Nguyễn Thị Hoa\"."
        case .personHonorific: "The honorific: ông, bà or đồng chí."
        case .personPosition: "The position, e.g. \"Giám đốc\"."
        case .personOrganisation: "The registered organisation the person represents."
        case .personUnit: "The unit as printed on lists when it is not a registered organisation."
        case .personProvince: "The province the person comes from."
        case .personPhone: "A phone number."
        case .personEmail: "An e-mail address."
        case .personPoint: "The connection point the person attends from (default: on site)."
        case .personRole: "The role: chair, guest, delegate, speaker, organiser, technician or press."
        case .personID: "The identifier to give (default: made from the name, e.g. db-nguyen-thi-hoa)."
        case .partyAbstract:
            "Register an exhibiting party (a provincial alliance or one organisation) and its booths."
        case .partyDiscussion:
            """
            A provincial alliance (--province) shows the cooperatives named with --share; an \
            organisation (--organisation) shows itself and any --share. The products shown are those \
            named with --products, or else every registered product of the organisations sharing. The \
            registration arrives pending (confirm it with `fairplan confirm`); its registration time is \
            now, and the waiting list serves higher --priority first, then earlier registrations.
            """
        case .partyName: "The name on the fascia, e.g. \"Liên minh HTX tỉnh Cà Mau\"."
        case .partyProvince: "For a provincial alliance: its province."
        case .partyOrganisation: "For a single organisation: its identifier, code or name."
        case .partyBooths: "Standard booths wanted, given as one connected block (1 to 200)."
        case .partyShare: "Organisations sharing the booths (repeat or separate with commas)."
        case .partyProducts: "Products shown (identifiers or names; default: all of theirs)."
        case .partyServices: "Services needed: power, water, cold-storage (or nước, kho lạnh, điện)."
        case .partyZone: "Preferred zones or zone tags, in order."
        case .partyPriority: "The organisers' priority on the waiting list (higher first)."
        case .partyCluster: "The emulation cluster the registration came through."
        case .partyNotes: "Notes from the registration form."
        case .partyID:
            "The identifier to give (default: made from the name, e.g. dv-lien-minh-htx-tinh-ca-mau)."
        case .pointAbstract: "Register a connection point (điểm cầu) of a hybrid conference."
        case .pointDiscussion:
            """
            A connection point has a hall with a capacity, a host, a chair, the hours its hall is free \
            (--available, repeatable) and the link test it needs before its first linked session \
            (--link-test minutes), and a technician to call.
            """
        case .pointName: "The name, e.g. \"Điểm cầu Sơn La\"."
        case .pointProvince: "The province."
        case .pointHost: "The host: the unit whose hall it is."
        case .pointCapacity: "Seats in the hall."
        case .pointRole: "main or satellite."
        case .pointChair: "The person chairing there (identifier or name)."
        case .pointAvailable: "Hours the hall is free: \"dd/mm/yyyy hh:mm-hh:mm\" (repeatable)."
        case .pointLinkTest: "Minutes of link test needed before the first linked session of each day."
        case .pointTechnician: "The technician to call about the link."
        case .pointPhone: "The technician's phone."
        case .pointID: "The identifier to give (default: made from the name, e.g. dc-diem-cau-son-la)."
        case .sessionAbstract:
            "Register a session (phiên) of the programme, to be timetabled by `schedule sessions`."
        case .sessionDiscussion:
            """
            --link names the connection points the session is shown at (repeat, or --link-all); a \
            linked session needs a room with a video link. --fixed pins the start ("dd/mm/yyyy \
            hh:mm"); --window bounds it ("dd/mm/yyyy hh:mm-hh:mm"); --first, --last and --after order \
            it. --room and --start place it by hand (check with `fairplan check sessions`).
            """
        case .sessionTitle: "The title, e.g. \"Báo cáo kết quả năm 2026\"."
        case .sessionKind:
            """
            The kind: opening, report, contribution, directive-speech, discussion, emulation-review, \
            pact-signing, cluster-leader-election, awards, matchmaking, site-visit, cultural, break, closing.
            """
        case .sessionMinutes: "The length in minutes."
        case .sessionChair: "The person chairing (identifier or name)."
        case .sessionSpeaker: "A speaker (identifier or name; repeatable)."
        case .sessionAudience: "Expected audience in the room."
        case .sessionLink: "A connection point the session is linked to (repeatable)."
        case .sessionLinkAll: "Link the session to every connection point of the plan."
        case .sessionFixed: "A fixed start: \"dd/mm/yyyy hh:mm\"."
        case .sessionWindow: "A window for the start and end: \"dd/mm/yyyy hh:mm-hh:mm\"."
        case .sessionFirst: "The session must come first."
        case .sessionLast: "The session must come last."
        case .sessionAfter: "A session this one must follow (identifier or title)."
        case .sessionTrack: "A track kept in one room when it can be."
        case .sessionRoom: "The room, placed by hand (identifier or name of a venue room)."
        case .sessionStart: "The start, placed by hand: \"dd/mm/yyyy hh:mm\"."
        case .sessionID: "The identifier to give (default: made from the title)."
        case .templateKind: "The template to write: registrations."
        case .templateFormat: "The format: ods, fods, xlsx or csv."
        case .templateOut: "Output file (ods, fods, xlsx) or folder (csv); default under Exports/."
        case .importAbstract:
            "Import filled registration templates (ODS, FODS, XLSX or CSV) into the plan, or check them."
        case .importDiscussion:
            """
            Every row is checked with the Planning rules against the plan (so a cooperative that \
            registered in an earlier wave is a duplicate); problems are listed by file, sheet, row and \
            column. Headers are recognised in Vietnamese with or without diacritics and in English; \
            dates as date cells, dd/mm/yyyy or yyyy-mm-dd; provinces by old or new name. The import is \
            all-or-nothing, in one transaction: nothing is written if anything is wrong, unless \
            --skip-invalid leaves out the rows with errors. With --check nothing is written; without a \
            plan file (none in the folder, no --plan) --check checks the files on their own, judging \
            OCOP certificates on --on DATE. Exit status 1 when the files cannot be imported.
            """
        case .importFiles: "Filled templates: .xlsx, .ods, .fods, or .csv (one CSV file per sheet)."
        case .importCheck: "Check only: print the report and change nothing."
        case .importSkipInvalid: "Leave out rows with errors instead of refusing the whole import."
        case .importOn: "Checking without a plan: judge OCOP certificates on this day (default today)."
        case .listAbstract: "List the plan's organisations, products, people, parties, booths or sessions."
        case .listDiscussion:
            """
            Tables in Vietnamese order (people by given name, family name, middle names; booths by hall \
            and code; sessions by time). --status filters parties by registration status (pending, \
            confirmed, placed, waitlisted, withdrawn) and booths by state (available, held, assigned, \
            blocked).
            """
        case .listSubject: "What to list: organisations, products, people, parties, booths, sessions."
        case .listStatus: "Only parties with this registration status, or booths in this state."
        case .confirmAbstract: "Confirm pending registrations of exhibiting parties (pending → confirmed)."
        case .confirmDiscussion:
            """
            Parties are named by identifier or name. All are confirmed in one transaction, or none when \
            one cannot be (a withdrawn or placed registration, an unknown name).
            """
        case .confirmParties: "The parties to confirm: identifiers or names."
        case .withdrawAbstract:
            "Withdraw a party's registration; its booths are freed and offered to the waiting list."
        case .withdrawDiscussion:
            """
            In one transaction the registration becomes withdrawn (final) and its booths leave the booth \
            plan. The free booths are offered to waiting parties in waiting-list order (priority, then \
            registration time, then registration order), each a connected block of the size, zones and \
            services it needs, by the allocation rules. The offers are saved and printed, not assigned: \
            each party accepts or declines with `fairplan offer accept|decline`.
            """
        case .withdrawParty: "The party withdrawing: identifier or name."
        case .allocateAbstract:
            "Allocate booths to exhibiting parties, with the score by component and the waiting list."
        case .allocateDiscussion:
            """
            Hard rules: one party per booth, each party's booths as one block joined by shared walls, \
            zones and food areas respected, services present (water for fresh food), pinned and held \
            booths kept. Soft, scored by component: a straight run where the row allows (else a compact \
            two-row block), provinces as pavilions, category zones, no same-product neighbours, corner \
            and main-aisle booths to the most OCOP stars then the earliest registrations, fewest parties \
            moved against the published plan. Parties that cannot be placed are listed with the reason \
            and their place on the waiting list. On a plan file only confirmed registrations take part; \
            withdrawn ones never do.
            """
        case .allocateTarget: "What to allocate: booths."
        case .allocateSVG:
            "Write the floor plan (event, plan version, booths coloured by exhibitor, index, waiting list) to this SVG file; a .png or .pdf path is converted with rsvg-convert."
        case .allocateParty: "With --svg: mark this exhibitor's booths on the floor plan and grey the others."
        case .allocateCluster:
            "Only the parties of this emulation cluster (its name or a distinctive part of it)."
        case .scheduleAbstract:
            "Timetable the sessions across rooms, people and connection points, with reasons."
        case .scheduleDiscussion:
            """
            Hard rules: no room, person or connection point in two sessions at once; room capacity; a \
            linked session only in a room with video link, while every linked point is available and \
            after its link test; precedence (opening first, closing last); fixed times and windows; \
            opening hours. Soft, scored by component: plenaries in the morning, few idle gaps at a \
            connection point, a track kept in one room, fewest sessions moved against the published \
            programme. Sessions that cannot be placed are listed with the constraints that block them.
            """
        case .scheduleTarget: "What to schedule: sessions."
        case .checkAbstract: "Check a hand-made booth plan or programme (a sheet) and list every violation."
        case .checkDiscussion:
            """
            A booth plan needs a party column (Đơn vị tham gia) and a booth column (Gian hàng, codes \
            separated by commas), as in the exhibitors list FairPlan exports; every hard violation \
            (booth given twice, blocked or unknown booth, block not connected, wrong zone, missing \
            water, pin not kept, wrong number of booths) and soft finding is listed, with the score by \
            component. A programme needs the session (Nội dung), day (Ngày), start (Bắt đầu) and room \
            (Phòng) columns, as in the exported programme; every clash of room, person or connection \
            point, capacity, video link, link test, order, fixed time and window is listed. The exit \
            status is 1 when there is a hard violation.
            """
        case .checkTarget: "What to check: booths (a booth plan) or sessions (a programme)."
        case .checkFile: "The hand-made plan: .ods, .fods or .csv."
        case .checkJSON: "Print only the findings as one JSON document on standard output."
        case .changesAbstract: "Show what changed between two published versions: a change log to send out."
        case .changesDiscussion:
            """
            For the booth plan: parties moved (old booths → new booths), newly placed, no longer placed, \
            booths freed and taken. For the programme: sessions moved in time or room, added, removed. \
            Without versions, the latest published version is compared with the current plan; with FROM \
            only, FROM is compared with the current plan; with FROM TO, the two versions. --party keeps \
            what concerns one exhibitor (booth plan), --point what concerns one connection point \
            (programme).
            """
        case .changesFrom: "The version compared from (default: the latest published)."
        case .changesTo: "The version compared to (default: the current plan)."
        case .changesKind: "What changed: booths (the booth plan) or programme."
        case .changesParty: "Only what concerns this exhibiting party (identifier or name)."
        case .changesPoint: "Only what concerns this connection point (identifier or name)."
        case .exportAbstract: "Export lists: attendees, products, exhibitors, programme, summary, or all."
        case .exportDiscussion:
            """
            ODS and FODS put several lists in one workbook (a sheet each); XML and CSV write one file per \
            list; frab (conference-app schedule XML) and ics (iCalendar) are for the programme. Sheet \
            names, headers and texts follow the language of the run. Files are written to a temporary \
            file and renamed into place, under Exports/ by default. The plan is the plan file (--plan \
            PATH, or the single *.fairplan file in the current folder); --sample fair|briefing exports an \
            embedded sample instead, and is the default when there is no plan file.
            """
        case .exportList: "The list to export: attendees, products, exhibitors, programme, summary, all."
        case .exportFormat: "The format: ods, fods, xlsx, xml, csv, frab, ics."
        case .exportOut:
            "Output file (or folder for several files); default under Exports/; - for standard output."
        case .exportOrder: "Attendee order: alphabetical or protocol."
        case .exportPoint:
            "Only this connection point: the people attending there in the attendees list, its programme in frab and ics; identifier or name."
        case .reportAbstract:
            "Print the plan's summary, its registrations by status and its published versions."
        case .reportDiscussion:
            """
            The summary an alliance puts in its report: organisations by province and kind, products by \
            category, booths requested per cluster, connection points and programme, every validation \
            finding; then the registrations by status with the waiting list in order, and the booth \
            plans and programmes published.
            """
        case .exports(let help): help.englishText
        case .editing(let help): help.text(.english)
        case .grid(let help): help.text(.english)
        case .manual(let help): help.text(.english)
        case .journal(let help): help.text(.english)
        case .importing(let help): help.text(.english)
        case .queue(let help): help.text(.english)
        case .portal(let help): help.text(.english)
        }
    }
}
