## Registrars, readiness, the tracker's order and working days
