import Foundation

/// Puts the C library in a UTF-8 character locale, which libedit's editing and history file need.
///
///     UTF8Locale.activate() // LC_CTYPE from the environment, else C.UTF-8
///
/// Without `setlocale(LC_CTYPE, "")` libedit drops non-ASCII letters ("Đường" → "ng") and writes
/// history bytes as `\M-C`; when the environment's codeset is not UTF-8, C.UTF-8 is used instead.
enum UTF8Locale {
    static func activate() {
        setlocale(LC_CTYPE, "")
        if isUTF8() { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }
}
