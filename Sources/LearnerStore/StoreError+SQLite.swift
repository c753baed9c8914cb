import GRDB
import LearnerModel

extension StoreError {
    /// Translates an SQLite error at `path` into a message for people.
    static func from(_ error: Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let db = error as? DatabaseError else { return .other(path: path, detail: "\(error)") }
        switch db.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: db.message ?? "corrupt")
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotCreate(path: path, reason: db.message ?? "permission denied")
        case .SQLITE_IOERR:
            return .other(path: path, detail: "disk input/output error (\(db.message ?? "")); check the disk")
        default: return .other(path: path, detail: db.message ?? "\(db)")
        }
    }
}
