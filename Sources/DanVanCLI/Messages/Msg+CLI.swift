import DanVanText

/// The words of `--help` and of usage errors, in place of swift-argument-parser's English ones.
extension Msg {
    /// Section titles and fixed phrases of the generated help, by the English text they replace.
    public static let cliHelpWords: [(english: String, vietnamese: String)] = [
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Show help information.", "Hiện trợ giúp này."),
        ("Show the version.", "Hiện phiên bản."),
        ("<subcommand>", "<lệnh-con>"),
        ("<options>", "<tùy-chọn>"),
        ("(default: ", "(mặc định: "),
        ("; default as flag: ", "; mặc định khi dùng như cờ: "),
        ("; default: ", "; mặc định: "),
        ("(values: ", "(giá trị: "),
        ("Error: ", "Lỗi: "),
        ("Usage: ", "Cách dùng: "),
        ("Help:  ", "Trợ giúp:  "),
        ("Missing required subcommand.", "Thiếu lệnh con."),
        ("Missing one of: ", "Thiếu một trong: "),
        ("Invalid option: ", "Tùy chọn không hợp lệ: "),
        (". Please provide one of the following:", ". Hãy dùng một trong các giá trị sau:"),
        (". Please provide one of ", ". Hãy dùng một trong các giá trị "),
        ("' or '", "' hoặc '"),
    ]

