extension PortalHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .serveAbstract: "Runs the web portal: the event, programme, exhibitors and connection points."
        case .serveDiscussion:
            """
            Serves the public pages of each plan file under /<file-name>: the event; the programme by day \
            and by connection point (with iCalendar and frab XML downloads); the exhibitor directory with \
            the floor plan; the connection points with their delegates' count, chair and technical \
            contact. Only what is published (fairplan publish) is shown, never the working plan. \
            Vietnamese by default, English with ?lang=en; no JavaScript needed. Listens on this machine \
            only (127.0.0.1) by default.
            """
        case .plans: "A plan file to serve (repeat to serve several; default: the folder's single plan file)."
        case .host: "The address to listen on (default 127.0.0.1: this machine only)."
        case .port: "The port to listen on (1–65535)."
        case .demo: "Runs the demo, publishes its booth plan and programme, and serves its two plan files."
        case .demoFolder: "The folder the demo writes its files to (default: Exports/demo)."
        case .dryRun:
            "Checks only: opens the plan files, loads the page templates, prints the addresses, exits without listening."
        }
    }
}
