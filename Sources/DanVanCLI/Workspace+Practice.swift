import DanVanAssistant
import Foundation

extension Workspace {
    /// The user's practice record, `$XDG_STATE_HOME/danvan/practice-USER.json` (read only when used).
    func practiceProgress() -> PracticeProgress {
        PracticeProgress(url: PracticeProgress.url(stateDirectory: locator.userStateDirectory, user: user))
    }

    /// The assistant with the user's practice record (`ask`, `brief`, `quiz`, the REPL), or the worded
    /// error on standard error and exit status 2.
    func practisingAssistantOrExit() throws -> Assistant {
        let assistant = try assistantOrExit()
        assistant.usePracticeProgress(practiceProgress())
        return assistant
    }
}
