## 每个界面的框架：标题栏、步骤栏、底栏、帮助、提示。

app-name = icp-tui
app-tagline = ICP 备案助手
lang-name = 简体中文
lang-switched = 语言：简体中文

step-province = 省份
step-subject = 主体
step-websites = 网站
step-apps = 应用
step-access = 接入
step-documents = 材料
step-domains = 域名
step-countdown = 倒计时
step-review = 检查

key-quit = 退出
key-help = 帮助
key-language = English
key-back = 返回
key-next-step = 下一步
key-prev-step = 上一步
key-select = 选择
key-move = 移动
key-open = 打开
key-new = 新建
key-rename = 改名
key-delete = 删除
key-confirm = 确认
key-cancel = 取消
key-close = 关闭
key-type-to-filter = 输入以筛选
key-clear = 清空

help-title = 按键
help-global = 所有界面
help-this-screen = 本界面
help-close-hint = 按 Esc、? 或 F1 关闭。

saved = 已保存
save-failed = 无法保存 { $file }：{ $reason }
read-only-banner = 只读：另一个 icp-tui 正在使用此资料目录，这里不能修改任何内容。

## 备案列表

list-title = 您的备案
list-col-title = 名称
list-col-province = 省份
list-col-step = 步骤
list-col-updated = 最后修改
list-empty = 还没有备案。按 n 新建一个。
list-unreadable = 无法读取
list-unreadable-detail = 无法读取 { $file }：{ $reason }。文件保持原样；请用编辑器修正或将其移走。
list-untitled = （未命名）
list-no-province = 未选择
list-count = 共 { $count } 个备案
new-application-title = 备案 { $n }
rename-title = 重命名备案
rename-prompt = 新名称
delete-title = 删除备案
delete-confirm = 删除“{ $title }”？其文件将从资料目录中移除。按 y 删除，按 n 或 Esc 保留。
delete-unreadable = 此文件无法读取，icp-tui 不会删除它。请自行移走：{ $file }

## 省份

province-title = 在哪个省份备案？
province-intro = 个人在身份证（或居住证）所在省份备案；单位在营业执照登记地所在省份备案。
province-filter = 筛选
province-filter-hint = 名称、拼音、首字母或代码
province-no-match = 没有与“{ $query }”匹配的省份。
province-selected = 已选择：{ $name }
province-chosen-mark = 已选
province-facts = { $name }的规定
province-code = 代码
province-abbr = 备案号简称
province-abbr-alt = 亦见
province-individuals = 个人
province-individuals-yes = 可以备案
province-individuals-no = 不能备案
province-nonlocal = 外地个人
province-legal-rep = 主体负责人
province-legal-rep-yes = 必须是法定代表人
province-legal-rep-no = 可由法定代表人以外的人担任（需授权书）
province-legal-rep-unknown = 各来源说法不一；稳妥起见请准备授权书
province-domain-validity = 域名剩余有效期
province-domain-validity-days = 至少 { $days } 天
province-review = 管局审核
province-review-days = 最长 { $days } 个工作日
province-extra-docs = 额外材料
province-notes = 说明
province-source = 来源
province-as-of = 截至 { $date }
province-unknown = 未知
error-at-line = 第 { $line } 行
error-in-field = 字段 { $field }
parse-syntax = 不是有效的 TOML（{ $detail }）
parse-value = { $detail }
parse-not-application = 这不是 icp-tui 的备案文件（format 必须是 "icp-tui/application"）
parse-missing-version = 缺少 version，或它不是整数
parse-newer-version = 由更新版本的 icp-tui 写入（文件版本 { $version }）；请更新 icp-tui 后再打开
nonlocal-not_accepted = 不受理
nonlocal-residence_permit = 需本地居住证
nonlocal-proof_of_residence = 需在本地居住、学习或工作的证明
nonlocal-supported = 受理
nonlocal-unknown = 未查到规定
key-scroll = 滚动
key-scroll-facts = 阅读规定
key-back-to-list = 回到列表
label-sep = ：
in-parentheses = （{ $text }）
days-left = { $days ->
    [0] 今天
   *[other] 还有 { $days } 天
}
days-ago = 已过 { $days } 天
field-checklist = 材料清单
