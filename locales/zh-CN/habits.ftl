# Messages of the habits work (zh-CN).

## Dates as people write them

# The placeholder of an empty date field.
habits-date-hint = 2030-02-03、2030/02/03、2030.02.03 或 2030年2月3日
# Under a date field while it is typed: nothing is read or rewritten until the field is left.
habits-date-incomplete = 尚未保存：离开此栏（Tab、Enter）时读取日期。
habits-date-invalid = 不是有效日期：请写成 2030-02-03、2030/02/03、2030.02.03 或 2030年2月3日；暂未保存。
# A real month without that day (2030-02-30): say how many days the month has.
habits-date-no-such-day = 该年 { $month } 月只有 { $days } 天；暂未保存。
habits-tracker-not-a-date = 不是有效日期：请写成 2026-11-24 或 2026/11/24。未保存。
habits-tracker-not-an-instant = 不是有效的日期时间：请写成 2026-11-24 16:00（北京时间）或 2026-11-24T16:00:00+08:00。未保存。
