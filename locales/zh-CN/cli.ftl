## 命令行

cli-about = icp-tui 在您提交 ICP 备案之前帮您准备，在备案通过后继续提醒：各省规定、填写校验、材料清单、域名实名核验和续费倒计时。
cli-after-help = 不带命令运行时，icp-tui 打开交互界面，并从您上次离开的地方继续。
cli-usage = 用法：
cli-commands = 命令：
cli-options = 选项：
cli-lang = 界面语言：en-US 或 zh-CN。默认：已保存的选择，否则依次读取 LC_ALL、LC_MESSAGES、LANG。zh-TW、zh-HK 等中文区域使用简体中文（zh-CN）；暂不提供繁体中文。
cli-profile = 资料目录。默认：$ICP_TUI_PROFILE，否则为系统的数据目录。
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

cli-export-about = 将申请的材料清单、检查结果和期限导出为文档（Markdown），便于打印或发给同事。
cli-export-format = 输出格式。目前仅支持 markdown。
cli-export-today = 倒计时使用的日期：2026-11-22（指该日北京时间 12:00），或日期时间，如 2026-11-24T16:00:00+08:00。默认：当前时间。
cli-export-output = 写入此文件（一次性替换），而不是标准输出。
cli-export-file = 申请文件（TOML）。
cli-export-bad-format = 未知格式“{ $value }”。可用格式：markdown。
cli-export-bad-today = “{ $value }”不是日期（2026-11-22）或日期时间（2026-11-24T16:00:00+08:00）。
cli-export-unreadable = 无法读取 { $file }：{ $reason }
cli-export-write-failed = 无法写入 { $path }：{ $reason }
