## The terminal session: signals, read-only instances, half-typed text

# After the app closed (Ctrl+C or a signal) with a tracker value that does not parse.
session-unsaved = { $field }: “{ $typed }”. { $why }

# A second icp-tui on the same profile: an edit was refused (status line).
session-read-only-refused = Not changed: this icp-tui is read-only while another one has the profile.

## The command line as packagers expect it

# --lang with a value icp-tui does not know; the flag is named so the user sees which one.
session-cli-unknown-lang = --lang: unknown language "{ $value }". Available: { $available } (also en, zh, zh-Hans, zh_CN).
session-cli-completions-about = Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish) to the standard output.
session-cli-completions-shell = The shell: bash, zsh, fish, powershell or elvish.
session-cli-man-about = Print the man page (roff) to the standard output.

## Keys

# j and k in lists, as in vi and less (help only).
session-key-move-vi = Move (as in vi)
