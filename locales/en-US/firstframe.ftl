# The list before its files are read, and the day change.

## The list's heading while a new day in China has its figures made again (app::dashboard):
## rows not made yet show "?" for their counts and days left.

list-new-day-folder = new day: recounting
list-new-day = new day: recounted { $done } of { $total ->
    [one] 1 file
   *[other] { $total } files
}
