## 命令行

cli-about = icp-tui 在您提交 ICP 备案之前帮您准备，在备案通过后继续提醒：各省规定、填写校验、材料清单、域名实名核验和续费倒计时。
cli-after-help = 不带命令运行时，icp-tui 打开交互界面，并从您上次离开的地方继续。
cli-usage = 用法
cli-commands = 命令
cli-options = 选项
cli-lang = 界面语言：en-US 或 zh-CN。默认：已保存的选择，否则依次读取 LC_ALL、LC_MESSAGES、LANG。zh-TW、zh-HK 等中文区域使用简体中文（zh-CN）；暂不提供繁体中文。
cli-profile = 资料目录。默认：$ICP_TUI_PROFILE，否则为系统的数据目录。check 和 export 只读取其中保存的语言；export 也可用其中某个备案的 id 代替 FILE。
cli-help = 显示帮助
cli-version = 显示版本
cli-unknown-lang = 未知语言“{ $value }”。可用语言：{ $available }。
cli-profile-none = 找不到资料目录。请用 --profile DIR 或 ICP_TUI_PROFILE=DIR 指定。
cli-terminal-error = 无法使用终端：{ $reason }

profile-error-cannot_create = 无法创建资料目录 { $path }：{ $reason }。请用 --profile DIR 换一个目录。
profile-error-not_a_directory = { $path } 不是目录。请用 --profile DIR 指定一个目录。
profile-error-missing = { $path } 不存在。
profile-error-not_writable = 无法写入资料目录 { $path }：{ $reason }。请检查权限，或用 --profile DIR 换一个目录。
profile-error-locked = 另一个 icp-tui 正在使用资料目录 { $path }。请先关闭它。
profile-error-read_only = 资料目录 { $path } 以只读方式打开。
profile-error-invalid_id = { $path } 不是有效的备案文件名。
profile-error-unreadable = 无法读取 { $path }：{ $reason }
profile-error-io = { $path }：{ $reason }

## icp-tui check

cli-check-about = 检查申请文件，报告发现的问题和期限。退出码 0：没有错误；1：有错误；2：有文件无法读取或解析。
cli-check-json = 输出一个 JSON 文档，而不是可读报告
cli-check-today = 以此日期检查（YYYY-MM-DD 表示北京时间当天12:00），或 RFC 3339 日期时间
cli-check-complete = 将缺少必填内容（APPLICATION_INCOMPLETE）视为错误：除非每份备案都已填写完整，否则以 1 退出
cli-check-files = 要检查的申请文件
check-bad-today = “{ $value }”不是日期（YYYY-MM-DD），也不是 RFC 3339 日期时间。
check-rules-broken = 规则覆盖文件 { $path } 无法使用：{ $reason }。请修正或移走该文件。
check-unreadable = 无法读取 { $file }：{ $reason }
check-file = == { $file } ==
check-no-findings = 没有发现问题。
check-group-error = 错误（{ $count }）
check-group-warning = 警告（{ $count }）
check-group-info = 提示（{ $count }）
check-fix = 怎么办
check-deadlines = 期限
check-summary = 共检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示。
check-rules-builtin = 使用的规则：内置规则，资料截至 { $date }。
check-rules-override = 使用的规则：内置规则加覆盖文件 { $path }，资料截至 { $date }。
cli-export-about = 将申请的材料清单、检查结果和期限导出为文档（Markdown），便于打印或发给同事；或将备案的期限导出为日历（iCalendar）。
cli-export-today = 倒计时使用的日期：2026-11-22（指该日北京时间 12:00），或日期时间，如 2026-11-24T16:00:00+08:00。默认：当前时间。
cli-export-bad-format = 未知格式“{ $value }”。可用格式：markdown、csv、ics。
cli-export-bad-today = “{ $value }”不是日期（2026-11-22）或日期时间（2026-11-24T16:00:00+08:00）。
cli-export-unreadable = 无法读取 { $file }：{ $reason }
cli-export-write-failed = 无法写入 { $path }：{ $reason }

## icp-tui status

cli-status-about = 列出档案中的所有备案及其所在步骤、问题和最近的期限。只读取档案，不加锁也不修改。
cli-status-json = 输出一个 JSON 文档（格式见 docs/cli.md）
cli-status-today = 按哪一天检查：YYYY-MM-DD（表示中国时间当天 12:00）或 RFC 3339 日期时间。默认：现在。
cli-bad-today = "{ $value }" 不是日期：--today 的格式为 YYYY-MM-DD，如 2026-11-22。

## app-info (help texts; the command's output is in apps.ftl)
cli-app-info-about = 从证书（PEM 或 DER）、APK 或 IPA 中读取 App 备案所需信息（包名或 Bundle ID、证书的 MD5、SHA-1、SHA-256 和公钥）。退出码：0；调试或开发证书为 1；文件无法读取为 2。
cli-app-info-json = 输出一个 JSON 文档（格式见 docs/cli.md）
cli-app-info-file = 证书、APK 或 IPA 文件
