import Hummingbird
import Logging
import Planning

/// Turns a request the portal cannot answer into a page in the reader's language: not found for
/// an unknown address, plan, exhibitor or point; a server error, logged with its cause, when a
/// plan cannot be read.
struct ErrorPages: RouterMiddleware {
    /// The portal (for its pages and version).
    let portal: Portal

    /// Calls the next responder; an error becomes its page.
    func handle(
        _ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response
    ) async throws -> Response {
        let language = Portal.language(of: request)
        let path = request.uri.path
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return portal.pages.page(
                "error",
                ErrorPage(
                    heading: .notFound, explanation: .notFoundExplanation, language: language, path: path,
                    version: portal.version),
                status: .notFound
            ).response
        } catch let error as HTTPError where error.status.code < 500 {
            return portal.pages.page(
                "error",
                ErrorPage(
                    heading: .badRequest, explanation: .notFoundExplanation, language: language, path: path,
                    version: portal.version),
                status: error.status
            ).response
        } catch {
            context.logger.error("\(path): \(error)")
            return portal.pages.page(
                "error",
                ErrorPage(
                    heading: .serverError, explanation: .serverError, language: language, path: path,
                    version: portal.version),
                status: .internalServerError
            ).response
        }
    }
}
