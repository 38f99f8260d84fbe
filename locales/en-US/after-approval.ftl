## After approval: notices, changes, footer, calendar

## Findings of notices.rs and changes.rs

finding-NOTICE_DUE = The notice "{ $about }" must be dealt with by { $date } ({ $days } days left).
finding-NOTICE_DUE-fix = Fix what it asks and confirm with whoever sent it, then record the day it was done.
finding-NOTICE_OVERDUE = The notice "{ $about }" was due on { $date } and is still open: access can be cancelled, and the filing with it.
finding-NOTICE_OVERDUE-fix = Fix it and contact the provider today; if it is done, record the day it was done.
finding-NOTICE_NO_DEADLINE = The notice "{ $about }" is open but has no deadline, so it cannot be counted down.
finding-NOTICE_NO_DEADLINE-fix = Enter the deadline the notice states (often 7 days after it arrived).
finding-NOTICE_DATES_ORDER = A date of the notice is before the day it was received ({ $received }): { $date }.
finding-NOTICE_DATES_ORDER-fix = Check the dates against the notice.
finding-CHANGE_FILING_DUE = The change "{ $what }" takes effect on { $date }, in { $days } days, and its change filing is not recorded.
finding-CHANGE_FILING_DUE-fix = File the change with your provider now (Order 33 Art. 14 asks for 30 days ahead) and record the day.
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
