/// How a command names its task: by number ("nhiệm vụ 3") or by words of its title.
public enum TaskReference: Equatable, Sendable {
    case number(Int)
    case words(String)
}
