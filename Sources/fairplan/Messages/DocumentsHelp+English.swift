extension DocumentsHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .abstract:
            "Print papers: lists, invitations, exhibitor letters, fascia boards, change notices, badges."
        case .discussion:
            """
            Papers are OpenDocument text files (.odt, ODF 1.3) in the format of Vietnamese administrative \
            documents (Decree 30/2020/ND-CP): A4, top and bottom margins 20 mm, left 30 mm, right 15 mm, \
            Times New Roman 13–14 pt; issuing body and number on the left, national name and motto on the \
            right, place and date, title, recipients and signature. --format pdf converts to PDF with \
            LibreOffice (which must be installed). Files are written to a temporary file and renamed, by \
            default in Exports/. The plan is the plan file (--plan, or the folder's single *.fairplan), as \
            last published by default (--draft: the working plan); --sample fair|briefing uses a sample.
            """
        case .kind(let kind):
            switch kind {
            case .lists: "Official lists (delegates, exhibitors and booths, products, programme)."
            case .invitations: "Invitation letters, one page per delegate."
            case .exhibitorLetters:
                "A letter to each exhibitor about its booths, with a plan excerpt marking them."
            case .fascia:
                "Booth fascia boards (name and province in large type, A4 landscape), one per booth."
            case .notices:
                "Change notices to each exhibitor or connection point (since the last publication)."
            case .badges: "Name badges, 8 per A4 page with cut lines, with a QR code."
            }
        case .format: "Format: odt or pdf (pdf needs LibreOffice)."
        case .out: "The file to write (default under Exports/)."
        case .party: "Only this exhibiting party (identifier or name); repeat it for several."
        case .point: "Only this connection point (identifier or name)."
        case .organisation: "Only the delegates of this organisation (identifier, registration code or name)."
        case .list: "Only one list: attendees, exhibitors, products or programme."
        case .number: "The document's number, such as 12/GM-LMHTX (default: left blank to fill in)."
        case .signer: "The signer's name (default: left blank to sign by hand)."
        case .draft: "Use the working plan instead of the latest published versions."
        case .fromVersion:
            "The published version the changes count from (default: the latest published, or the one before it once the working plan is published)."
        case .toVersion: "The published version the changes count to (default: the working plan)."
        }
    }
}
