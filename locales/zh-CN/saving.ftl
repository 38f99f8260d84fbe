## Saving, the profile and its edges

file-too-large = 文件 { $size } MB，超过 icp-tui 可读取的 { $limit } MB，未打开。请把扫描件或导出内容移出该文件，或按备案拆分为多个文件
quit-save-failed = 未退出：无法保存 { $file }（{ $reason }）。icp-tui 保持打开，内容不会丢失：请腾出磁盘空间或使文件夹可写，然后按 Ctrl+C 重试
quit-save-failed-last = 仍未保存：{ $file }（{ $reason }）。请排除问题后继续工作，或再按 Ctrl+C 不保存退出：最近的修改将会丢失
file-conflict = { $file } 在打开期间被 icp-tui 以外的程序修改。已保留该文件原样并显示它；你最近的修改已另存为 { $copy }
file-reloaded = { $file } 已被 icp-tui 以外的程序修改；现显示其当前内容
profile-loose = 本机其他用户可以读取 { $path }（权限 { $mode }）。如只允许自己访问，请运行：{ $command }
profile-loose-many = 本档案中有 { $count } 个文件和文件夹可被本机其他用户读取，其中包括 { $path }（权限 { $mode }）。如只允许自己访问，请运行：{ $command }

## `status`, one line a filing

status-line-deadline = { $when }（{ $what }）
