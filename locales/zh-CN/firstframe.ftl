# The list before its files are read, and the day change.

## 中国时间进入新的一天，列表重新计算各项数字（app::dashboard）：尚未重算的行显示“?”。

list-new-day-folder = 新的一天：正在重新计算
list-new-day = 新的一天：已重新计算 { $done } / 共 { $total } 个文件
