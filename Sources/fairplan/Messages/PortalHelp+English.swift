import Planning
import Store

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
            /<file-name>/dang-ky takes cooperatives' registrations (the form or a filled template), checks \
            them by the same rules as fairplan import, writes them to the plan file as pending and gives \
            each a private link to its status. \
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
        case .registrationCloses:
            "The last day registrations are taken (dd/mm/yyyy, until 23:59; default: the day before the event)."
        case .formLimit: "Posts per minute one address may send to the forms (0: no limit; default 20)."
        case .noRegistration:
            "Serves the public pages only, takes no registrations (plan files opened read-only)."
        case .userAbstract: "Manages the accounts that sign in to the portal's staff console."
        case .userDiscussion:
            """
            Accounts live in the plan file, each with a role: staff (registrations, booths, timetable, \
            publishing, downloads) or admin (what staff may, and the accounts). Passwords are kept only as \
            bcrypt hashes.
            """
        case .userAddAbstract: "Makes a staff account."
        case .userAddDiscussion:
            """
            The password (10–72 bytes) is asked twice, without echo; in a script it is read from the first \
            line of standard input, for example: printf '%s\\n' "$PASSWORD" | fairplan user add lan.nguyen
            """
        case .userListAbstract: "Lists the staff accounts and their roles."
        case .userRemoveAbstract: "Removes a staff account."
        case .userName: "The sign-in name (1–64 letters, digits or . - _ @)."
        case .userRole: "The role: staff (default) or admin."
        case .userPasswordFile:
            "Read the password from the first line of this file (for scripts) instead of asking."
        case .passwordPrompt: "Password:"
        case .passwordAgain: "Password again:"
        case .accountAdded(let name, let role): "Account «\(name)» made (\(role.rawValue))."
        case .accountRemoved(let name): "Account «\(name)» removed."
        case .accountLine(let name, let role, let createdAt):
            "\(name)\t\(role.rawValue)\tmade at \(createdAt.time) on \(createdAt.date.vietnamese)"
        case .noAccounts: "No accounts yet: make one with fairplan user add NAME --role staff."
        }
    }
}
