# Messages of the fit work (zh-CN).

## Text taller than its pane: how much is hidden above or below.
fit-more-above = ^ 上方还有 { $count } 行
fit-more-below = v 下方还有 { $count } 行

## The countdown's pictures.
fit-span-days = 共 { $days } 天
fit-span-hours = 共 { $hours } 小时
fit-axis-today = 今天
fit-countdown-legend = [##--] 期限已过去的部分：空 = 时间还很充裕，满 = 今天到期；[!!] 已逾期
fit-countdown-help-title = 进度条和时间轴的含义
fit-countdown-help-bar = 越接近到期日，进度条越满：剩余整个期限时为空，到期当天为满。
fit-countdown-help-span = 进度条后标出所计量的期限：从开始日期（注册日、申请日等）算起；不知道开始日期时为到期前 30 天；短信核验时限按小时计。
fit-countdown-help-overdue = [!!!!] 表示已逾期：日期已过。
fit-countdown-help-axis = 时间轴从今天（|）到最后一个期限；每个期限用列表中的编号或字母标出，已逾期的在今天左侧。
