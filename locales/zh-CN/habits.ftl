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

## --help

habits-cli-arguments = 参数
habits-cli-examples = 示例
habits-cli-example-tui = 打开交互界面，从上次离开的地方继续
habits-cli-example-lang = 同上，使用简体中文
habits-cli-example-check = 检查一个文件；有错误或缺少必填项时退出码为 1
habits-cli-example-status-due = 列出 30 天内有期限的备案
habits-cli-example-export = 将材料清单、检查结果和期限写成 Markdown
habits-cli-example-check-one = 检查一个文件并阅读报告
habits-cli-example-check-summary = 每个文件一行，适合检查大量文件
habits-cli-example-check-json = 输出 JSON，期限从 2027 年 1 月 1 日起算
habits-cli-example-status = 列出资料目录中的每个备案，每个一行
habits-cli-example-export-ics = 将资料目录中的全部期限导出为日历

## Wording

# The provinces a document's rule applies in, under its "Why".
habits-documents-provinces = 适用省份

## The step bar at 80 columns: short names (at most 5 letters) when the full ones do not fit

habits-step-short-province = 省份
habits-step-short-subject = 主体
habits-step-short-websites = 网站
habits-step-short-apps = 应用
habits-step-short-access = 接入
habits-step-short-documents = 材料
habits-step-short-domains = 域名
habits-step-short-countdown = 期限
habits-step-short-watch = 备案后
habits-step-short-review = 检查

## A stray Esc in the wizard

habits-leave-title = 离开这个备案？
habits-leave-confirm = 有一栏的内容尚未保存（还不是有效的值），离开后会丢失。按 y 返回列表，按 n 或 Esc 留在此处。
habits-key-leave = 离开
habits-key-stay = 留下

## Ctrl+Z and the mouse (help)

habits-key-suspend = 挂起到 shell（fg 恢复）
# In the help: what the mouse does, and how to select text while icp-tui has the mouse.
habits-help-mouse = 鼠标：滚轮移动，单击选中；按住 Shift 拖动可选择文字。

## --help: clap's default and possible values, said in the language of the help

# Joins the values in the two sentences below.
habits-cli-value-separator = 、
# After an option's help: the value used when it is not given (what the user types).
habits-cli-default-value = 默认：{ $value }。
# After an argument's help that does not name its values already.
habits-cli-possible-values = 可选值：{ $values }。
