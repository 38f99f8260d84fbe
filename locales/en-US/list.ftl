# Messages of the list work (en-US).

## The list while the profile's files are read (app::reading)

list-reading-folder = reading the profile's folder
list-reading = read { $done } of { $total ->
    [one] 1 file
   *[other] { $total } files
}, still reading
list-reading-wait = The profile's files are still being read; the list fills in as they are.
list-folder-error = The folder { $folder } cannot be read now ({ $reason }); the list shows what was read before.

## The list as a dashboard

key-list-filter = Filter
key-list-sort = Sort
key-list-clear = Clear filter
key-list-filter-done = Keep filter
list-count-shown = { $shown } of { $count ->
    [one] 1 filing
   *[other] { $count } filings
}
list-sorted-urgency = sorted by urgency
list-sorted-title = sorted by title
list-sorted-province = sorted by province
list-sorted-updated = sorted by last change
list-filter = Filter
list-filter-placeholder = title, subject, domain, reference or province
list-filter-none = No filing matches the filter. Esc clears it.
list-col-reference = Ref.
list-col-subject = Subject
list-col-errors = Err
list-col-warnings = Warn
list-col-deadline = Next due
list-due-today = today
list-due-in = { $days } d left
list-due-late = { $days } d late
list-due-none = none

## The rules in force, above the list

list-rules-builtin = Rules: built-in, sources up to { $date }
list-rules-override = Rules: built-in + override, sources up to { $date }: { $path }
