import HTTPTypes
import Hummingbird

/// Answers `HEAD` with the headers of `GET`, `Content-Length` included, without the body (the
/// router answers it as `GET`: its
/// `autoGenerateHeadEndpoints` option; link checkers and uptime monitors ask so), and refuses
/// every method but `GET`, `HEAD` and `POST` with 405 and an `Allow` header, instead of a page
/// not found.
struct HeadRequests<Context: RequestContext>: RouterMiddleware {
    /// The methods the portal takes, for the `Allow` header.
    static var allowed: String { "GET, HEAD, POST" }

    /// Calls the next responder, dropping the body it answers to a `HEAD` request.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        switch request.method {
        case .get, .post:
            return try await next(request, context)
        case .head:
            // The headers of the `GET` answer, `Content-Length` included (the size a download
            // would have), with no body.
            return try await next(request, context).createHeadResponse()
        default:
            throw HTTPError(.methodNotAllowed)
        }
    }
}
