import Foundation
public import Words

/// Reads a file only if it is a regular file, and only up to a size limit.
///
/// A bank path can be anything a user or an attacker put there: a named pipe (reading it waits forever), a link to
/// `/dev/zero` (reading it never ends), a folder. The file is opened without blocking and without following a final
/// symbolic link when asked, checked with `fstat` on the open descriptor (so it cannot be swapped between the check
/// and the read), and read to at most `limit` bytes.
public enum RegularFile {
    /// Why a file was not read.
    public enum Problem: Error, Equatable, Sendable {
        case missing
        case notRegular(kind: Message)
        case symbolicLink
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(reason: String)

        /// The reason in words, for a message that names the file.
        public var reason: Message {
            switch self {
            case .missing: Message("no such file or folder")
            case .notRegular(let kind):
                Message("it is not a regular file but {kind}; only ordinary files are read", ["kind": kind])
            case .symbolicLink:
                Message(
                    "it is a symbolic link; only ordinary files are read here (copy the file it points to instead)")
            case .tooLarge(let bytes, let limit):
                Message("it is {bytes} bytes, more than the limit of {limit}", ["bytes": bytes, "limit": limit])
            case .unreadable(let reason): Message(verbatim: reason)
            }
        }
    }

    /// What kind of thing is at `path` (without following a final link), or nil if nothing is.
    public static func kind(at path: String, followLink: Bool = true) -> mode_t? {
        var info = stat()
        let status = followLink ? stat(path, &info) : lstat(path, &info)
        return status == 0 ? info.st_mode & S_IFMT : nil
    }

    /// A kind of file in words.
    static func describe(_ type: mode_t) -> Message {
        switch type {
        case S_IFDIR: Message("a folder")
        case S_IFIFO: Message("a named pipe")
        case S_IFCHR: Message("a character device")
        case S_IFBLK: Message("a block device")
        case S_IFSOCK: Message("a socket")
        case S_IFLNK: Message("a symbolic link")
        default: Message("not an ordinary file")
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Parameter followLink: false to refuse a file that is itself a symbolic link.
    public static func read(_ path: String, limit: Int, followLink: Bool = true) -> Result<[UInt8], Problem> {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC
        if !followLink { flags |= O_NOFOLLOW }
        let fd = open(path, flags)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: return .failure(.missing)
            case ELOOP where !followLink: return .failure(.symbolicLink)
            default: return .failure(.unreadable(reason: String(cString: strerror(code)).lowercased()))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(.unreadable(reason: String(cString: strerror(errno)).lowercased()))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { return .failure(.notRegular(kind: describe(type))) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: String(cString: strerror(errno)).lowercased()))
            }
            if n == 0 { break }
            bytes += buffer[..<n]
            // A file that grows while it is read is cut off at the limit, not followed.
            if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        }
        return .success(bytes)
    }
}
