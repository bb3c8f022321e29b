import DanVanText

/// What a workspace reads of the command line: the values of `CommonOptions` as a plain struct, so that
/// the `ask` fast path (`AskCommand.Request`) never builds ArgumentParser's property wrappers.
struct WorkspaceOptions: Equatable {
    /// `--today YYYY-MM-DD`.
    var today: String?
    /// `--store`.
    var store: String?
    /// `--data`.
    var data: String?
    /// `--user`.
    var user: String?

    /// `--today`, else today in the local time zone.
    var todayDate: CalendarDate { today.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today() }
}

extension CommonOptions {
    /// The values of the options, for `Workspace`.
    var workspaceOptions: WorkspaceOptions { WorkspaceOptions(today: today, store: store, data: data, user: user) }
}
