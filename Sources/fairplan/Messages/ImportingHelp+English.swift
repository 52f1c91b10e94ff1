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
            judging OCOP certificates on --on DATE. Exit status 1 when the files cannot be imported. \
            The Booth requests sheet makes exhibiting parties (pending) with their booths, sharing \
            organisations, products, services and preferred zones; a party is recognised by its \
            organisation, or an alliance by province and name, so a later wave updates rather than \
            duplicates.
            """
        case .templateAbstract:
            "Write the registration template (organisations, products, delegates, booths)."
        case .templateDiscussion:
            """
            The template has an instructions sheet, the Organisations, Products, Delegates and Booth \
            requests sheets with required columns marked *, drop-down lists (province, kind, product \
            set, stars, yes/no, zone, ...) and the 26 OCOP product sets for reference, in the language \
            of the run (Vietnamese by default). With a plan file (--plan, or the only one in the \
            folder), the attendance column lists the plan's connection points and the preferred-zone \
            column its venue's zones. ODS, FODS and XLSX write one workbook; CSV writes one file per \
            sheet into a folder. Check a filled copy with `fairplan import FILE --check`.
            """
        case .update:
            "Also write the changes rows make to what the plan already holds (by default they are only listed)."
        }
    }
}
