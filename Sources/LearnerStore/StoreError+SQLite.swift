import Foundation
internal import GRDB
import LearnerModel
import Words

extension StoreError {
    /// Translates an SQLite error at `path` into a message for people.
    static func from(_ error: Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let db = error as? DatabaseError else { return .other(path: path, detail: Message(verbatim: "\(error)")) }
        switch db.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: db.message.map { Message(verbatim: $0) } ?? Message("corrupt"))
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            if diskIsFull(near: path) { return .diskFull(path: path) }
            return .cannotCreate(
                path: path, reason: db.message.map { Message(verbatim: $0) } ?? Message("permission denied"))
        case .SQLITE_IOERR:
            // SQLite reports a write that found no room as an I/O error when it happens outside a page write (the
            // header of a new file, the log): say what it is, when the disk has no room left.
            if diskIsFull(near: path) { return .diskFull(path: path) }
            return .other(
                path: path,
                detail: Message("disk input/output error ({detail}); check the disk", ["detail": db.message ?? ""]))
        default: return .other(path: path, detail: Message(verbatim: db.message ?? "\(db)"))
        }
    }

    /// Whether the file system holding `path` (or its nearest existing folder) has almost no room left.
    static func diskIsFull(near path: String) -> Bool {
        var place = path
        var info = statvfs()
        while statvfs(place, &info) != 0 {
            let parent = (place as NSString).deletingLastPathComponent
            if parent == place || parent.isEmpty { return false }
            place = parent
        }
        let free = UInt64(info.f_bavail) * UInt64(info.f_frsize)
        return free < 256 * 1024 || (info.f_files > 0 && info.f_favail == 0)
    }
}

extension StoreError {
    /// Whether another process held the file past the busy timeout.
    var isBusy: Bool {
        if case .busy = self { return true }
        return false
    }
}
