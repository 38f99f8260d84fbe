## The terminal session: signals, read-only instances, half-typed text
