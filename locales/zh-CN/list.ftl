# Messages of the list work (zh-CN).

## 读取资料目录中的文件时的列表（app::reading）

list-reading-folder = 正在读取资料目录
list-reading = 正在读取：已读 { $done } / 共 { $total } 个文件
list-reading-wait = 正在读取资料目录中的文件，列表随读随显示。
list-folder-error = 目前无法读取目录 { $folder }（{ $reason }）；列表显示的是此前读到的内容。
