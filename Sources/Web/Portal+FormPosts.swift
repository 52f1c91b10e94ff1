import Foundation
import Hummingbird
import NIOCore

extension Portal {
    /// The media types a form post may be sent as (parameters such as `; charset=utf-8` aside).
    static let formMediaTypes = ["application/x-www-form-urlencoded", "multipart/form-data"]

    /// The media type of a `Content-Type` value, lower-cased, without its parameters.
    static func mediaType(_ contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The fields of a form post, read before anything else about it: a post sent as anything
    /// but a form (`Content-Type` other than ``formMediaTypes``) is refused as not a form (415)
    /// before its body is read; a body over `limit` bytes as too large (413); one that cannot be
    /// read (malformed, a field over 4,000 characters, not UTF-8, too many fields) as a bad
    /// request (400). A post without `Content-Type` is an empty form when its body is empty (the
    /// checks of its token then say what is missing), and not a form otherwise.
    static func formBody(_ request: Request, limit: Int) async throws -> FormBody {
        let contentType = request.headers[.contentType]
        if let contentType, !formMediaTypes.contains(mediaType(contentType)) {
            throw HTTPError(.unsupportedMediaType)
        }
        let bytes = try await collect(request, limit: limit)
        guard let contentType else {
            guard bytes.readableBytes == 0 else { throw HTTPError(.unsupportedMediaType) }
            return try found(FormBody([UInt8]()), else: .badRequest)
        }
        let body: FormBody?
        if mediaType(contentType) == "multipart/form-data" {
            body = UploadForm.boundary(of: contentType).flatMap { FormBody(multipart: bytes, boundary: $0) }
        } else {
            body = FormBody(bytes.readableBytesView)
        }
        return try found(body, else: .badRequest)
    }

    /// `value`, or the error `status` when there is none.
    static func found<Value>(_ value: Value?, else status: HTTPResponse.Status) throws -> Value {
        guard let value else { throw HTTPError(status) }
        return value
    }
}
