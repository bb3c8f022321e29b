import DanVanAssistant
import Foundation

extension Workspace {
    /// The user's practice record, `$XDG_STATE_HOME/danvan/practice-USER.json` (read only when used).
    func practiceProgress() -> PracticeProgress {
        PracticeProgress(url: PracticeProgress.url(stateDirectory: locator.userStateDirectory, user: user))
    }
}
