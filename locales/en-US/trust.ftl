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

## Why a save failed (report/save_reason.rs): the status line, the quit message.
save-io-permission-denied = icp-tui may not write here (permission denied): give your user write access to the folder and the file (chmod u+rw), or choose another profile with --profile DIR
save-io-read-only-filesystem = the disk is mounted read-only: remount it writable, or choose another profile with --profile DIR
save-io-storage-full = the disk is full: free some space, then save again
save-io-not-found = the folder is no longer there (not found): it was moved or deleted; restore it, or restart icp-tui
save-io-is-a-directory = a folder has the file's name: move it out of the way, then save again
save-io-other = the system could not write the file ({ $detail }): check the disk and the folder's permissions, then try again
save-refused-unreadable = icp-tui does not write over a file it cannot read: { $reason }
save-locked = another icp-tui is using this profile: close it first
save-read-only = this profile is open read-only: nothing is written
