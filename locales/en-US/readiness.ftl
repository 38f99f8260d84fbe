## Registrars, readiness, the tracker's order and working days

## Working days
deadline-estimate = Estimate: the { $year } holiday calendar is not published yet, so only weekends were skipped in { $year }.

## Registrars and where a domain rule comes from
domains-not-checked = not checked
domains-source = Source
domains-source-line = { $what } (as of { $date })
finding-REGISTRAR_NOT_APPROVED = The registrar "{ $registrar }" is outside the Chinese mainland and not licensed by the MIIT: a domain held there cannot be filed.
finding-REGISTRAR_NOT_APPROVED-fix = Transfer the domain to a registrar licensed in China (such as Alibaba Cloud, Tencent Cloud or Huawei Cloud), complete real-name verification there, then enter the new registrar here.
finding-REGISTRAR_UNKNOWN = The registrar "{ $registrar }" is not in icp-tui's list, so whether it is licensed in China was not checked.
finding-REGISTRAR_UNKNOWN-fix = Look the registrar up in the MIIT's list of licensed registrars (domain.miit.gov.cn). If it is overseas, transfer the domain first; if it is licensed, add it to rules-override.toml.

## Readiness
finding-APPLICATION_INCOMPLETE = { $count ->
    [one] One required answer is still missing: { $fields }.
   *[other] { $count } required answers are still missing, starting with: { $fields }.
}
finding-APPLICATION_INCOMPLETE-fix = Answer them in the wizard (the Review step lists them all; Enter goes to each), or fill them in the file.
review-ready-to-submit = Ready to submit: nothing required is missing and no error remains.
review-documents-missing = Not ready: required documents are not ticked yet, or their scans failed their check (see Documents).
review-missing = Not ready: { $count ->
    [one] one required answer is missing (listed below).
   *[other] { $count } required answers are missing (listed below by step).
}
review-missing-answer = required, not answered yet
field-websites = At least one website

## The tracker's order
finding-PROGRESS_ORDER = { $event } is dated { $date }, before { $prior } ({ $prior_date }).
finding-PROGRESS_ORDER-fix = Check both dates in the tracker: one of them is probably mistyped or in the wrong field.
finding-SITE_OPENED_BEFORE_APPROVAL = The site is recorded as opened on { $date }, before the administration approved the filing.
finding-SITE_OPENED_BEFORE_APPROVAL-fix = Keep the site offline (the domain must not resolve to it) until the filing is approved: opening early can get it refused or cancelled. If a date is mistyped, correct it.
arg-event-provider_approved = The provider's approval
arg-event-sms_requested = The verification text message
arg-event-sms_verified = The answer to the text message
arg-event-approved = The administration's approval
arg-event-psb_filed = The public-security filing
arg-prior-submitted = the submission to the provider
arg-prior-provider_approved = the provider's approval
arg-prior-sms_requested = the verification text message
arg-prior-approved = the administration's approval
review-ready-but-open = Nothing required is missing and no error remains, but { $count ->
    [one] one point
   *[other] { $count } points
} below could not be confirmed or may be questioned: read them before you submit.
