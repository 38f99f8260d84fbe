## icp-tui status

cli-status-about = List every filing of the profile with its step, problems and next deadline. Reads the profile without locking or changing it.
cli-status-json = Print one JSON document (its shape is described in docs/cli.md)
cli-status-today = The date to check against, YYYY-MM-DD (that day at 12:00 in China) or an RFC 3339 date-time. Default: now.
cli-bad-today = "{ $value }" is not a date: give --today as YYYY-MM-DD, e.g. 2026-11-22.

status-heading = Profile { $profile }: { $count ->
    [one] 1 filing
   *[other] { $count } filings
}
status-empty = No filings yet. Run icp-tui to start one.
status-line = { $province }, step: { $step }, { $errors ->
    [0] no errors
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] 1 warning
   *[other] { $warnings } warnings
}
status-next-deadline = Next: { $what } on { $due } ({ $when })
status-in-days = { $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } days
}
status-days-ago = { $days ->
    [one] yesterday
   *[other] { $days } days ago
}
status-no-deadline = No deadline yet.
status-unreadable = ! { $file } cannot be read: { $reason }

status-deadline-access_subscription = the hosting subscription ends
status-deadline-domain_expiry = a domain expires
status-deadline-certificate_expiry = the subject's certificate expires
status-deadline-leader_id_expiry = a leader's ID expires
status-deadline-sms_verification = the verification text message must be answered
status-deadline-administration_review = the administration's review should be over
status-deadline-psb_filing = the public-security filing is due
status-deadline-real_name_sync = real-name data should have reached the administration
