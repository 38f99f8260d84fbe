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

## The XLSX template's notes on a column (shown when a cell of it is chosen).
import-note-choice = One of: { $labels }; in English or Chinese, or the name icp-tui saves.
import-note-choice-many = A name as icp-tui shows it, in English or Chinese, or the name it saves; a word it does not know is reported with the list of them all.
import-note-province = The province's name in Chinese or English (广东, 广东省, Guangdong), or its code (44).
import-note-several = Several separated by ;.
import-note-tick = Ready: yes, ✓ or 是. Not ready: no or 否. Empty: not answered.
