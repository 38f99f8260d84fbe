## Command line

cli-about = icp-tui prepares a China ICP filing (ICP备案) before you submit it and keeps watch after approval: province rules, checked data, the document checklist, domain real-name checks and renewal countdowns.
cli-after-help = Without a command, icp-tui opens the interactive app and resumes where you left off.
cli-usage = Usage
cli-commands = Commands
cli-options = Options
cli-lang = Language: en-US or zh-CN. Default: the saved choice, else LC_ALL, LC_MESSAGES or LANG. zh-TW, zh-HK and other Chinese locales get Simplified Chinese (zh-CN); Traditional Chinese is not available yet.
cli-profile = Profile folder. Default: $ICP_TUI_PROFILE, else the platform data folder. check and export read only its saved language; export also takes the id of one of its filings instead of FILE.
cli-help = Print help
cli-version = Print version
cli-unknown-lang = Unknown language "{ $value }". Available languages: { $available }.
cli-profile-none = Cannot find a folder for the profile. Give one with --profile DIR or ICP_TUI_PROFILE=DIR.
cli-terminal-error = The terminal could not be used: { $reason }

profile-error-cannot_create = Cannot create the profile folder { $path }: { $reason }. Choose another folder with --profile DIR.
profile-error-not_a_directory = { $path } is not a folder. Choose a folder with --profile DIR.
profile-error-missing = { $path } does not exist.
profile-error-not_writable = Cannot write to the profile folder { $path }: { $reason }. Check its permissions or choose another folder with --profile DIR.
profile-error-locked = Another icp-tui is using the profile { $path }. Close it first.
profile-error-read_only = The profile { $path } is open read-only.
profile-error-invalid_id = { $path } is not a valid application name.
profile-error-unreadable = { $path } cannot be read: { $reason }
profile-error-io = { $path }: { $reason }

## icp-tui check

cli-check-about = Check application files and report findings and deadlines. Exit 0: no errors; 1: errors found; 2: a file could not be read or parsed.
cli-check-json = Print one JSON document instead of the readable report
cli-check-today = Check as of this date (YYYY-MM-DD means 12:00 China time) or RFC 3339 date-time
cli-check-complete = Treat missing required answers (APPLICATION_INCOMPLETE) as an error: exit 1 unless every filing is complete
cli-check-files = Application files to check
check-bad-today = "{ $value }" is not a date (YYYY-MM-DD) or an RFC 3339 date-time.
check-rules-broken = The rules override { $path } cannot be used: { $reason }. Fix it or move it away.
check-unreadable = { $file } cannot be read: { $reason }
check-file = == { $file } ==
check-no-findings = No findings.
check-group-error = Errors ({ $count })
check-group-warning = Warnings ({ $count })
check-group-info = Advice ({ $count })
check-fix = What to do
check-deadlines = Deadlines
check-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos } advice.
check-rules-builtin = Rules in force: built-in, sources up to { $date }.
check-rules-override = Rules in force: built-in with the override { $path }, sources up to { $date }.
cli-export-about = Write an application's checklist, findings and deadlines as a document (Markdown) to print or send to a colleague, or the deadlines of filings as a calendar (iCalendar).
cli-export-today = The date the countdowns use: 2026-11-22 (that day at 12:00 in China) or a date and time such as 2026-11-24T16:00:00+08:00. Default: now.
cli-export-bad-format = Unknown format "{ $value }". Available formats: markdown, csv, ics.
cli-export-bad-today = "{ $value }" is not a date (2026-11-22) or a date and time (2026-11-24T16:00:00+08:00).
cli-export-unreadable = { $file } cannot be read: { $reason }
cli-export-write-failed = Could not write { $path }: { $reason }

## icp-tui status

cli-status-about = List every filing of the profile with its step, problems and next deadline. Reads the profile without locking or changing it.
cli-status-json = Print one JSON document (its shape is described in docs/cli.md)
cli-status-today = The date to check against, YYYY-MM-DD (that day at 12:00 in China) or an RFC 3339 date-time. Default: now.
cli-bad-today = "{ $value }" is not a date: give --today as YYYY-MM-DD, e.g. 2026-11-22.

## app-info (help texts; the command's output is in apps.ftl)
cli-app-info-about = Read what an app filing asks for (package name or bundle id, certificate MD5, SHA-1, SHA-256 and public key) from a certificate (PEM or DER), an APK or an IPA. Exit 0, 1 for a debug or development certificate, 2 when the file cannot be read.
cli-app-info-json = Print one JSON document (its shape is described in docs/cli.md)
cli-app-info-file = A certificate, APK or IPA
