## Reading files: parse errors and command-line diagnostics

read-io = { $reason }
read-not-a-file = it is not a regular file (a folder, pipe or device). Name an application file.
read-too-large = it is { $mb } MB, more than the { $limit } MB a filing's file can be. Check that this is the right file.
read-not-utf8 = line { $line }, column { $column }: the text is not UTF-8. Save the file as UTF-8 in your editor.

## The rules in force (every command and the TUI)
cli-rules = Use this rules override file instead of rules-override.toml in the configuration folder.
cli-no-rules-override = Use the built-in rules only, even if rules-override.toml exists.

## Parse errors: where, what, and what to do
parse-at = line { $line }, { $field }: { $problem }
parse-at-line = line { $line }: { $problem }
parse-at-field = { $field }: { $problem }
parse-syntax-line = this line is not valid TOML (the parser says: { $detail }). Check its quotes, the = sign and brackets.
parse-value-other = this value cannot be used (the parser says: { $detail }). See docs/application-format.md for what this field takes.
parse-not-application-fix = this is not an icp-tui application file: it needs the line format = "icp-tui/application" at the top. Check that this is the right file.
parse-missing-version-fix = version is missing or not a whole number. Add the line version = 1 after the format line.
parse-newer-version-fix = a newer icp-tui wrote this file (file version { $version }). Update icp-tui to open it; this one leaves the file untouched.
parse-wrong-type = { $found } is written here, but this field takes { $expected }. { $fix }
parse-found-text = the text "{ $value }"
parse-found-number = the number { $value }
parse-found-boolean = the value { $value }
parse-found-date = the date { $value }
parse-found-a-date = a date
parse-found-table = a table
parse-found-list = a list
parse-found-other = a value of another kind
parse-expected-text = text
parse-expected-number = a whole number
parse-expected-boolean = true or false
parse-expected-date = a date
parse-expected-datetime = a date and time
parse-expected-table = a table
parse-expected-list = a list
parse-expected-other = a different kind of value
parse-fix-text = Put the value in double quotes, for example "value" (ID and phone numbers are text too).
parse-fix-number = Write the number without quotes.
parse-fix-boolean = Write true or false without quotes.
parse-fix-date = Write the date without quotes, for example 2027-11-02.
parse-fix-datetime = Write the date and time with its offset, without quotes, for example 2026-11-20T09:30:00+08:00.
parse-fix-table = Write a table, for example { "{" } done = true { "}" }.
parse-fix-list = Write a list in square brackets, for example ["general"].
parse-fix-other = See docs/application-format.md for what this field takes.
parse-unknown-value = "{ $found }" is not a value this field takes. Use one of: { $allowed }.
parse-missing-field = the key { $name } is missing here. Add it (docs/application-format.md lists what each table needs).
parse-invalid-date = { $value } is not a real date. Correct the month or the day.
parse-duplicate = this is written twice. Keep one and move what the other holds into it.

## The command line's output
cli-output-failed = The output could not be written: { $reason }. Check the disk or the file the output goes to.
check-summary-unreadable = { $files ->
    [one] 1 file
   *[other] { $files } files
}: { $unreadable } could not be read, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos } advice.

## A rules override that cannot be used
rules-problem-format = the first line must be format = "icp-tui/rules-override".
rules-problem-version = version { $value } is not one this icp-tui reads. Write version = 1, or update icp-tui.
rules-problem-no-source = this fact names no source. Add source = ["KEY"] with a key of [sources].
rules-problem-unknown-source = the source "{ $value }" is neither built in nor in the file's [sources]. Add it there.
rules-problem-bad-code = "{ $value }" is not a province code: write the two-digit GB/T 2260 code (71, 81 and 82 have no filing administration).
rules-problem-duplicate = "{ $value }" is given twice. Keep one entry.
rules-problem-unknown-document = the document "{ $value }" is defined nowhere. Add a [[document]] with this id, or correct the id.
rules-problem-other = this entry is not valid. See docs/rules.md for its shape.

## check: one line a file, errors only
cli-check-summary = One line a file: its errors, warnings, advice and most urgent deadline
cli-check-errors-only = Only files with an error (or that cannot be read), and only their errors; the exit code is unchanged
check-line = { $file }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos } advice; { $deadline }
check-line-deadline = next deadline { $date } ({ $kind }, { $left })
check-line-no-deadline = no deadline
check-line-unreadable = { $file }: ? not checked: the file cannot be read (the reason is on stderr)
