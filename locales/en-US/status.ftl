## icp-tui status


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
