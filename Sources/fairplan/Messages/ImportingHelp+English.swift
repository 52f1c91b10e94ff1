extension ImportingHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .discussion:
            """
            Every row is checked with the Planning rules against the plan; problems are listed by \
            file, sheet, row and column. Headers are recognised in Vietnamese with or without \
            diacritics and in English; dates as date cells, dd/mm/yyyy or yyyy-mm-dd; provinces by old \
            or new name; a code that lost its leading zero is restored in every column that holds a \
            code. Each row is matched with the plan: an organisation by its registration code, without \
            one by its name (tones kept) and province; a product by owner and name; a delegate by name, \
            organisation and phone or e-mail when given. A row the plan already holds is noted as \
            «already in the plan» and not imported again, so importing the same files twice changes \
            nothing; a row the plan holds with other values lists its changes (old → new), written \
            only with --update. Rows repeated within the files are all flagged and the first is kept. \
            The import is all-or-nothing, in one transaction: nothing is written if anything is wrong, \
            unless --skip-invalid leaves out the rows with errors. With --check nothing is written; \
            without a plan file (none in the folder, no --plan) --check checks the files on their own, \
            judging OCOP certificates on --on DATE. Exit status 1 when the files cannot be imported.
            """
        case .update:
            "Also write the changes rows make to what the plan already holds (by default they are only listed)."
        }
    }
}
