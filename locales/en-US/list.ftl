# Messages of the list work (en-US).

## The list while the profile's files are read (app::reading)

list-reading-folder = reading the profile's folder
list-reading = read { $done } of { $total ->
    [one] 1 file
   *[other] { $total } files
}, still reading
list-reading-wait = The profile's files are still being read; the list fills in as they are.
list-folder-error = The folder { $folder } cannot be read now ({ $reason }); the list shows what was read before.
