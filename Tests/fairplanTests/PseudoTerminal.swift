import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pseudo-terminal whose terminal side becomes a process's standard input, so a test can answer
/// a question the way a person at a terminal does (the functions are looked up at run time, since
/// the C library's module does not export them on every platform).
struct PseudoTerminal {
    /// The controlling side: what is written here is typed at the terminal.
    let controller: Int32
    /// The terminal side, given to the process as standard input.
    let terminal: FileHandle

    /// Opens a new pseudo-terminal.
    static func open() throws -> PseudoTerminal {
        typealias Descriptor = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let library = dlopen(nil, RTLD_NOW)
        let openPT = try #require(dlsym(library, "posix_openpt"))
        let grant = try #require(dlsym(library, "grantpt"))
        let unlock = try #require(dlsym(library, "unlockpt"))
        let name = try #require(dlsym(library, "ptsname"))
        let controller = unsafeBitCast(openPT, to: Descriptor.self)(O_RDWR | O_NOCTTY)
        try #require(controller >= 0)
        try #require(unsafeBitCast(grant, to: Descriptor.self)(controller) == 0)
        try #require(unsafeBitCast(unlock, to: Descriptor.self)(controller) == 0)
        let path = String(cString: try #require(unsafeBitCast(name, to: Name.self)(controller)))
        #if canImport(Glibc)
            let terminal = Glibc.open(path, O_RDWR | O_NOCTTY)
        #else
            let terminal = Darwin.open(path, O_RDWR | O_NOCTTY)
        #endif
        try #require(terminal >= 0 && isatty(terminal) != 0)
        return PseudoTerminal(
            controller: controller, terminal: FileHandle(fileDescriptor: terminal, closeOnDealloc: true))
    }

    /// Types `line` and Return at the terminal.
    func type(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
    }

    /// Closes both sides.
    func close() {
        try? terminal.close()
        #if canImport(Glibc)
            _ = Glibc.close(controller)
        #else
            _ = Darwin.close(controller)
        #endif
    }
}
