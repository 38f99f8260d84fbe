## Reading files: parse errors and command-line diagnostics

read-io = { $reason }
read-not-a-file = it is not a regular file (a folder, pipe or device). Name an application file.
read-too-large = it is { $mb } MB, more than the { $limit } MB a filing's file can be. Check that this is the right file.
read-not-utf8 = line { $line }, column { $column }: the text is not UTF-8. Save the file as UTF-8 in your editor.

## The rules in force (every command and the TUI)
cli-rules = Use this rules override file instead of rules-override.toml in the configuration folder.
cli-no-rules-override = Use the built-in rules only, even if rules-override.toml exists.
list-rules-builtin = Rules: built-in, sources up to { $date }
list-rules-override = Rules: built-in + override, sources up to { $date }: { $path }
