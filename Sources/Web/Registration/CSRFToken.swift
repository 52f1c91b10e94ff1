import HTTPTypes
import Hummingbird

/// Cross-site request forgery protection for the portal's forms, by double submission: the form
/// page sets a random token in an HttpOnly, SameSite=Strict cookie and in a hidden field; a post is
/// taken only when the field equals the cookie (compared in constant time). Another site can
/// neither read the cookie nor make the browser send it with its own post.
enum CSRFToken {
    /// The cookie's name.
    static let cookieName = "fairplan_csrf"
    /// The hidden field's name.
    static let fieldName = "_csrf"

    /// The request's token when its cookie holds a well-formed one.
    static func cookie(of request: Request) -> String? {
        guard let value = request.cookies[cookieName]?.value, SubmissionToken(link: value) != nil else {
            return nil
        }
        return value
    }

    /// The token for a form page: the request's own, else a new one (to be set with ``setCookie(_:)``).
    static func forPage(_ request: Request) -> (token: String, isNew: Bool) {
        if let token = cookie(of: request) { return (token, false) }
        return (SubmissionToken.random().text, true)
    }

    /// The `Set-Cookie` value that keeps `token` for the browser session.
    static func setCookie(_ token: String) -> String {
        "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
    }

    /// Whether a post's hidden field matches its cookie.
    static func isValid(_ request: Request, field: String?) -> Bool {
        guard let cookie = cookie(of: request), let field else { return false }
        let a = Array(cookie.utf8)
        let b = Array(field.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
