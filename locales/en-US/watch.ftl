## Documents, domains and countdown steps, and the filing tracker.

finding-fallback = { $code } ({ $field })

## Documents step

documents-title = Documents
documents-ready = { $done } of { $total } required ready
documents-kept = +{ $count } no longer required
documents-empty = Nothing to list yet. The checklist follows your answers: choose the province and the kind of subject, and add the websites.
documents-if-applicable = if applicable
documents-if-applicable-detail = Needed only in the cases described below.
documents-not-required = no longer required
documents-not-required-detail = Your current answers no longer require this document. It stays on the list, ticked, until you untick it with Space.
documents-why = Why
documents-how = How to get it
documents-source = Source
documents-as-of = as of { $date }
documents-scan-ok = scan ✓
documents-scan-bad = scan ✗
documents-scan-unchecked = scan ?
documents-file = Scan
documents-file-hint = path of an image or PDF (Enter)
documents-file-none = No scan attached.
documents-file-unchecked = Not checked yet.
documents-file-usable = { $kind } file, readable.
documents-file-renamed = Readable, but it is a { $actual } file named .{ $named }; some portals go by the name.
documents-file-missing = Not found. Check the path (relative paths start in the folder icp-tui was started from; ~/ is your home).
documents-file-not-a-file = This is a folder, not a file.
documents-file-unreadable = Cannot be read: check its permissions.
documents-file-empty = The file is empty.
documents-file-wrong-extension = Not an image or a PDF by its name (use .jpg, .png, .pdf and the like).
documents-file-not-image-or-pdf = Named like an image or a PDF, but its content is neither.
documents-note = Note
documents-note-hint = anything to remember (Shift+Tab)
documents-key-tick = Tick
documents-key-attach = Scan and note
documents-key-note = Note
documents-key-next-field = Next field

## Domains step

domains-title = Domain real-name checks
domains-no-websites = No websites yet. Add them in the Websites step; each website's domain is checked here.
domains-website-n = website { $n }
domains-no-domain = This website has no domain yet.
domains-summary = { $passed } passed, { $failed } failed, { $unknown } not known yet
domains-no-checks = No checks to show yet.
domains-item-well_formed = A registrable domain, written as a domain
domains-item-approved_tld = Top-level domain approved by the MIIT
domains-item-registrar = Registrar accredited in China
domains-item-real_name_verified = Real-name verification done
domains-item-registrant_matches = Registrant is the filing subject
domains-item-validity = Enough validity left
domains-item-one_domain_per_site = One domain per website
domains-item-not_duplicate = Not used by another website
domains-item-verification_settled = Real-name data has reached the administration
domains-equal-after-normalizing = Equal once full-width and half-width forms (such as （ and ( ), spaces and letter case are treated as the same.
domains-unknown = not answered yet
domains-fix = What to do
domains-compare-title = Registrant and subject
domains-registrant = Registrant
domains-subject = Subject
domains-not-entered = not entered yet
domains-compare-same = Identical.
domains-compare-normalized = Equal: they differ only in full-width and half-width forms, spaces or letter case, which count as the same.
domains-compare-differs = They differ. The registrant must be the filing subject.
domains-compare-legend = ^ differs   ~ same once full-width/half-width, spaces and case are ignored
domains-key-website = Other website

## Countdown step and filing tracker

countdown-title = Countdown and filing tracker
countdown-stage-submitted = Submitted
countdown-stage-provider = Provider
countdown-stage-sms = SMS
countdown-stage-administration = Approved
countdown-stage-opened = Site open
countdown-stage-psb = PSB
countdown-deadlines = Deadlines
countdown-tracker = Tracker
countdown-tab-hint = Tab switches
countdown-time-left = { $time } left
countdown-time-overdue = { $time } overdue
countdown-due-today = due today
countdown-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
countdown-days-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
countdown-kind-access_subscription = Instance subscription ends
countdown-kind-domain_expiry = Domain expires
countdown-kind-certificate_expiry = Subject certificate expires
countdown-kind-leader_id_expiry = Leader's ID expires
countdown-kind-sms_verification = SMS verification window
countdown-kind-administration_review = Administration review due
countdown-kind-psb_filing = PSB filing due
countdown-kind-real_name_sync = Real-name data synced
countdown-none = No dates to watch yet. They appear as you record the domains, identity documents, the hosting instance and the filing's progress.
countdown-instance-warning = If the instance lapses, the filing gets cancelled: renew it in time.
countdown-instance-missing = The instance's subscription end is not recorded (Hosting step). If the instance lapses, the filing gets cancelled.
countdown-key-tracker = Tracker
countdown-key-deadlines = Deadlines
countdown-key-record = Record
countdown-key-save = Save

tracker-field-submitted = Submitted to provider
tracker-field-provider_approved = Provider review passed
tracker-field-sms_requested = SMS received
tracker-field-sms_verified = SMS verified
tracker-field-approved = Administration approved
tracker-field-icp_number = ICP number
tracker-field-site_opened = Site opened
tracker-field-psb_filed = PSB filing done
tracker-field-psb_number = PSB number
tracker-hint-date = YYYY-MM-DD
tracker-hint-instant = YYYY-MM-DD HH:MM
tracker-hint-text = as on the approval notice
tracker-edit-hint = Enter saves, Esc cancels; an empty value clears the field.

## icp-tui export (Markdown)

export-title = ICP filing: { $title }
export-intro = From { $file }, as of { $today }. Rules as of { $rules }. Prepared with icp-tui; check each point against your provider's current instructions.
export-summary = Summary
export-subject = Subject
export-province = Province
export-website = Website { $n }
export-not-given = not given yet
export-documents = Documents
export-documents-none = No documents listed yet: the checklist follows the subject's kind, the province and the websites.
export-findings = Findings
export-findings-none = Nothing found.
export-severity-error = { $count ->
    [one] 1 error (blocks the filing)
   *[other] { $count } errors (block the filing)
}
export-severity-warning = { $count ->
    [one] 1 warning (risks a rejection)
   *[other] { $count } warnings (risk a rejection)
}
export-severity-info = { $count ->
    [one] 1 piece of advice
   *[other] { $count } pieces of advice
}
export-fix = What to do
export-deadlines-none = No dates to watch yet.
export-col-deadline = Deadline
export-col-due = Due
export-col-left = Left
export-progress-none = Nothing recorded yet.
export-footer = icp-tui prepares a filing; the provider and the communications administration decide on it.
tracker-suggestion = { $value } (Enter records it)
