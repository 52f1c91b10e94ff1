import Planning

/// The command line's own wording: every command's abstract and discussion, every option's help,
/// and its few messages, in every ``Language``. Use cases word their results through
/// `WorkflowMessage`; this catalogue holds only what belongs to the command line.
enum HelpText: Hashable, Sendable, Localizable {
    case allocateAbstract
    case allocateCluster
    case allocateDiscussion
    case allocateParty
    case allocateSVG
    case allocateTarget
    case changesAbstract
    case changesDiscussion
    case changesFrom
    case changesKind
    case changesParty
    case changesPoint
    case changesTo
    case checkAbstract
    case checkDiscussion
    case checkFile
    case checkJSON
    case checkTarget
    case confirmAbstract
    case confirmDiscussion
    case confirmParties
    case contactEmail
    case contactName
    case contactPhone
    case demoAbstract
    case demoDiscussion
    case demoOutput
    case exportAbstract
    case exportDiscussion
    case exportFormat
    case exportList
    case exportOrder
    case exportOut
    case exportPoint
    case importAbstract
    case importCheck
    case importDiscussion
    case importFiles
    case importOn
    case importSkipInvalid
    case initAbstract
    case initCloses
    case initDiscussion
    case initFrom
    case initID
    case initKind
    case initName
    case initOpens
    case initOrganiser
    case initPath
    case initProvince
    case initTo
    case initVenue
    case listAbstract
    case listDiscussion
    case listStatus
    case listSubject
    case optionExplain
    case optionFindings
    case optionForce
    case optionIterations
    case optionJSON
    case optionLanguage
    case optionNote
    case optionPlan
    case optionPublish
    case optionSample
    case optionSeed
    case optionTimeLimit
    case optionVenueForRun
    case organisationAbstract
    case organisationAddress
    case organisationCode
    case organisationDiscussion
    case organisationID
    case organisationKind
    case organisationMembers
    case organisationName
    case organisationProvince
    case organisationSector
    case organisationShortName
    case partyAbstract
    case partyBooths
    case partyCluster
    case partyDiscussion
    case partyID
    case partyName
    case partyNotes
    case partyOrganisation
    case partyPriority
    case partyProducts
    case partyProvince
    case partyServices
    case partyShare
    case partyZone
    case personAbstract
    case personDiscussion
    case personEmail
    case personHonorific
    case personID
    case personName
    case personOrganisation
    case personPhone
    case personPoint
    case personPosition
    case personProvince
    case personRole
    case personUnit
    case pointAbstract
    case pointAvailable
    case pointCapacity
    case pointChair
    case pointDiscussion
    case pointHost
    case pointID
    case pointLinkTest
    case pointName
    case pointPhone
    case pointProvince
    case pointRole
    case pointTechnician
    case productAbstract
    case productColdChain
    case productDecision
    case productDecisionDate
    case productDiscussion
    case productID
    case productIssuingBody
    case productIssuingLevel
    case productName
    case productOCOPCode
    case productOwner
    case productSet
    case productStars
    case productValidUntil
    case registerAbstract
    case registerDiscussion
    case reportAbstract
    case reportDiscussion
    case rootAbstract
    case rootDiscussion
    case scheduleAbstract
    case scheduleDiscussion
    case scheduleTarget
    case sessionAbstract
    case sessionAfter
    case sessionAudience
    case sessionChair
    case sessionDiscussion
    case sessionFirst
    case sessionFixed
    case sessionID
    case sessionKind
    case sessionLast
    case sessionLink
    case sessionLinkAll
    case sessionMinutes
    case sessionRoom
    case sessionSpeaker
    case sessionStart
    case sessionTitle
    case sessionTrack
    case sessionWindow
    case templateFormat
    case templateKind
    case templateOut
    case venueAbstract
    case venueCheckAbstract
    case venueCheckDiscussion
    case venueDiscussion
    case venueFile
    case venueFiles
    case venueSVG
    case venueShowAbstract
    case venueUseAbstract
    case venueUseDiscussion
    case withdrawAbstract
    case withdrawDiscussion
    case withdrawParty
    /// `--yes`: go ahead without asking.
    case optionYes
    /// The answers a confirmation question takes.
    case confirmChoices
    /// Said when a confirmation is declined.
    case confirmDeclined
    /// `--lang` named no language.
    case invalidLanguage(String)
    /// A negative number typed where a command takes a number of its own (a version, a count),
    /// which the command line would otherwise read as an option.
    case negativeArgument(String)
    /// A word starting with one `-` that is no option (`-abc`), typed as a value or a name: what to
    /// write instead. Appended to the parser's own message.
    case dashedWord(String, option: String?)
    /// The wording of `fairplan export` (area: exports).
    case exports(ExportsHelp)
    /// The wording of `fairplan edit`, `fairplan remove` and their confirmations (area: editing).
    case editing(EditingHelp)
    /// The wording of the timeslot grid: `register timeslot` and the grid options (area: grid).
    case grid(GridHelp)
    /// The wording of assign, move, swap, pin, unpin, place and `check --publish` (area: manual).
    case manual(ManualHelp)
    /// The wording of `fairplan history`, `undo`, `redo` and `restore` (area: journal).
    case journal(JournalHelp)
    /// The wording of `fairplan import`'s natural keys and `--update` (area: importing).
    case importing(ImportingHelp)
    /// The wording of `fairplan offer accept|decline|list` (area: queue).
    case queue(QueueHelp)
    /// The wording of `fairplan serve` (area: portal).
    case portal(PortalHelp)

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
