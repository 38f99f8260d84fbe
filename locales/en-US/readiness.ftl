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
review-documents-missing = Not ready: required documents are not ticked yet (see Documents).
review-missing = Not ready: { $count ->
    [one] one required answer is missing (listed below).
   *[other] { $count } required answers are missing (listed below by step).
}
review-missing-answer = required, not answered yet
field-websites = At least one website
