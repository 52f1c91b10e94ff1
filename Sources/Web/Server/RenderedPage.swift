import Hummingbird

/// A response made once and sent as often as asked: status, headers and body bytes.
struct RenderedPage: Sendable {
    /// The status.
    let status: HTTPResponse.Status
    /// The headers.
    let headers: HTTPFields
    /// The body.
    let body: ByteBuffer

    /// The response to send.
    var response: Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
