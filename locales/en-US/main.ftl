## The frame around every screen: title bar, step bar, footer, help, messages.

app-name = icp-tui
app-tagline = ICP filing assistant
lang-name = English
lang-switched = Language: English

step-province = Province
step-subject = Subject
step-websites = Websites
step-apps = Apps
step-access = Hosting
step-documents = Documents
step-domains = Domains
step-countdown = Countdown
step-review = Review

key-quit = Quit
key-help = Help
key-language = 中文
key-back = Back
key-next-step = Next step
key-prev-step = Previous step
key-select = Select
key-move = Move
key-open = Open
key-new = New
key-rename = Rename
key-delete = Delete
key-confirm = Confirm
key-cancel = Cancel
key-close = Close
key-type-to-filter = Type to filter
key-clear = Clear

help-title = Keys
help-global = Everywhere
help-this-screen = On this screen
help-close-hint = Press Esc, ? or F1 to close.

saved = Saved
save-failed = Could not save { $file }: { $reason }
read-only-banner = Read-only: another icp-tui has this profile open. Nothing can be changed here.

## Application list

list-title = Your filings
list-col-title = Title
list-col-province = Province
list-col-step = Step
list-col-updated = Last change
list-empty = No filings yet. Press n to start one.
list-unreadable = Unreadable
list-unreadable-detail = { $file } cannot be read: { $reason }. It is kept as it is; fix it in an editor or move it away.
list-untitled = (untitled)
list-no-province = not chosen
list-count = { $count ->
    [one] 1 filing
   *[other] { $count } filings
}
new-application-title = Filing { $n }
rename-title = Rename filing
rename-prompt = New title
delete-title = Delete filing
delete-confirm = Delete "{ $title }"? Its file is removed from the profile. Press y to delete, n or Esc to keep it.
delete-unreadable = This file cannot be read, so icp-tui does not delete it. Move it away yourself: { $file }

## Province step

province-title = Where is the filing made?
province-intro = Individuals file in the province of their ID card (or residence permit); organisations in the province of their business licence.
province-filter = Filter
province-filter-hint = name, pinyin, initials or code
province-no-match = No province matches "{ $query }".
province-selected = Chosen: { $name }
province-chosen-mark = chosen
province-facts = Rules of { $name }
province-code = Code
province-abbr = ICP prefix
province-abbr-alt = also seen
province-individuals = Individuals
province-individuals-yes = may file
province-individuals-no = may not file
province-nonlocal = Non-local individuals
province-legal-rep = Subject leader
province-legal-rep-yes = must be the legal representative
province-legal-rep-no = may be someone other than the legal representative (with authorisation)
province-legal-rep-unknown = sources disagree; prepare an authorisation to be safe
province-domain-validity = Domain validity left
province-domain-validity-days = at least { $days ->
    [one] 1 day
   *[other] { $days } days
}
province-review = Administration review
province-review-days = up to { $days ->
    [one] 1 working day
   *[other] { $days } working days
}
province-extra-docs = Extra documents
province-notes = Notes
province-source = Source
province-as-of = as of { $date }
province-unknown = not known
error-at-line = line { $line }
error-in-field = field { $field }
parse-syntax = not valid TOML ({ $detail })
parse-value = { $detail }
parse-not-application = this is not an icp-tui application (format must be "icp-tui/application")
parse-missing-version = version is missing or not a whole number
parse-newer-version = written by a newer icp-tui (file version { $version }); update icp-tui to open it
nonlocal-not_accepted = not accepted
nonlocal-residence_permit = with a local residence permit
nonlocal-proof_of_residence = with proof of residence, study or work here
nonlocal-supported = accepted
nonlocal-unknown = no rule found
key-scroll = Scroll
key-scroll-facts = Read the rules
key-back-to-list = Back to the list
label-sep = {": "}
in-parentheses = {" "}({ $text })
days-left = { $days ->
    [0] today
    [one] in 1 day
   *[other] in { $days } days
}
days-ago = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
field-checklist = Document checklist
