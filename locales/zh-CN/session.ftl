## The terminal session: signals, read-only instances, half-typed text

# After the app closed (Ctrl+C or a signal) with a tracker value that does not parse.
session-unsaved = { $field }：“{ $typed }”。{ $why }

# A second icp-tui on the same profile: an edit was refused (status line).
session-read-only-refused = 未修改：另一个 icp-tui 正在使用此资料目录，这里只读。
