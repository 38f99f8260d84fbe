## The terminal session: signals, read-only instances, half-typed text

# After the app closed (Ctrl+C or a signal) with a tracker value that does not parse.
session-unsaved = { $field }: “{ $typed }”. { $why }

# A second icp-tui on the same profile: an edit was refused (status line).
session-read-only-refused = Not changed: this icp-tui is read-only while another one has the profile.
