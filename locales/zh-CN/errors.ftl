## Reading files: parse errors and command-line diagnostics

read-io = { $reason }
read-not-a-file = 它不是普通文件（而是文件夹、管道或设备）。请指定一个申请文件。
read-too-large = 文件大小 { $mb } MB，超过备案文件上限 { $limit } MB。请确认文件是否正确。
read-not-utf8 = 第 { $line } 行第 { $column } 列：文本不是 UTF-8 编码。请在编辑器中以 UTF-8 编码保存该文件。

## The rules in force (every command and the TUI)
cli-rules = 使用此规则覆盖文件，而不是配置文件夹中的 rules-override.toml。
cli-no-rules-override = 只用内置规则，即使存在 rules-override.toml。
list-rules-builtin = 规则：内置，资料截至 { $date }
list-rules-override = 规则：内置加覆盖文件，资料截至 { $date }：{ $path }
