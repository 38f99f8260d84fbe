## Reading files: parse errors and command-line diagnostics

read-io = { $reason }
read-not-a-file = 它不是普通文件（而是文件夹、管道或设备）。请指定一个申请文件。
read-too-large = 文件大小 { $mb } MB，超过备案文件上限 { $limit } MB。请确认文件是否正确。
read-not-utf8 = 第 { $line } 行第 { $column } 列：文本不是 UTF-8 编码。请在编辑器中以 UTF-8 编码保存该文件。

## The rules in force (every command and the TUI)
cli-rules = 使用此规则覆盖文件，而不是配置文件夹中的 rules-override.toml。
cli-no-rules-override = 只用内置规则，即使存在 rules-override.toml。

## Parse errors: where, what, and what to do
parse-at = 第 { $line } 行，{ $field }：{ $problem }
parse-at-line = 第 { $line } 行：{ $problem }
parse-at-field = { $field }：{ $problem }
parse-syntax-line = 这一行不是有效的 TOML（解析器提示：{ $detail }）。请检查引号、等号和括号。
parse-value-other = 这个值无法使用（解析器提示：{ $detail }）。该字段应填什么，请参阅 docs/application-format.md。
parse-not-application-fix = 这不是 icp-tui 的备案文件：文件开头需要有一行 format = "icp-tui/application"。请确认文件是否正确。
parse-missing-version-fix = 缺少 version，或它不是整数。请在 format 那一行之后加上 version = 1。
parse-newer-version-fix = 此文件由较新版本的 icp-tui 写入（文件版本 { $version }）。请升级 icp-tui 后再打开；当前版本不会改动该文件。
parse-wrong-type = 这里写的是{ $found }，但该字段应为{ $expected }。{ $fix }
parse-found-text = 文本 "{ $value }"
parse-found-number = 数字 { $value }
parse-found-boolean = 值 { $value }
parse-found-date = 日期 { $value }
parse-found-a-date = 日期
parse-found-table = 表
parse-found-list = 列表
parse-found-other = 其他类型的值
parse-expected-text = 文本
parse-expected-number = 整数
parse-expected-boolean = 布尔值（true 或 false）
parse-expected-date = 日期
parse-expected-datetime = 日期和时间
parse-expected-table = 表
parse-expected-list = 列表
parse-expected-other = 另一种类型的值
parse-fix-text = 请用英文双引号把值括起来，例如 "值"（身份证号和电话号码也是文本）。
parse-fix-number = 请写不带引号的数字。
parse-fix-boolean = 请写不带引号的 true 或 false。
parse-fix-date = 请写不带引号的日期，例如 2027-11-02。
parse-fix-datetime = 请写不带引号、带时区偏移的日期和时间，例如 2026-11-20T09:30:00+08:00。
parse-fix-table = 请写成表，例如 { "{" } done = true { "}" }。
parse-fix-list = 请写成方括号中的列表，例如 ["general"]。
parse-fix-other = 该字段应填什么，请参阅 docs/application-format.md。
parse-unknown-value = "{ $found }" 不是该字段可用的值。请使用以下之一：{ $allowed }。
parse-missing-field = 这里缺少键 { $name }。请补上（各个表需要哪些键，见 docs/application-format.md）。
parse-invalid-date = { $value } 不是真实存在的日期。请更正月份或日期。
parse-duplicate = 这里重复写了两次。请只保留一处，并把另一处的内容合并进来。

## The command line's output
cli-output-failed = 无法写出输出：{ $reason }。请检查磁盘或输出所写入的文件。
check-summary-unreadable = 共 { $files } 个文件：{ $unreadable } 个无法读取，{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示。

## A rules override that cannot be used
rules-problem-format = 第一行必须是 format = "icp-tui/rules-override"。
rules-problem-version = 当前 icp-tui 不支持 version { $value }。请写 version = 1，或升级 icp-tui。
rules-problem-no-source = 这条规则没有注明来源。请加上 source = ["KEY"]，KEY 为 [sources] 中的键。
rules-problem-unknown-source = 来源 "{ $value }" 既不是内置来源，也不在文件的 [sources] 中。请在 [sources] 中补上。
rules-problem-bad-code = "{ $value }" 不是省级行政区代码：请写两位的 GB/T 2260 代码（71、81、82 没有备案管理机构）。
rules-problem-duplicate = "{ $value }" 出现了两次。请只保留一条。
rules-problem-unknown-document = 没有任何地方定义材料 "{ $value }"。请添加该 id 的 [[document]]，或更正 id。
rules-problem-other = 这一条无效。格式见 docs/rules.md。

## check: one line a file, errors only
cli-check-summary = 每个文件一行：错误、警告、提示的数量和最紧迫的期限
cli-check-errors-only = 只列出有错误（或无法读取）的文件，且只列出错误；退出码不变
check-line = { $file }：{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示；{ $deadline }
check-line-deadline = 下一个期限 { $date }（{ $kind }，{ $left }）
check-line-no-deadline = 没有期限
check-line-unreadable = { $file }：? 未检查：文件无法读取（原因见标准错误输出）
