# Importing from spreadsheets: localized words, the checklist columns.
