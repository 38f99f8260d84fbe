# Messages of the transfer work (en-US): import from spreadsheets, the template, export of
# many filings, the TUI's export key.

## Spreadsheet columns: "<section>: <field>" (entries count from 1)

transfer-column-title = { $section }: { $field }
transfer-sec-meta = Filing
transfer-sec-subject = Subject
transfer-sec-subject-leader = Subject leader
transfer-sec-websites = Website { $n }
transfer-sec-websites-leader = Website { $n } leader
transfer-sec-websites-registration = Website { $n } registration
transfer-sec-websites-footer = Website { $n } footer
transfer-sec-apps = App { $n }
transfer-sec-apps-leader = App { $n } leader
transfer-sec-apps-android = App { $n } Android
transfer-sec-apps-ios = App { $n } iOS
transfer-sec-apps-harmonyos = App { $n } HarmonyOS
transfer-sec-apps-mini-program = App { $n } mini-program
transfer-sec-access = Access
transfer-sec-progress = Progress
transfer-sec-notices = Notice { $n }
transfer-sec-changes = Change { $n }

transfer-field-title = Title
transfer-field-reference = Client reference
transfer-field-step = Step
transfer-field-kind = Kind
transfer-field-name = Name
transfer-field-province = Province
transfer-field-city = City
transfer-field-address = Mailing address
transfer-field-certificate-type = Certificate type
transfer-field-certificate-number = Certificate number
transfer-field-certificate-expires = Certificate expires
transfer-field-residence-permit = Residence permit
transfer-field-address-in-document-city = Address in document city
transfer-field-is-legal-representative = Legal representative
transfer-field-id-type = ID type
transfer-field-id-number = ID number
transfer-field-id-expires = ID expires
transfer-field-mobile = Mobile
transfer-field-mobile-local = Mobile is local
transfer-field-phone = Phone
transfer-field-email = E-mail
transfer-field-domain = Domain
transfer-field-homepage = Homepage
transfer-field-content = Content
transfer-field-pre-approvals = Pre-approvals
transfer-field-languages = Languages
transfer-field-registrant = Registrant
transfer-field-registrar = Registrar
transfer-field-real-name-verified = Real-name verified
transfer-field-verified-on = Verified on
transfer-field-expires = Expires
transfer-field-url = URL
transfer-field-provider = Provider
transfer-field-service-type = Service type
transfer-field-service-name = Service name
transfer-field-instance-id = Instance ID
transfer-field-region = Region
transfer-field-billing = Billing
transfer-field-subscription-start = Subscription start
transfer-field-subscription-end = Subscription end
transfer-field-public-ip = Public IP
transfer-field-public-ip-address = Public IP address
transfer-field-service-codes-used = Service codes used
transfer-field-edition = Edition
transfer-field-order-amount-cny = Order amount (CNY)
transfer-field-submitted = Submitted
transfer-field-provider-approved = Provider approved
transfer-field-sms-requested = SMS received
transfer-field-sms-verified = SMS verified
transfer-field-approved = Approved
transfer-field-icp-number = ICP number
transfer-field-site-opened = Site opened
transfer-field-psb-filed = PSB filed
transfer-field-psb-number = PSB number
transfer-field-app-numbers = App numbers
transfer-field-received = Received
transfer-field-deadline = Deadline
transfer-field-from = From
transfer-field-about = About
transfer-field-done = Done
transfer-field-what = What
transfer-field-planned = Planned
transfer-field-filed = Filed
transfer-field-platforms = Platforms
transfer-field-domains = Back-end domains
transfer-field-domain-numbers = Domain ICP numbers
transfer-field-icon = Icon
transfer-field-package = Package
transfer-field-public-key = Public key
transfer-field-signature-md5 = Signature MD5
transfer-field-bundle-id = Bundle ID
transfer-field-signature-sha1 = Signature SHA-1
transfer-field-bundle-name = Bundle name
transfer-field-fingerprint = Fingerprint
transfer-field-platform = Platform
transfer-field-app-id = App ID

## A cell that is not a value of its column, and what to do

transfer-cell-date = “{ $value }” is not a date.
transfer-cell-date-fix = Write it as YYYY-MM-DD, such as 2027-05-01.
transfer-cell-instant = “{ $value }” is not a date and time.
transfer-cell-instant-fix = Write it as YYYY-MM-DD HH:MM in China time, such as 2026-11-24 16:00.
transfer-cell-bool = “{ $value }” is not yes or no.
transfer-cell-bool-fix = Write yes or no (true/false, 1/0 and 是/否 also work), or leave it empty.
transfer-cell-count = “{ $value }” is not a whole number of zero or more.
transfer-cell-count-fix = Write a number such as 0, 1 or 2.
transfer-cell-choice = “{ $value }” is not a value of this field.
transfer-cell-choice-fix = Use one of: { $allowed }.
transfer-cell-pair = “{ $value }” is not a pair domain=ICP number.
transfer-cell-pair-fix = Write domain=number, several separated by ;, such as api.example.cn=京ICP备2026012345号.
transfer-cell-digits = “{ $value }” was typed as a number too long for a spreadsheet: its last digits are lost.
transfer-cell-digits-fix = Format the column as text and type the number again.
transfer-cell-error = the cell holds the spreadsheet error { $value }.
transfer-cell-error-fix = Correct the formula or type the value.
transfer-cell-model = { $value }
transfer-cell-model-fix = Please report this: the column table and the application format disagree.

