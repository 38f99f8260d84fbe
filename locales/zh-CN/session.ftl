## The terminal session: signals, read-only instances, half-typed text

# After the app closed (Ctrl+C or a signal) with a tracker value that does not parse.
session-unsaved = { $field }：“{ $typed }”。{ $why }

# A second icp-tui on the same profile: an edit was refused (status line).
session-read-only-refused = 未修改：另一个 icp-tui 正在使用此资料目录，这里只读。

## The command line as packagers expect it

# --lang with a value icp-tui does not know; the flag is named so the user sees which one.
session-cli-unknown-lang = --lang：未知语言“{ $value }”。可用：{ $available }（也可写 en、zh、zh-Hans、zh_CN）。
session-cli-completions-about = 将 SHELL（bash、zsh、fish、powershell、elvish）的命令补全脚本输出到标准输出。
session-cli-completions-shell = Shell：bash、zsh、fish、powershell 或 elvish。
session-cli-man-about = 将 man 手册页（roff）输出到标准输出。

## Keys

# j and k in lists, as in vi and less (help only).
session-key-move-vi = 移动（同 vi）
