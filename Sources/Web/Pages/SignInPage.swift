import Planning

/// `/<plan>/quan-ly/dang-nhap`: the staff sign-in form.
struct SignInPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// Why the last attempt failed, when it did.
    let problem: String?
    /// Where the form posts.
    let action: String
    /// The anti-forgery field's name.
    let csrfName: String
    /// The anti-forgery token.
    let csrf: String
    /// The name field's label.
    let nameLabel: String
    /// The name typed last.
    let name: String
    /// The password field's label.
    let passwordLabel: String
    /// The button's text.
    let signIn: String
    /// The field naming the page to go on to once signed in.
    let nextName: String
    /// That page, when the browser was sent here from one (``PortalPaths/returnPath(_:site:)``).
    let next: String?

    /// The form in `paths.language`, with `problem` above it and `name` kept, going on to `next`
    /// once signed in (the console when nil).
    init(
        paths: PortalPaths, csrf: String, problem: StaffMessage?, name: String, next: String? = nil,
        version: String
    ) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.signInPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly/dang-nhap", version: version)
        self.problem = problem.map(m)
        action = paths.signIn
        csrfName = CSRFToken.fieldName
        self.csrf = csrf
        nameLabel = m(.name)
        self.name = name
        passwordLabel = m(.password)
        signIn = m(.signIn)
        nextName = PortalPaths.returnField
        self.next = next
    }
}