    /// Parameterised messages: `$1`, `$2` are the quoted names or values.
    public static let cliErrorPatterns: [(pattern: String, vietnamese: String)] = [
        (#"See '([^']*) <lệnh-con>' for detailed help\."#, "Xem '$1 <lệnh-con>' để biết chi tiết từng lệnh."),
        (#"See '([^']*)' for more information\."#, "Xem '$1' để biết thêm."),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Không có tùy chọn '$1'. Có phải ý bạn là '$2'?"),
        (#"Unknown option '([^']*)'"#, "Không có tùy chọn '$1'"),
        (#"Missing expected argument '([^']*)'"#, "Thiếu tham số bắt buộc '$1'"),
        (#"Missing value for '([^']*)'"#, "Thiếu giá trị cho '$1'"),
        (#"Unexpected argument '([^']*)'"#, "Thừa tham số '$1'"),
        (#"(\d+) unexpected arguments: "#, "Thừa $1 tham số: "),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Giá trị '$1' không hợp lệ cho '$2'"),
        (#"The value '([^']*)' is invalid\."#, "Giá trị '$1' không hợp lệ."),
        // The same words when the help text wrapped them onto the next line.
        (#";(\s+)default as flag: "#, ";$1mặc định khi dùng như cờ: "),
        (#";(\s+)default: "#, ";$1mặc định: "),
        (#"\((\s*)default: "#, "($1mặc định: "),
    ]
}

// MARK: Examples shown by --help

extension Msg {
    public static let cliExamplesMain = """
        VÍ DỤ:
          danvan                                   Mở giao diện hỏi đáp (trên thiết bị đầu cuối).
          danvan ask "hạn báo cáo lần 1"           Hỏi một câu, in câu trả lời.
          danvan tasks list --overdue              Các nhiệm vụ quá hạn.
          danvan completion install                Cài gợi ý Tab cho bash, zsh hoặc fish.
          danvan config                            Xem cấu hình đang dùng và nguồn của từng giá trị.

        MÃ THOÁT: 0 đã trả lời; 1 không hiểu câu hỏi hoặc lệnh bị từ chối; 2 lỗi (kho, tệp, dữ liệu);
        64 dùng sai lệnh (tùy chọn, tham số).
        """

    public static let cliExamplesAsk = """
        VÍ DỤ:
          danvan ask "nhiệm vụ của phòng văn hóa"
          danvan ask --json "danh sách nhiệm vụ quá hạn"
          printf 'hạn báo cáo\\nthế còn lần 2\\n' | danvan ask
        """

    public static let cliExamplesTasksList = """
        VÍ DỤ:
          danvan tasks list --unit "phong kt" --status open
          danvan tasks list --overdue --json
          danvan tasks list --due-after 2025-09-01 --due-before 2025-09-30
        """

    public static let cliExamplesTasksImport = """
        VÍ DỤ:
          danvan tasks import phu-luc.csv
        """

    public static let cliExamplesTasksExport = """
        VÍ DỤ:
          danvan tasks export --format json > nhiem-vu.json
          danvan tasks export --format md
        """

    public static let cliExamplesReport = """
        VÍ DỤ:
          danvan report --unit "phòng kinh tế" --round 1
          danvan report --compiled --output bao-cao.docx
        """
}

// MARK: Errors of the command line

extension Msg {
    /// `--due-before 2025-13-01`.
    public static func cliBadDate(option: String, value: String) -> String {
        "\(option): “\(value)” không phải một ngày dạng YYYY-MM-DD (ví dụ 2025-09-30)."
    }

    /// `--unit` names no known unit.
    public static func cliUnknownUnit(_ text: String, suggestions: [String]) -> String {
        let hint = suggestions.isEmpty ? "" : " Có phải: " + suggestions.prefix(3).joined(separator: "; ") + "?"
        return "Không biết đơn vị “\(text)”.\(hint)"
    }
}

// MARK: Configuration file and shell completion

extension Msg {
    public static let configAbstract = "Xem cấu hình đang dùng: giá trị và nguồn của từng mục."
    public static func configFile(_ path: String, exists: Bool) -> String {
        exists ? "Tệp cấu hình: \(path)" : "Tệp cấu hình: \(path) (chưa có; tạo tệp này để đặt giá trị mặc định)"
    }
    public static let configHeaders = ["Mục", "Giá trị", "Nguồn"]
    public static let configUnset = "(chưa đặt)"
    public static func configFromFlag(_ flag: String) -> String { "tùy chọn \(flag)" }
    public static func configFromEnvironment(_ name: String) -> String { "biến môi trường \(name)" }
    public static let configFromFile = "tệp cấu hình"
    public static let configFromDefault = "mặc định"
    public static func configBroken(_ path: String, line: Int, detail: String) -> String {
        "Tệp cấu hình \(path) sai cú pháp TOML ở dòng \(line): \(detail)"
    }
    public static func configUnreadable(_ path: String) -> String { "Không đọc được tệp cấu hình \(path)." }
    public static func configUnknownKey(_ path: String, key: String, known: [String]) -> String {
        "Tệp cấu hình \(path): không có mục “\(key)”. Các mục dùng được: \(known.joined(separator: ", "))."
    }
    public static func configNotText(_ path: String, key: String) -> String {
        "Tệp cấu hình \(path): mục “\(key)” phải là một chuỗi trong dấu nháy, ví dụ \(key) = \"…\"."
    }
    public static func configBadColor(_ path: String, value: String) -> String {
        "Tệp cấu hình \(path): color = “\(value)” không hợp lệ; dùng auto, always hoặc never."
    }

    public static let completionAbstract = "Cài hoặc in kịch bản gợi ý Tab cho bash, zsh, fish."
    public static let completionInstallAbstract = "Cài kịch bản gợi ý Tab cho shell đang dùng (hoặc --shell)."
    public static let completionScriptAbstract = "In kịch bản gợi ý Tab ra màn hình."
    public static let completionShellHelp = "Shell: bash, zsh hoặc fish (mặc định: theo $SHELL)."
    public static func completionUnknownShell(_ shell: String) -> String {
        "Không hỗ trợ shell “\(shell)”: chỉ có bash, zsh và fish. Chọn bằng --shell."
    }
    public static func completionInstalled(_ path: String, hint: String) -> String {
        "Đã cài gợi ý Tab vào \(path).\(hint.isEmpty ? "" : "\n" + hint)"
    }
    public static func completionZshHint(_ directory: String) -> String {
        "Thêm vào ~/.zshrc (nếu chưa có): fpath=(\(directory) $fpath); autoload -U compinit && compinit"
    }
    public static let completionBashHint = "Mở một cửa sổ dòng lệnh mới để dùng (cần gói bash-completion)."
    public static let completionFishHint = "Mở một cửa sổ fish mới để dùng."
    public static func completionWriteFailed(_ path: String) -> String { "Không ghi được \(path)." }
}
