import Foundation

/// Reads Timefold's conference-scheduling JSON (the example's format: Jackson objects with `@id`,
/// each given in full where it first appears and by its `@id` afterwards) into a
/// ``TimefoldConference``.
///
/// Untrusted input is bounded: at most ``byteLimit`` bytes, nesting ``depthLimit`` deep,
/// ``talkLimit`` talks, ``listLimit`` entries in any other list, ``tagLimit`` tags in a set,
/// texts of ``textLimit`` characters, timeslots of at most ``timeslotMinutesLimit`` minutes (so
/// no score can overflow). Every problem is an ``InterchangeError/unreadable(file:line:reason:)``
/// naming the field, such as `talkList[3].timeslot`; nothing traps.
public struct TimefoldConferenceReader: Sendable {
    /// The largest file read: 32 MiB.
    public static let byteLimit = 32 << 20
    /// The deepest nesting of arrays and objects.
    public static let depthLimit = 64
    /// The most talks: what the grid timetabler takes.
    public static let talkLimit = 1_000
    /// The most entries of any other list or set.
    public static let listLimit = 10_000
    /// The longest text, in characters.
    public static let textLimit = 1_000
    /// The most tags in one set (tracks, sectors, content, room and timeslot tags).
    public static let tagLimit = 100
    /// The longest timeslot: a week.
    public static let timeslotMinutesLimit = 10_080

    /// Creates a reader.
    public init() {}

    /// Reads a file.
    ///
    /// - Throws: ``InterchangeError/unreadable(file:line:reason:)`` when the file cannot be read,
    ///   is too large, is not JSON or does not describe a conference.
    public func read(path: String) throws(InterchangeError) -> TimefoldConference {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        } catch {
            throw .unreadable(
                file: path, line: 0, reason: .cannotReadFile(detail: error.localizedDescription))
        }
        if size > Self.byteLimit {
            throw .unreadable(file: path, line: 0, reason: .fileTooLarge(limit: Self.byteLimit))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(
                file: path, line: 0, reason: .cannotReadFile(detail: error.localizedDescription))
        }
        return try read(bytes: [UInt8](data), file: path)
    }

    /// Reads JSON text; `file` names it in errors.
    ///
    /// - Throws: ``InterchangeError/unreadable(file:line:reason:)`` as ``read(path:)``.
    public func read(bytes: [UInt8], file: String) throws(InterchangeError) -> TimefoldConference {
        func fail(_ reason: InterchangeMessage) -> InterchangeError {
            .unreadable(file: file, line: 0, reason: reason)
        }
        if bytes.isEmpty { throw fail(.emptyFile) }
        if bytes.count > Self.byteLimit { throw fail(.fileTooLarge(limit: Self.byteLimit)) }
        if TimefoldJSON.depth(of: bytes) > Self.depthLimit {
            throw fail(.timefoldTooDeep(limit: Self.depthLimit))
        }
        let root: TimefoldJSON
        do {
            root = try JSONDecoder().decode(TimefoldJSON.self, from: Data(bytes))
        } catch {
            throw fail(.timefoldNotJSON(detail: String(describing: error).prefix(300).description))
        }
        do throws(TimefoldJSONParser.Problem) {
            var parser = try TimefoldJSONParser(root: root)
            return try parser.conference()
        } catch {
            throw fail(error.message)
        }
    }
}
