# Messages of the trust work (zh-CN).

## 档案中的文件为何无法读取（report/read_reason.rs）；$detail 为系统原文。
read-io-permission-denied = icp-tui 没有读取此文件的权限：请给当前用户读写权限（chmod u+rw），或联系文件的所有者。
read-io-not-found = 文件已不存在：列表读取后它被移动或删除了；请重新打开列表。
read-io-is-a-directory = 这是一个文件夹，不是文件：请把它移出申请文件夹。
read-io-not-a-regular-file = 这不是普通文件（管道、设备或套接字）：icp-tui 只读取普通文件；请把它移出申请文件夹。
read-io-invalid-data = 无法读取文件内容（{ $detail }）：请从备份恢复，或用文本编辑器打开查看问题。
read-io-other = 系统无法读取此文件（{ $detail }）：请检查磁盘和文件夹权限后重试。

## 步骤中尚无任何回答时的检查结果栏（app/form/view.rs）。
form-nothing-checked = 此步骤尚未填写任何内容，因此尚未检查。

## 无法保存修改时按 Esc 离开备案（app/run.rs）。
leave-save-failed = 仍在此处：无法保存 { $file }（{ $reason }）。此备案保持打开，修改不会丢失：请腾出磁盘空间或使文件夹可写，然后按 Esc 保存并返回

## 已勾选的材料，其附件未通过检查（engine/checklist.rs）：不算已备好。
finding-CHECKLIST_FILE_UNUSABLE = 材料“{ $id }”已勾选，但所附文件{ $reason ->
    [missing] 找不到
    [not-a-file] 是文件夹，不是文件
    [unreadable] 无法读取
    [empty] 为空
    [wrong-extension] 从扩展名看不是图片或 PDF
   *[not-image-or-pdf] 扩展名像图片或 PDF，内容却都不是
}，因此不算已备好。
finding-CHECKLIST_FILE_UNUSABLE-fix = 请在“材料”一步中附上可读取的图片或 PDF（或更正路径）。

## 保存失败的原因（report/save_reason.rs）：状态栏与退出提示。
save-io-permission-denied = icp-tui 无权在此写入（权限不足）：请为当前用户授予该文件夹和文件的写权限（chmod u+rw），或用 --profile DIR 选择其他配置目录
save-io-read-only-filesystem = 磁盘以只读方式挂载：请重新以可写方式挂载，或用 --profile DIR 选择其他配置目录
save-io-storage-full = 磁盘已满：请腾出空间后再保存
save-io-not-found = 文件夹已不存在（找不到）：它被移动或删除了；请恢复它，或重新启动 icp-tui
save-io-is-a-directory = 有一个文件夹与该文件同名：请将其移走后再保存
save-io-other = 系统无法写入该文件（{ $detail }）：请检查磁盘和文件夹权限后重试
save-refused-unreadable = icp-tui 不会覆盖无法读取的文件：{ $reason }
save-locked = 另一个 icp-tui 正在使用此配置目录：请先关闭它
save-read-only = 此配置目录以只读方式打开：不会写入任何内容
