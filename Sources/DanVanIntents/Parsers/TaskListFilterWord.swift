import DanVanTasks
/// A status or time word of a list question.
enum TaskListFilterWord: Equatable {
    case open, done, overdue, dueSoon, dueToday, deleted
}
