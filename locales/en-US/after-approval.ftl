## After approval: notices, changes, footer, calendar

## Findings of notices.rs and changes.rs

finding-NOTICE_DUE = The notice "{ $about }" must be dealt with by { $date } ({ $days ->
    [one] 1 day
   *[other] { $days } days
} left).
finding-NOTICE_DUE-fix = Fix what it asks and confirm with whoever sent it, then record the day it was done.
finding-NOTICE_OVERDUE = The notice "{ $about }" was due on { $date } and is still open: access can be cancelled, and the filing with it.
finding-NOTICE_OVERDUE-fix = Fix it and contact the provider today; if it is done, record the day it was done.
finding-NOTICE_NO_DEADLINE = The notice "{ $about }" is open but has no deadline, so it cannot be counted down.
finding-NOTICE_NO_DEADLINE-fix = Enter the deadline the notice states (often 7 days after it arrived).
finding-NOTICE_DATES_ORDER = A date of the notice is before the day it was received ({ $received }): { $date }.
finding-NOTICE_DATES_ORDER-fix = Check the dates against the notice.
finding-CHANGE_FILING_DUE = The change "{ $what }" takes effect on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}, and its change filing is not recorded.
finding-CHANGE_FILING_DUE-fix = File the change with your provider now (Order 33 Art. 14 asks for { $ahead } days ahead) and record the day.
finding-CHANGE_NOT_FILED = The change "{ $what }" was planned for { $date } and no change filing is recorded: the filed data no longer match.
finding-CHANGE_NOT_FILED-fix = File the change with your provider now, or record the day it was filed.

## Deadlines

deadline-notice = Notice must be dealt with
deadline-change_filing = Change filing due
deadline-psb_badge = PSB number and badge on the homepage
countdown-kind-notice = Notice deadline
countdown-kind-change_filing = Change filing due
countdown-kind-psb_badge = PSB badge on homepage
status-deadline-notice = a rectification notice must be dealt with
status-deadline-change_filing = a change must be filed
status-deadline-psb_badge = the PSB number and badge must be on the homepage

## icp-tui footer

cli-footer-about = Print the footer a filed website must carry: the ICP number linked to the MIIT filing system and, once filed, the PSB number and badge linked to the MPS query page.
cli-footer-website = The website the footer is for, counted from 1. Default: the first.
cli-footer-domain = The website the footer is for, by its domain.
cli-footer-format = html (the snippet to paste; notes on the standard error) or text (the numbers and links in words).
cli-footer-file = The application file (TOML).
cli-footer-bad-format = Unknown format "{ $value }". Available formats: html, text.
cli-footer-unreadable = { $file } cannot be read: { $reason }
cli-footer-no-website = { $file } has no website { $which }. Name one of its websites with --website N (from 1) or --domain.
footer-not-issued = { $file } records no ICP number: it is not issued yet, so there is no footer to show. Enter the number exactly as the administration issued it (progress.icp_number) once approved.
footer-icp-invalid = The ICP number recorded in { $file } is not a filing number ({ $reason }), so no footer is printed. Copy the number again from the approval message.
footer-text-website = Website: { $domain }
footer-text-icp = ICP number: { $number }, as text, linked to { $url }, at the bottom centre of the homepage.
footer-text-psb = PSB number: { $number }, with the badge, linked to { $url }.
footer-note-subject-of-several = The recorded number ends in -n, which is one website's, and the file does not say which: the subject number is shown, which any of its websites may carry.
footer-note-subject-from-app = The recorded number is an app's or mini-program's: a website shows the subject number.
footer-note-psb-none = No PSB number recorded yet: file with the PSB within { $filing } days of opening, then show its number and badge within { $display } days of approval.
footer-note-psb-invalid = The recorded PSB number is not one ({ $reason }): it is left out of the footer. Copy it again from the PSB platform.
footer-note-badge = The badge image is the one the PSB platform gives with its snippet: serve it as { $src } next to the page, or change the src.

## icp-tui export --format ics

cli-export-one-file = The markdown export takes exactly one application file.
ics-calendar-name = ICP filing deadlines
ics-summary = { $what }: { $filing }
ics-description = Due { $due }: { $what }. Filing: { $filing } ({ $file }), field { $field }. Written by icp-tui; export again to update.

## icp-tui status --due

cli-status-due = Only what falls due within DAYS days (overdue included); exit 1 when there is any, for cron or a systemd timer.
status-due-heading = { $count ->
    [one] One deadline
   *[other] { $count } deadlines
} within { $days ->
    [one] 1 day
   *[other] { $days } days
} in { $profile }:
status-due-none = Nothing falls due within { $days ->
    [one] 1 day
   *[other] { $days } days
} in { $profile }.

## The After approval step

step-watch = After approval
watch-title = After approval: keep the filing alive
watch-key-pane = Notices/changes
watch-key-done = Done/filed today
watch-key-copy = Copy footer
watch-notices = Notices ({ $count })
watch-notices-empty = No rectification or verification notice. Press n when one arrives.
watch-changes = Planned changes ({ $count })
watch-changes-empty = No planned change of filed data. Press n to plan one: it is filed { $ahead } days ahead.
watch-keep = Keeping it alive
watch-keep-empty = No date recorded yet: enter the instance's and the domain's expiry on their steps.
watch-footer = Footer
watch-notice-title = Notice { $n }
watch-change-title = Planned change { $n }
watch-remove-notice = Remove this notice? y: remove, n: keep
watch-remove-change = Remove this change? y: remove, n: keep
watch-item = #{ $n }
watch-done-on = done { $date }
watch-filed-on = filed { $date }
watch-no-deadline = ? no deadline entered
watch-no-planned = no date planned
watch-planned = planned { $date }
watch-footer-not-issued = No ICP number yet: it appears here once recorded on the Countdown step.
watch-footer-invalid = The recorded ICP number is not a filing number: correct it on the Countdown step.
watch-footer-icp = ICP number
watch-footer-psb = PSB number
watch-footer-psb-none = No PSB number yet: the badge follows once it is recorded.
watch-footer-psb-invalid = The recorded PSB number is not one: it is left out of the footer.
watch-copy-no-number = Nothing to copy: no usable ICP number is recorded.
watch-copied-both = Saved to { $path } and sent to the terminal's clipboard (OSC 52: only if the terminal accepts it).
watch-copied-file = Saved to { $path } (the clipboard could not be asked).
watch-copied-clipboard = Footer HTML sent to the terminal's clipboard (OSC 52; some terminals ignore it); not saved to a file (read-only).
watch-copy-failed = The footer could not be copied or saved: { $reason }
notice-about = About
notice-about-hint = what the notice asks, in a few words
notice-from = From
notice-from-provider = provider
notice-from-administration = administration
notice-received = Received
notice-deadline = Deadline
notice-deadline-hint = as the notice states (often 7 days)
notice-done = Done on
notice-done-hint = empty while open
change-what = What changes
change-what-hint = a field such as subject.address, or words
change-planned = Takes effect
change-filed = Change filed
change-filed-hint = empty while not filed
