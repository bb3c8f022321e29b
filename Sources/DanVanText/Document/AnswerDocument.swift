/// What an answer says, before it is laid out for a terminal, a pipe or JSON.
///
///     AnswerDocument(title: "Hạn báo cáo", blocks: [.bullets(["Lần 1: trước 03/09/2025"])],
///                    source: "Kế hoạch, mục III.3")
public struct AnswerDocument: Equatable, Sendable {
    /// One bold line on top; empty for a plain message.
    public var title: String
    public var blocks: [Block]
    /// Where the facts come from ("Kế hoạch …, mục III.3"); shown dimmed as "Nguồn: …".
    public var source: String?
    /// Phrases to colour by urgency wherever they appear in paragraphs, bullets, notes and cells
    /// (e.g. "còn 3 ngày" yellow, "quá hạn 2 ngày" red).
    public var marks: [UrgencyMark]

    public init(title: String = "", blocks: [Block] = [], source: String? = nil, marks: [UrgencyMark] = []) {
        self.title = title
        self.blocks = blocks
        self.source = source
        self.marks = marks
    }

    /// A phrase of an answer coloured by how close its deadline is.
    ///
    ///     UrgencyMark("quá hạn 2 ngày", .overdue) // shown red on a colour terminal
    public struct UrgencyMark: Equatable, Sendable {
        public var text: String
        public var urgency: Urgency

        public init(_ text: String, _ urgency: Urgency) {
            self.text = text
            self.urgency = urgency
        }
    }

    public enum Block: Equatable, Sendable {
        case paragraph(String)
        case bullets([String])
        /// A table; `urgency` has one entry per row (or is empty) to colour its deadline cells.
        case table(Table)
        /// A secondary remark (hints, "có phải bạn muốn…").
        case note(String)
        /// A bold line heading what follows (each answer of a line that asks several questions).
        case heading(String)
    }

    public struct Table: Equatable, Sendable {
        public var headers: [String]
        public var rows: [[String]]
        public var urgency: [Urgency]
        /// Columns that may wrap when the table is too wide (others keep their width).
        /// Empty: any column may wrap.
        public var wrapColumns: Set<Int>
        /// The column whose cells `urgency` colours; nil colours the whole row.
        public var deadlineColumn: Int?

        public init(headers: [String], rows: [[String]], urgency: [Urgency] = [], wrapColumns: Set<Int> = [],
                    deadlineColumn: Int? = nil) {
            self.headers = headers
            self.rows = rows
            self.urgency = urgency
            self.wrapColumns = wrapColumns
            self.deadlineColumn = deadlineColumn
        }
    }

    /// How close a deadline is, for colour.
    public enum Urgency: Sendable, Equatable {
        case none, done, ok, soon, overdue
    }
}
