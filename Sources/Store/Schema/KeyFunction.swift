import GRDB
import GRDBSQLite

/// A text function of the name indexes (``PlanFunctions``), registered through SQLite's C
/// interface rather than GRDB's `DatabaseFunction`.
///
/// SQLite calls these functions for every row an import inserts, several times a row: a national
/// registry's import calls them some 145,000 times on the writer's thread. GRDB's functions
/// gather the arguments into an array of `DatabaseValue` and box the result; here the arguments
/// are read as texts where they lie and the key is handed back as text, with the same meaning:
/// a `NULL` (or a number) argument is nil, a blob its UTF-8 text (as GRDB's `String` reads it),
/// a nil key `NULL`. The function is deterministic, as an index's must be.
final class KeyFunction: Sendable {
    /// The arguments of one call, read in place.
    struct Arguments {
        /// SQLite's argument values.
        let values: UnsafeMutablePointer<OpaquePointer?>

        /// The text of argument `index`: nil for `NULL` or a number, a blob read as UTF-8 (nil
        /// when it is not), as GRDB's `String.fromDatabaseValue`.
        func text(_ index: Int) -> String? {
            let value = values[index]
            switch sqlite3_value_type(value) {
            case SQLITE_TEXT:
                return sqlite3_value_text(value).map { String(cString: $0) }
            case SQLITE_BLOB:
                guard let bytes = sqlite3_value_blob(value) else { return "" }
                let buffer = UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_value_bytes(value)))
                return String(validating: buffer.bindMemory(to: UInt8.self), as: UTF8.self)
            default:
                return nil
            }
        }
    }

    /// The function's SQL name.
    let name: String
    /// How many arguments it takes.
    let argumentCount: Int32
    /// The key of one call's arguments; nil gives `NULL`.
    let key: @Sendable (Arguments) -> String?

    /// A function `name` of `argumentCount` arguments computing `key`.
    init(_ name: String, argumentCount: Int32, key: @escaping @Sendable (Arguments) -> String?) {
        self.name = name
        self.argumentCount = argumentCount
        self.key = key
    }

    /// Registers the function on a connection; SQLite holds it until the connection closes or the
    /// function is registered again.
    func install(in db: Database) throws {
        let context = Unmanaged.passRetained(self).toOpaque()
        let code = sqlite3_create_function_v2(
            db.sqliteConnection, name, argumentCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, context,
            { sqliteContext, _, values in
                let function = Unmanaged<KeyFunction>.fromOpaque(sqlite3_user_data(sqliteContext)!)
                    .takeUnretainedValue()
                guard let values, let key = function.key(Arguments(values: values)) else {
                    sqlite3_result_null(sqliteContext)
                    return
                }
                sqlite3_result_text(sqliteContext, key, -1, keyFunctionTransient)
            }, nil, nil,
            { context in
                if let context { Unmanaged<KeyFunction>.fromOpaque(context).release() }
            })
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "fairplan: \(name)")
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT`: the result's text is copied before the call returns.
private let keyFunctionTransient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
