## Saving, the profile and its edges

file-too-large = 文件 { $size } MB，超过 icp-tui 可读取的 { $limit } MB，未打开。请把扫描件或导出内容移出该文件，或按备案拆分为多个文件
quit-save-failed = 未退出：无法保存 { $file }（{ $reason }）。icp-tui 保持打开，内容不会丢失：请腾出磁盘空间或使文件夹可写，然后按 Ctrl+C 重试
quit-save-failed-last = 仍未保存：{ $file }（{ $reason }）。请排除问题后继续工作，或再按 Ctrl+C 不保存退出：最近的修改将会丢失
file-conflict = { $file } 在打开期间被 icp-tui 以外的程序修改。已保留该文件原样并显示它；你最近的修改已另存为 { $copy }
file-reloaded = { $file } 已被 icp-tui 以外的程序修改；现显示其当前内容
profile-loose = 本机其他用户可以读取 { $path }（权限 { $mode }）。如只允许自己访问，请运行：{ $command }
profile-loose-many = 本档案中有 { $count } 个文件和文件夹可被本机其他用户读取，其中包括 { $path }（权限 { $mode }）。如只允许自己访问，请运行：{ $command }

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
status-line-deadline = { $when }（{ $what }）
