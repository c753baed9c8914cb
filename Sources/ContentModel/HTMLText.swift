/// HTML's character references in text: numeric ones (`&#8217;`, `&#x2019;`) and the named ones a handout uses
/// (punctuation, spaces, the letters of English and Spanish, a few symbols). A reference it does not know, or a number
/// that is no character (or a control character), stays as written.
enum HTMLText {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "shy": "", "zwj": "", "zwnj": "", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "sbquo": "\u{201A}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "bdquo": "\u{201E}", "laquo": "«", "raquo": "»", "mdash": "—",
        "ndash": "–", "hellip": "…", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾", "micro": "µ",
        "para": "¶", "sect": "§", "cent": "¢", "pound": "£", "euro": "€", "yen": "¥", "le": "≤", "ge": "≥",
        "ne": "≠", "minus": "−", "prime": "′", "Prime": "″", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "sup1": "¹", "sup2": "²", "sup3": "³", "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "check": "✓",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É",
        "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "ntilde": "ñ", "Ntilde": "Ñ", "uuml": "ü", "Uuml": "Ü",
        "auml": "ä", "ouml": "ö", "Auml": "Ä", "Ouml": "Ö", "iuml": "ï", "euml": "ë", "agrave": "à", "egrave": "è",
        "igrave": "ì", "ograve": "ò", "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô",
        "ucirc": "û", "ccedil": "ç", "Ccedil": "Ç", "atilde": "ã", "otilde": "õ", "szlig": "ß", "oslash": "ø",
        "aring": "å", "aelig": "æ",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let body = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            if body.count <= 32, body.endIndex < after.endIndex, after[body.endIndex] == ";",
                let replacement = resolve(body)
            {
                out += replacement
                rest = after[after.index(after: body.endIndex)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    static func resolve(_ body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return scalar(UInt32(body.dropFirst(2), radix: 16))
        }
        if body.hasPrefix("#") { return scalar(UInt32(body.dropFirst(), radix: 10)) }
        return named[String(body)]
    }

    /// A character for a reference's number; none for a control character or what is not one.
    static func scalar(_ value: UInt32?) -> String? {
        guard let value, let s = Unicode.Scalar(value) else { return nil }
        if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
        {
            return ""
        }
        if value == 0xA0 { return " " }
        return String(s)
    }
}
