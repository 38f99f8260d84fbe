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
finding-CHANGE_FILING_DUE-fix = 请立即通过接入商办理变更备案（第33号令第十四条要求提前{ $ahead }日），并记录日期。
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

## icp-tui footer

cli-footer-about = 输出已备案网站须悬挂的页脚：链接到工信部备案系统的 ICP 备案号，以及公安备案后链接到公安部查询页的公安备案号和图标。
cli-footer-website = 页脚所属的网站，从 1 开始编号。默认：第一个。
cli-footer-domain = 页脚所属的网站，按域名指定。
cli-footer-format = html（可粘贴的代码，提示输出到标准错误）或 text（以文字列出备案号和链接）。
cli-footer-file = 备案文件（TOML）。
cli-footer-bad-format = 未知格式“{ $value }”。可用格式：html、text。
cli-footer-unreadable = 无法读取 { $file }：{ $reason }
cli-footer-no-website = { $file } 中没有网站 { $which }。请用 --website N（从 1 开始）或 --domain 指定其中一个网站。
footer-not-issued = { $file } 中没有 ICP 备案号：备案号尚未下发，因此没有可显示的页脚。获批后请按管局下发的原样填写备案号（progress.icp_number）。
footer-icp-invalid = { $file } 中记录的 ICP 备案号格式不正确（{ $reason }），因此不输出页脚。请从备案通过通知中重新复制。
footer-text-website = 网站：{ $domain }
footer-text-icp = ICP 备案号：{ $number }，以文字显示在首页底部中间，链接到 { $url }。
footer-text-psb = 公安备案号：{ $number }，附图标，链接到 { $url }。
footer-note-subject-of-several = 记录的备案号带 -n，是某一个网站的备案号，但文件没有写明是哪一个：这里显示主体备案号，各网站均可悬挂。
footer-note-subject-from-app = 记录的备案号属于 App 或小程序：网站显示主体备案号。
footer-note-psb-none = 尚未记录公安备案号：请在网站开通后{ $filing }日内办理公安备案，审核通过后{ $display }日内悬挂备案号及图标。
footer-note-psb-invalid = 记录的公安备案号格式不正确（{ $reason }），页脚中不包含它。请从公安备案平台重新复制。
footer-note-badge = 图标请使用公安备案平台随代码提供的图片：放在网页旁并命名为 { $src }，或修改 src。

## icp-tui export --format ics

cli-export-one-file = markdown 导出只接受一个申请文件。
ics-calendar-name = ICP 备案期限
ics-summary = { $what }：{ $filing }
ics-description = 截止 { $due }：{ $what }。备案：{ $filing }（{ $file }），字段 { $field }。由 icp-tui 生成；重新导出即可更新。

## icp-tui status --due

cli-status-due = 只列出 DAYS 天内到期（含已逾期）的事项；有则退出码为 1，供 cron 或 systemd 定时器使用。
status-due-heading = { $profile } 中 { $days } 天内到期的事项（{ $count } 项）：
status-due-none = { $profile } 中 { $days } 天内没有到期事项。

## The After approval step

step-watch = 备案后
watch-title = 备案通过后：让备案保持有效
watch-key-pane = 通知/变更
watch-key-done = 今日完成/已办理
watch-key-copy = 复制页脚
watch-notices = 整改与核查通知（{ $count }）
watch-notices-empty = 没有整改或核查通知。收到通知时按 n 记录。
watch-changes = 计划中的变更（{ $count }）
watch-changes-empty = 没有计划变更的备案信息。按 n 添加：须提前{ $ahead }日办理变更。
watch-keep = 保持备案有效
watch-keep-empty = 尚未记录日期：请在相应步骤填写实例和域名的到期日。
watch-footer = 页脚
watch-notice-title = 通知 { $n }
watch-change-title = 计划变更 { $n }
watch-remove-notice = 删除这条通知？y：删除，n：保留
watch-remove-change = 删除这项变更？y：删除，n：保留
watch-item = #{ $n }
watch-done-on = { $date } 已完成
watch-filed-on = { $date } 已办理
watch-no-deadline = ? 未填写期限
watch-no-planned = 未定日期
watch-planned = 计划 { $date }
watch-footer-not-issued = 尚无 ICP 备案号：在倒计时步骤记录后显示在这里。
watch-footer-invalid = 记录的 ICP 备案号格式不正确：请在倒计时步骤更正。
watch-footer-icp = ICP 备案号
watch-footer-psb = 公安备案号
watch-footer-psb-none = 尚无公安备案号：记录后页脚会加上图标。
watch-footer-psb-invalid = 记录的公安备案号格式不正确：页脚中不包含它。
watch-copy-no-number = 没有可复制的内容：未记录可用的 ICP 备案号。
watch-copied-both = 已保存到 { $path }，并发送到终端剪贴板（OSC 52：仅在终端支持时有效）。
watch-copied-file = 已保存到 { $path }（无法请求剪贴板）。
watch-copied-clipboard = 页脚 HTML 已发送到终端剪贴板（OSC 52，部分终端不支持）；只读模式，未保存文件。
watch-copy-failed = 页脚无法复制或保存：{ $reason }
notice-about = 内容
notice-about-hint = 简述通知要求
notice-from = 发出方
notice-from-provider = 接入商
notice-from-administration = 管局
notice-received = 收到日期
notice-deadline = 期限
notice-deadline-hint = 以通知为准（通常为7天）
notice-done = 完成日期
notice-done-hint = 未完成时留空
change-what = 变更内容
change-what-hint = 字段名（如 subject.address）或文字说明
change-planned = 生效日期
change-filed = 变更已办理
change-filed-hint = 未办理时留空
