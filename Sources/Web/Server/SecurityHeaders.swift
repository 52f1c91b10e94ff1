import HTTPTypes
import Hummingbird

/// Adds the security headers to every response: the content security policy, no MIME sniffing,
/// no framing, no referrer sent to other sites (a page may send none at all).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// The content security policy.
    let contentSecurityPolicy: String

    /// `X-Frame-Options`, for browsers that predate `frame-ancestors`.
    static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options") ?? .contentSecurityPolicy }
    /// `Referrer-Policy`.
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy") ?? .contentSecurityPolicy }

    /// Calls the next responder and adds the headers to its response.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        if response.headers[Self.referrerPolicy] == nil {
            response.headers[Self.referrerPolicy] = "same-origin"
        }
        return response
    }
}
