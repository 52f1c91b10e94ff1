import Foundation
import LibXML
import Testing

/// Issue 12 (fuzzing, FuzzFODS): a document declaring an encoding its bytes do not convert from
/// (`declared-utf7.xml`: UTF-7 declared, UTF-8 written) made the stream reader's libxml2 print
/// «encoding error : input conversion failed…», «I/O error : encoder error» and «xmlParseChunk:
/// encoder error» on the process's stderr (so on the terminal of `fairplan import x.fods`), and
/// the error thrown said only «the document is not well-formed»: those errors have no parser
/// context, so they went to the thread's handlers, not the reader's. `DocumentParser` already
/// captured them.
@Suite("XMLStreamReader: input that does not convert from its declared encoding (issue 12)")
struct XMLStreamReaderEncodingTests {
    /// Reads every node of the fixture and returns the error thrown.
    static func readFixture() throws -> (any Error)? {
        let reader = try XMLStreamReader(data: Fixtures.bytes("declared-utf7.xml"), sourceName: "utf7.xml")
        do {
            while try reader.read() {}
            return nil
        } catch {
            return error
        }
    }

    /// Runs `body` with the process's stderr (file descriptor 2) sent to a temporary file, then
    /// restores it, writes what was caught back to it (other tests print there too) and returns it.
    static func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("LibXMLTests-stderr-\(UUID().uuidString)").path
        let file = open(path, O_CREAT | O_TRUNC | O_RDWR, 0o600)
        try #require(file >= 0)
        defer {
            close(file)
            unlink(path)
        }
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        try #require(saved >= 0)
        dup2(file, STDERR_FILENO)
        var thrown: (any Error)?
        do { try body() } catch { thrown = error }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        let caught = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        FileHandle.standardError.write(Data(caught.utf8))
        if let thrown { throw thrown }
        return caught
    }

    @Test("the error is libxml2's conversion failure, not «the document is not well-formed»")
    func conversionFailureReported() throws {
        let error = try Self.readFixture()
        guard case .malformed(let source, let line, _, let message) = error as? LibXMLError else {
            Issue.record("expected LibXMLError.malformed, got \(String(describing: error))")
            return
        }
        #expect(source == "utf7.xml")
        #expect(line == 0)  // libxml2 reports no place for it.
        #expect(message.contains("input conversion failed"), "message: \(message)")
    }

    @Test("libxml2 prints nothing on stderr while the reader fails")
    func nothingPrinted() throws {
        let printed = try Self.capturingStandardError {
            _ = try Self.readFixture()
        }
        for libxml2Line in ["encoding error :", "I/O error :", "xmlParseChunk:"] {
            #expect(!printed.contains(libxml2Line), "printed: \(printed)")
        }
    }
}
