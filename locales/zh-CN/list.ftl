# Messages of the list work (zh-CN).

## 读取资料目录中的文件时的列表（app::reading）

list-reading-folder = 正在读取资料目录
list-reading = 正在读取：已读 { $done } / 共 { $total } 个文件
list-reading-wait = 正在读取资料目录中的文件，列表随读随显示。
list-folder-error = 目前无法读取目录 { $folder }（{ $reason }）；列表显示的是此前读到的内容。

## 列表即看板

key-list-filter = 筛选
key-list-sort = 排序
key-list-clear = 清除筛选
key-list-filter-done = 保留筛选
list-count-shown = 显示 { $shown } / 共 { $count } 个备案
list-sorted-urgency = 按紧急程度排序
list-sorted-title = 按标题排序
list-sorted-province = 按省份排序
list-sorted-updated = 按最后修改排序
list-filter = 筛选
list-filter-placeholder = 标题、主体、域名、编号或省份
list-filter-none = 没有符合筛选条件的备案。按 Esc 清除筛选。
list-col-reference = 编号
list-col-subject = 主体
list-col-errors = 错误
list-col-warnings = 警告
list-col-deadline = 下一期限
list-due-today = 今天
list-due-in = 剩 { $days } 天
list-due-late = 逾期 { $days } 天
list-due-none = 无

## 列表上方的现行规则

list-rules-builtin = 规则：内置，资料截至 { $date }
list-rules-override = 规则：内置加覆盖文件，资料截至 { $date }：{ $path }
