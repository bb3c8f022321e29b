import DanVanTasks
import DanVanText

/// One task as a report lists it: the task, its state, and its progress notes.
///
///     item.state        // .overdue
///     item.latestNotes  // the two newest notes, oldest of them first
public struct ReportItem: Equatable, Sendable {
    public var task: PlanTask
    public var state: ReportTaskState
    /// The local day it was completed, when done.
    public var completedOn: CalendarDate?
    /// Every progress note, oldest first.
    public var notes: [ProgressNote]

    /// How many of the newest notes a report shows.
    public static let shownNotes = 2

    /// The newest notes a report shows, oldest of them first.
    public var latestNotes: [ProgressNote] { Array(notes.suffix(Self.shownNotes)) }

    /// Classifies a task against `period` on `today`.
    ///
    ///     ReportItem(task: doneOn0209, notes: [], period: round1, today: today).state   // .completedWithin
    public init(task: PlanTask, notes: [ProgressNote], period: ReportPeriod, today: CalendarDate) {
        self.task = task
        self.notes = notes
        completedOn = task.status == .done ? task.completedAt.map(TaskClock.day(of:)) : nil
        if let day = completedOn {
            switch period.placement(of: day) {
            case .before: state = .completedBefore
            case .within: state = .completedWithin
            case .after: state = .completedAfter
            }
        } else if task.isOverdue(today: today) {
            state = .overdue
        } else {
            state = notes.isEmpty ? .notStarted : .inProgress
        }
    }

    /// Whether the store records work on this task inside the period: a note or the completion.
    public func hasActivity(in period: ReportPeriod) -> Bool {
        if state == .completedWithin { return true }
        return notes.contains { period.placement(of: TaskClock.day(of: $0.at)) == .within }
    }
}