## icp-tui import

cli-import-about = Import filings from a spreadsheet (CSV or XLSX), one filing a row
cli-import-file = The spreadsheet: FILE.csv or FILE.xlsx (first worksheet)
cli-import-template = Write the template instead: every column of the format, a row of field paths and a row of titles
cli-import-output = With --template: where to write it (.csv, .xlsx, or - for standard output, the default)
cli-import-partial = Import the valid rows even when other rows have bad cells
cli-import-dry-run = Check every row and say what would be written, but write nothing
cli-import-today = The moment the new filings are created (default: now)

import-no-file = Name the spreadsheet to import (icp-tui import FILE.csv), or use --template to get one.
import-bad-format = { $file }: only .csv and .xlsx files can be imported. Save the sheet as “CSV UTF-8” or as an Excel workbook (.xlsx).
import-unreadable = { $file } cannot be read: { $reason }
import-encoding = { $file }, line { $line }, column { $column }: the file is neither UTF-8 nor GB18030 text. Save it as “CSV UTF-8”.
import-csv-broken = { $file }, line { $line }: the CSV is broken ({ $reason }). Check the quotes on that line.
import-xlsx-broken = { $file } is not a readable Excel workbook: { $reason }. Open it and save it again as .xlsx.
import-xlsx-no-sheet = { $file } has no worksheet.
import-gb18030 = { $file } is not UTF-8; it was read as GB18030 (as Excel saves CSV on Chinese Windows).
import-empty = { $file } is empty. Its first row names the columns: icp-tui import --template writes one.
import-no-rows = { $file } has a header row but no filings under it: nothing to import.
import-header-unknown = { $file }, row { $row }, column { $letter }: “{ $header }” names no field. Use a field path such as subject.name or a column title of the template (icp-tui import --template); start a header with # to keep a column of your own.
import-header-duplicate = { $file }, row { $row }, column { $letter }: “{ $header }” is the same field as column { $first }. Keep one of them.
import-header-unnamed = { $file }, column { $letter }: row { $data } has a value in a column without a header. Give the column a header (a field path, or # for notes) or empty it.
import-headers-stop = Nothing was written: every column of the header row must name a field first.
import-cell = { $file }, row { $row }, column { $letter } ({ $header }): { $problem } { $fix }
import-refused = Nothing was written: { $bad } of { $rows } rows have bad cells. { $good ->
    [0] Correct them and import again.
   *[other] Correct them, or use --partial to import the { $good } valid rows.
}
import-written = Row { $row }: { $title }, { $line }
import-would = Row { $row }: { $title } would be a new filing; { $line }
import-done = { $written ->
    [one] 1 filing imported
   *[other] { $written } filings imported
} into { $dir }.
import-done-partial = { $written ->
    [one] 1 filing imported
   *[other] { $written } filings imported
} into { $dir }; { $skipped ->
    [one] 1 row was not imported
   *[other] { $skipped } rows were not imported
} (bad cells above).
import-dry-done = Dry run: { $good } of { $rows } rows are valid; nothing was written.
import-write-failed = Row { $row } could not be written: { $reason } The rows before it are imported, the rows after it are not.
import-template-written = Template written to { $file } ({ $columns } columns).
import-template-exists = { $file } already exists and is left as it is. Choose another name or remove it first.
import-template-format = { $file }: the template is written as .csv or .xlsx (or - for standard output).
import-template-failed = The template could not be written to { $file }: { $reason }

## icp-tui export of many filings
cli-export-format-all = Output format: markdown (one document a filing), csv (one row a filing with the list's columns) or ics (the deadlines as a calendar). Without FILE, every filing of the profile.
cli-export-output-all = Where to write: a file (one filing; csv; ics), a folder (markdown of several filings: one document each), or - for the standard output (the default).
cli-export-file-all = Application files (TOML) or ids of filings of the profile; none for every filing of the profile.


export-col-id = Id
export-col-file = File
export-col-next-deadline = Next deadline
export-col-what = Deadline
export-col-days-left = Days left
export-many-wrote = Wrote { $file }
export-many-unreadable = { $file } was not exported: { $reason }
export-many-done = { $count ->
    [one] 1 document
   *[other] { $count } documents
} written to { $dir }.
export-many-none = There is nothing to export: the profile { $dir } has no filings.
export-many-not-a-folder = { $path } is not a folder: with several filings, -o names the folder that gets one document each.
export-many-folder-failed = The folder { $path } could not be made: { $reason }
export-csv-done = { $count ->
    [one] 1 filing
   *[other] { $count } filings
} written to { $file }.

## The TUI's export key

key-export = Export
key-export-all = Export all shown
export-tui-done = Exported to { $path }
export-tui-done-many = { $count ->
    [one] 1 filing exported
   *[other] { $count } filings exported
} to { $dir }
export-tui-failed = Export failed: { $reason }
export-tui-unreadable = { $file } cannot be read: there is nothing to export
export-tui-nothing = No filing to export
