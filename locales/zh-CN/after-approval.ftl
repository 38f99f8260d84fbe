## After approval: notices, changes, footer, calendar

## Findings of notices.rs and changes.rs

finding-NOTICE_DUE = 通知“{ $about }”须在 { $date } 前处理（还剩 { $days } 天）。
finding-NOTICE_DUE-fix = 按通知要求整改并向发出方确认，然后记录完成日期。
finding-NOTICE_OVERDUE = 通知“{ $about }”的期限 { $date } 已过，仍未处理：可能被取消接入，备案随之被注销。
finding-NOTICE_OVERDUE-fix = 请今天整改并联系接入商；如已完成，请记录完成日期。
finding-NOTICE_NO_DEADLINE = 通知“{ $about }”尚未处理，但没有期限，无法倒计时。
finding-NOTICE_NO_DEADLINE-fix = 请填写通知中写明的期限（通常为收到后7天）。
finding-NOTICE_DATES_ORDER = 通知的某个日期早于收到日期（{ $received }）：{ $date }。
finding-NOTICE_DATES_ORDER-fix = 请对照通知核对日期。
finding-CHANGE_FILING_DUE = 变更“{ $what }”将于 { $date } 生效（还有 { $days } 天），尚未记录变更备案。
finding-CHANGE_FILING_DUE-fix = 请立即通过接入商办理变更备案（第33号令第十四条要求提前30日），并记录日期。
finding-CHANGE_NOT_FILED = 变更“{ $what }”计划于 { $date } 生效，没有变更备案记录：备案信息已与实际不符。
finding-CHANGE_NOT_FILED-fix = 请立即通过接入商办理变更备案，或记录已提交的日期。

## Deadlines

deadline-notice = 整改通知处理期限
deadline-change_filing = 变更备案截止
deadline-psb_badge = 首页悬挂公安备案号及图标
countdown-kind-notice = 通知期限
countdown-kind-change_filing = 变更备案截止
countdown-kind-psb_badge = 首页悬挂公安图标
status-deadline-notice = 须处理整改通知
status-deadline-change_filing = 须办理变更备案
status-deadline-psb_badge = 首页须悬挂公安备案号及图标
