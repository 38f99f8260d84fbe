## Registrars, readiness, the tracker's order and working days

## Working days
deadline-estimate = 估算：{ $year } 年的节假日安排尚未公布，{ $year } 年只扣除了周末。
