# Messages of the trust work (en-US).

## Why a file of the profile could not be read (report/read_reason.rs); $detail is the
## system's own text.
read-io-permission-denied = icp-tui may not read this file (permission denied): give your user read and write access to it (chmod u+rw), or ask its owner.
read-io-not-found = the file is no longer there (not found): it was moved or deleted after the list was read; open the list again.
read-io-is-a-directory = this is a folder, not a file: move it out of the applications folder.
read-io-not-a-regular-file = this is not a regular file (a pipe, device or socket): icp-tui reads only regular files; move it out of the applications folder.
read-io-invalid-data = the file's content could not be read ({ $detail }): restore it from a backup, or open it in a text editor to see what is wrong.
read-io-other = the system could not read the file ({ $detail }): check the disk and the folder's permissions, then try again.

## A step's findings panel while the step holds no answer (app/form/view.rs).
form-nothing-checked = Nothing answered in this step yet, so nothing was checked.

## Esc from a filing whose change could not be saved (app/run.rs).
leave-save-failed = Still here: { $file } could not be saved ({ $reason }). The change is kept while this filing stays open: free some disk space or make the folder writable, then press Esc to save and leave

## A ticked document whose attached scan failed its check (engine/checklist.rs): not ready.
finding-CHECKLIST_FILE_UNUSABLE = The document "{ $id }" is ticked, but its attached file { $reason ->
    [missing] was not found
    [not-a-file] is a folder, not a file
    [unreadable] cannot be read
    [empty] is empty
    [wrong-extension] is not an image or a PDF by its name
   *[not-image-or-pdf] is named like an image or a PDF, but its content is neither
}; it does not count as ready.
finding-CHECKLIST_FILE_UNUSABLE-fix = Attach a readable image or PDF of it on the Documents step (or fix the path).
