# Importing from spreadsheets: localized words, the checklist columns.

## An enum cell's accepted words: "Individual (individual), Enterprise (enterprise)".
import-word = { $label } ({ $name })
import-word-separator = {", "}
transfer-cell-ambiguous = “{ $value }” names more than one value of this field.
transfer-cell-ambiguous-fix = Write the one you mean: { $allowed }.
transfer-cell-tick = “{ $value }” does not say whether the document is ready.
transfer-cell-tick-fix = Write yes or no (✓, true/false, 1/0 and 是/否 also work), or leave it empty.

## The checklist's columns: "Documents: Resident identity card".
import-sec-checklist = Documents
import-header-ambiguous = { $file }, row { $row }, column { $letter }: “{ $header }” names more than one column ({ $paths }). Use its path instead.
