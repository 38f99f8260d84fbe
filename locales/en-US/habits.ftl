# Messages of the habits work (en-US).

## Dates as people write them

# The placeholder of an empty date field.
habits-date-hint = 2030-02-03, 2030/02/03, 2030.02.03 or 2030年2月3日
# Under a date field while it is typed: nothing is read or rewritten until the field is left.
habits-date-incomplete = Not saved yet: the date is read when you leave the field (Tab, Enter).
habits-date-invalid = Not a date: write it as 2030-02-03, 2030/02/03, 2030.02.03 or 2030年2月3日; not saved yet.
# A real month without that day (2030-02-30): say how many days the month has.
habits-date-no-such-day = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} has { $days } days that year; not saved yet.
habits-tracker-not-a-date = Not a date: write it as 2026-11-24 or 2026/11/24. Nothing was saved.
habits-tracker-not-an-instant = Not a date and time: write it as 2026-11-24 16:00 (China time) or 2026-11-24T16:00:00+08:00. Nothing was saved.

## --help

habits-cli-arguments = Arguments
habits-cli-examples = Examples
habits-cli-example-tui = Open the interactive app where you left off
habits-cli-example-lang = The same, in Simplified Chinese
habits-cli-example-check = Check a file; exit 1 on an error or a missing answer
habits-cli-example-status-due = Filings with a deadline in the next 30 days
habits-cli-example-export = Write the checklist, findings and deadlines as Markdown
habits-cli-example-check-one = Check one file and read the report
habits-cli-example-check-summary = One line a file, for many files
habits-cli-example-check-json = As JSON, counting the deadlines from 1 January 2027
habits-cli-example-status = Every filing of the profile, one line each
habits-cli-example-export-ics = Every deadline of the profile as a calendar

## Wording

# The provinces a document's rule applies in, under its "Why".
habits-documents-provinces = Provinces

## The step bar at 80 columns: short names (at most 5 letters) when the full ones do not fit

habits-step-short-province = Prov
habits-step-short-subject = Subj
habits-step-short-websites = Sites
habits-step-short-apps = Apps
habits-step-short-access = Host
habits-step-short-documents = Docs
habits-step-short-domains = Dom
habits-step-short-countdown = Due
habits-step-short-watch = After
habits-step-short-review = Rev

## A stray Esc in the wizard

habits-leave-title = Leave this filing?
habits-leave-confirm = A field holds text that was not saved (it is not a valid value yet); it is lost if you leave. Press y to go back to the list, n or Esc to stay.
habits-key-leave = Leave
habits-key-stay = Stay

## Ctrl+Z and the mouse (help)

habits-key-suspend = Suspend to the shell (fg resumes)
# In the help: what the mouse does, and how to select text while icp-tui has the mouse.
habits-help-mouse = Mouse: the wheel moves, a click selects. Shift+drag selects text.

## --help: clap's default and possible values, said in the language of the help

# Joins the values in the two sentences below.
habits-cli-value-separator = {", "}
# After an option's help: the value used when it is not given (what the user types).
habits-cli-default-value = Default: { $value }.
# After an argument's help that does not name its values already.
habits-cli-possible-values = Values: { $values }.
