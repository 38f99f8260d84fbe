## Saving, the profile and its edges

file-too-large = { $size } MB, more than the { $limit } MB icp-tui reads, so it was not opened. Move scans or exports out of the file, or split it into one file per filing
quit-save-failed = Not quitting: { $file } could not be saved ({ $reason }). Nothing is lost while icp-tui stays open: free some disk space or make the folder writable, then press Ctrl+C to try again
quit-save-failed-last = Still not saved: { $file } ({ $reason }). Fix it and keep working, or press Ctrl+C again to quit without saving: the last changes would be lost
file-conflict = { $file } was changed outside icp-tui while it was open. It was kept as it is and is shown now; your last change is saved in { $copy }
file-reloaded = { $file } was changed outside icp-tui; showing the file as it is now
profile-loose = { $path } can be read by other users of this machine (mode { $mode }). To keep it to yourself, run: { $command }
profile-loose-many = { $count } files and folders of the profile can be read by other users of this machine, { $path } (mode { $mode }) among them. To keep them to yourself, run: { $command }

## `status`, one line a filing

status-line-deadline = { $when } ({ $what })
