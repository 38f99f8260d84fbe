## Registrars, readiness, the tracker's order and working days

## Working days
deadline-estimate = Estimate: the { $year } holiday calendar is not published yet, so only weekends were skipped in { $year }.
