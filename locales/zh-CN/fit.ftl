# Messages of the fit work (zh-CN).

## Text taller than its pane: how much is hidden above or below.
fit-more-above = ^ 上方还有 { $count } 行
fit-more-below = v 下方还有 { $count } 行

## The countdown's pictures.
fit-span-days = 共 { $days } 天
fit-span-hours = 共 { $hours } 小时
fit-axis-today = 今天
fit-countdown-legend = [##--] 期限已用去的部分：空 = 整段期限都在，满 = 今天到期；[!!] 已逾期
fit-countdown-help-title = 进度条和时间轴的含义
fit-countdown-help-bar = [###---] 期限已用去的部分：空 = 整段期限都在，满 = 今天到期
fit-countdown-help-span = 进度条后为期限长度：从开始日期算起，不知道时为 30 天；短信按小时
fit-countdown-help-axis = [!!!!] 已逾期。时间轴：今天（|）到最后期限，标记即列表编号

## Review's per-step gauges.
fit-review-no-website = 尚未添加网站：必填项数量未知
fit-review-nothing-asked = 本步骤没有必填项
