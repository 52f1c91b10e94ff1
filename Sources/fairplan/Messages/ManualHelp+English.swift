extension ManualHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .assignAbstract: "Give booths to a party by hand."
        case .assignDiscussion:
            """
            The booths must be on the venue and free; with the party's other booths they must pass the \
            checks of `fairplan check booths` (lettable, one connected block, the number of booths \
            asked for, the services needed): a hard violation is not written unless --force. The party \
            becomes placed. One transaction, recorded in the journal (`fairplan undo` takes it back). \
            Example: fairplan assign booths "HTX Tân Hòa" A-01 A-02
            """
        case .assignTarget: "What to give: booths."
        case .assignParty: "The exhibiting party: identifier or name."
        case .assignBooths: "Booth codes, as on the floor plan (any case), e.g. A-01."
        case .moveAbstract: "Move a party to other booths by hand."
        case .moveDiscussion:
            """
            The party's booths are replaced by the ones named (free, or already its own), checked as by \
            `fairplan check booths`: a hard violation is not written unless --force. A pinned party \
            stays pinned, on its new booths. One transaction, recorded in the journal.
            """
        case .moveParty: "The party to move: identifier or name."
        case .moveBooths: "Its new booths, e.g. B-03 B-04."
        case .swapAbstract: "Exchange two parties' booths."
        case .swapDiscussion:
            """
            Each party takes the other's booths (a pinned party stays pinned, on its new booths), \
            checked as by `fairplan check booths`: a hard violation (such as a different number of \
            booths) is not written unless --force. One transaction, recorded in the journal; after \
            publishing, `fairplan changes` shows exactly these two moves.
            """
        case .swapFirst: "The first party: identifier or name."
        case .swapSecond: "The second party: identifier or name."
        case .pinAbstract: "Pin a party's current booths, or a session where it is placed."
        case .pinDiscussion:
            """
            fairplan pin PARTY (or pin booths PARTY) pins every current booth of the party: `fairplan \
            allocate booths` keeps them and says so. fairplan pin session SESSION pins a placed session \
            in its room at its start: `fairplan schedule sessions` keeps it there. Before pinning, the \
            booths or the session are checked as by `fairplan check`; a violation is not pinned unless \
            --force. One transaction, recorded in the journal.
            """
        case .unpinAbstract: "Unpin a party's booths or a session."
        case .unpinDiscussion:
            """
            fairplan unpin PARTY (or unpin booths PARTY) lifts the pins of the party's booths; fairplan \
            unpin session SESSION lifts a session's pin. They stay where they are, but the next \
            allocation or timetabling may move them. One transaction, recorded in the journal.
            """
        case .pinBoothsAbstract(let pin): pin ? "Pin a party's current booths." : "Unpin a party's booths."
        case .pinSessionAbstract(let pin):
            pin ? "Pin a session in its room at its start." : "Unpin a session."
        case .pinParty: "The exhibiting party: identifier or name."
        case .sessionArgument: "The session: identifier or title."
        case .placeAbstract: "Place a session in a room at a start by hand, and pin it there."
        case .placeDiscussion:
            """
            The session is placed in the room (--room, identifier or name) at --start and pinned: \
            `fairplan schedule sessions` keeps it there. It must keep every rule of the programme there \
            (opening hours, fixed start or window, capacity, video link, no clash of room, person or \
            connection point, link tests, order), checked as by `fairplan check sessions`: a violation \
            is not written unless --force. One transaction, recorded in the journal.
            """
        case .placeTarget: "What to place: session."
        case .placeRoom: "The room: identifier or name of a venue room."
        case .placeStart: "The start, as \"dd/mm/yyyy hh:mm\"."
        case .force: "Write even when the checks find a hard violation."
        case .checkPublish:
            """
            With --publish (a plan file only), a hand-made plan with no hard violation and no sheet \
            error is saved as the booth plan (or programme) and published as the next version in one \
            transaction, recorded in the journal; otherwise nothing is written and the exit status is \
            1. A hand-made programme may not move a pinned session.
            """
        case .publishAbstract: "Publish the working booth plan or programme as the next version."
        case .publishDiscussion:
            """
            Publishes the plan as it stands after assign, move, swap, pin or place: it is checked \
            against every rule, as by `fairplan check`, and published as the next numbered version only \
            when it has no hard violation (nothing is written otherwise, and the exit status is 1). \
            Check and publication are one transaction, recorded in the journal; confirmed parties \
            without booths go on the waiting list. `fairplan changes` then compares against it, and \
            exports use it unless --draft.
            """
        case .publishTarget: "What to publish: booths (the booth plan) or sessions (the programme)."
        }
    }
}
