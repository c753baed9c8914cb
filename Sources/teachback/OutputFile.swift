import Foundation
import Words
import LearnerStore

/// Writes what a command makes (a report, an export) to `--out`, never replacing what it should not.
///
/// A new path or an existing regular file is written whole to a temporary file beside it, synced, and renamed over
/// it, so a reader never sees half a report and a failure leaves the old file as it was. A character device or a pipe
/// (`/dev/stdout`, `/dev/null`, a terminal) is written through, never renamed over. A symbolic link, a folder or any
/// other kind of file is refused: renaming over a link would replace the link, and as root `--out /dev/null` once
/// replaced the device with a patient's report.
enum OutputFile {
    /// Why `--out` could not be written, in words that name the path and say what to do.
    struct Problem: Error, CustomStringConvertible {
        /// What went wrong and what to do, said in the command's language.
        var message: Message
        init(_ message: Message) { self.message = message }
        var description: String { message.text(commandLanguage.words) }
    }

    static func write(_ data: Data, to path: String) throws(Problem) {
        var link = stat()
        var target = stat()
        let exists = lstat(path, &link) == 0
        let resolves = stat(path, &target) == 0
        if resolves && [S_IFCHR, S_IFIFO].contains(target.st_mode & S_IFMT) {
            try writeThrough(data, to: path)
            return
        }
        if exists {
            switch link.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK:
                throw Problem(
                    Message(
                        "{path} is a symbolic link; Teachback does not write through a link, which could replace a file that is not a report. Nothing was written. Give the path of the file itself with --out.",
                        ["path": path]))
            case S_IFDIR:
                throw Problem(
                    Message(
                        "{path} is a folder. Nothing was written. Give a file name with --out (for example {path}/report.html).",
                        ["path": path])
                )
            default:
                throw Problem(
                    Message(
                        "{path} is not an ordinary file (a device or a socket). Nothing was written. Choose another path with --out.",
                        ["path": path])
                )
            }
        }
        try replace(path, with: data)
    }

    /// Writes to a device or pipe that is already there (no temporary file, no rename).
    static func writeThrough(_ data: Data, to path: String) throws(Problem) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        if let code = writeAll(fd, data) { throw failure(path, code) }
    }

    /// Writes a temporary file beside `path` (mode 0600), syncs it, and renames it over `path`.
    static func replace(_ path: String, with data: Data) throws(Problem) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, errno) }
        var code = writeAll(fd, data)
        if code == nil && fsync(fd) != 0 { code = errno }
        if close(fd) != 0 && code == nil { code = errno }
        if code == nil && rename(temporary, path) != 0 { code = errno }
        if let code {
            unlink(temporary)
            throw failure(path, code)
        }
    }

    /// Writes every byte, retrying short writes; the error number of a failure, else nil.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32? {
        var failed: Int32?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var base = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = Foundation.write(fd, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                left -= n
                base += n
            }
        }
        return failed
    }

    static func failure(_ path: String, _ code: Int32) -> Problem {
        if code == ENOSPC || code == EDQUOT {
            return Problem(
                Message(
                    "the disk holding {path} is full, so nothing was written (any file already there is unchanged). Free some space, or choose another place with --out.",
                    ["path": path])
            )
        }
        let reason = String(cString: strerror(code)).lowercased()
        return Problem(
            Message(
                "cannot write {path}: {reason}. Nothing was written; choose another path with --out.",
                ["path": path, "reason": reason]))
    }
}

/// Folders and files only Teachback's user may read: the data folder, the library.
enum PrivateFolder {
    /// Creates `path` and every missing folder above it with mode 0700 (folders already there keep their mode).
    static func make(_ path: String) throws {
        if let code = LearnerStore.makePrivateFolder(path) { throw OutputFile.failure(path, code) }
    }

    /// Writes a new file (it must not exist), synced.
    static func writeNew(_ data: Data, to path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputFile.failure(path, errno) }
        var code = OutputFile.writeAll(fd, data)
        if code == nil && fsync(fd) != 0 { code = errno }
        close(fd)
        if let code { throw OutputFile.failure(path, code) }
    }

    /// An error in words.
    static func reason(_ error: Error) -> String {
        (error as? OutputFile.Problem)?.description ?? error.localizedDescription
    }
}
