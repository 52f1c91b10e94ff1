extension ExportsHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .discussion:
            """
            ODS and FODS put several lists in one workbook (a sheet each); XML and CSV write one file per \
            list; frab (conference-app schedule XML) and ics (iCalendar) are for the programme. Sheet \
            names, headers and texts follow the language of the run. Files are written to a temporary \
            file and renamed into place, under Exports/ by default. The plan is the plan file (--plan \
            PATH, or the single *.fairplan file in the current folder); --sample fair|briefing exports an \
            embedded sample instead, and is the default when there is no plan file.

            By default the latest published version is exported: the booth plan and the programme as \
            they were sent, not the working plan; --draft exports the working plan. When nothing is \
            published yet, the working plan is exported and the command says so. The exhibitors list has \
            a Status column (registration status); --status keeps only the parties of that status.
            """
        case .draft: "Export the working (unpublished) plan instead of the latest published versions."
        case .status:
            "Only exhibiting parties of this status (exhibitors list): pending, confirmed, placed, "
                + "waitlisted, withdrawn, or the Vietnamese name («đã xếp gian»)."
        }
    }
}
