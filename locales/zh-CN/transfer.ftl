# 迁移工作的消息（zh-CN）：从表格导入、模板、批量导出、TUI 导出键。

## 表格列：“<部分>：<字段>”（条目从 1 数起）

transfer-column-title = { $section }：{ $field }
transfer-sec-meta = 备案
transfer-sec-subject = 主体
transfer-sec-subject-leader = 主体负责人
transfer-sec-websites = 网站{ $n }
transfer-sec-websites-leader = 网站{ $n }负责人
transfer-sec-websites-registration = 网站{ $n }域名注册
transfer-sec-websites-footer = 网站{ $n }页脚
transfer-sec-apps = 应用{ $n }
transfer-sec-apps-leader = 应用{ $n }负责人
transfer-sec-apps-android = 应用{ $n }安卓
transfer-sec-apps-ios = 应用{ $n }iOS
transfer-sec-apps-harmonyos = 应用{ $n }鸿蒙
transfer-sec-apps-mini-program = 应用{ $n }小程序
transfer-sec-access = 接入
transfer-sec-progress = 进度
transfer-sec-notices = 通知{ $n }
transfer-sec-changes = 变更{ $n }

transfer-field-title = 标题
transfer-field-reference = 客户编号
transfer-field-step = 步骤
transfer-field-kind = 类型
transfer-field-name = 名称
transfer-field-province = 省份
transfer-field-city = 城市
transfer-field-address = 通信地址
transfer-field-certificate-type = 证件类型
transfer-field-certificate-number = 证件号码
transfer-field-certificate-expires = 证件有效期至
transfer-field-residence-permit = 居住证
transfer-field-address-in-document-city = 地址在证件所在城市
transfer-field-is-legal-representative = 法定代表人
transfer-field-id-type = 身份证件类型
transfer-field-id-number = 身份证件号码
transfer-field-id-expires = 身份证件有效期至
transfer-field-mobile = 手机号码
transfer-field-mobile-local = 手机号为本省号码
transfer-field-phone = 座机
transfer-field-email = 电子邮箱
transfer-field-domain = 域名
transfer-field-homepage = 首页
transfer-field-content = 内容类别
transfer-field-pre-approvals = 前置审批
transfer-field-languages = 语言
transfer-field-registrant = 注册人
transfer-field-registrar = 注册商
transfer-field-real-name-verified = 已实名认证
transfer-field-verified-on = 实名认证日期
transfer-field-expires = 到期日
transfer-field-url = 网址
transfer-field-provider = 接入商
transfer-field-service-type = 服务类型
transfer-field-service-name = 服务名称
transfer-field-instance-id = 实例 ID
transfer-field-region = 地域
transfer-field-billing = 计费方式
transfer-field-subscription-start = 包年包月开始
transfer-field-subscription-end = 包年包月到期
transfer-field-public-ip = 公网 IP
transfer-field-public-ip-address = 公网 IP 地址
transfer-field-service-codes-used = 已用服务号数
transfer-field-edition = 版本
transfer-field-order-amount-cny = 订单金额（元）
transfer-field-submitted = 提交日期
transfer-field-provider-approved = 接入商初审通过
transfer-field-sms-requested = 收到核验短信
transfer-field-sms-verified = 短信核验完成
transfer-field-approved = 管局审核通过
transfer-field-icp-number = 备案号
transfer-field-site-opened = 网站开通
transfer-field-psb-filed = 公安备案完成
transfer-field-psb-number = 公安备案号
transfer-field-app-numbers = 应用备案号
transfer-field-received = 收到日期
transfer-field-deadline = 期限
transfer-field-from = 来自
transfer-field-about = 事由
transfer-field-done = 完成日期
transfer-field-what = 变更内容
transfer-field-planned = 计划日期
transfer-field-filed = 提交变更日期
transfer-field-platforms = 平台
transfer-field-domains = 后端域名
transfer-field-domain-numbers = 域名备案号
transfer-field-icon = 图标
transfer-field-package = 包名
transfer-field-public-key = 公钥
transfer-field-signature-md5 = 签名 MD5
transfer-field-bundle-id = Bundle ID
transfer-field-signature-sha1 = 签名 SHA-1
transfer-field-bundle-name = 包名（鸿蒙）
transfer-field-fingerprint = 证书指纹
transfer-field-platform = 平台名称
transfer-field-app-id = AppID

## 单元格不是其列的值，以及怎么办

transfer-cell-date = “{ $value }”不是日期。
transfer-cell-date-fix = 请写成 YYYY-MM-DD，例如 2027-05-01。
transfer-cell-instant = “{ $value }”不是日期和时间。
transfer-cell-instant-fix = 请写成北京时间 YYYY-MM-DD HH:MM，例如 2026-11-24 16:00。
transfer-cell-bool = “{ $value }”不是“是”或“否”。
transfer-cell-bool-fix = 请写“是”或“否”（也可写 yes/no、true/false、1/0），不知道就留空。
transfer-cell-count = “{ $value }”不是零或正整数。
transfer-cell-count-fix = 请写 0、1、2 这样的整数。
transfer-cell-choice = “{ $value }”不是此字段的取值。
transfer-cell-choice-fix = 请用以下之一：{ $allowed }。
transfer-cell-pair = “{ $value }”不是“域名=备案号”。
transfer-cell-pair-fix = 请写成 域名=备案号，多个用 ; 分隔，例如 api.example.cn=京ICP备2026012345号。
transfer-cell-digits = “{ $value }”按数字输入，超出表格数字的位数：末尾几位已丢失。
transfer-cell-digits-fix = 请把这一列设为文本格式，再重新输入号码。
transfer-cell-error = 单元格是表格错误 { $value }。
transfer-cell-error-fix = 请改正公式，或直接输入值。
transfer-cell-model = { $value }
transfer-cell-model-fix = 请报告此问题：列表与申请文件格式不一致。

## icp-tui import

cli-import-about = 从表格（CSV 或 XLSX）导入备案，每行一个
cli-import-file = 表格文件：FILE.csv 或 FILE.xlsx（第一个工作表）
cli-import-template = 改为写出模板：格式的每一列，一行字段路径、一行列标题
cli-import-output = 与 --template 一起用：写到哪里（.csv、.xlsx，或 - 表示标准输出，默认）
cli-import-partial = 其他行有错误单元格时，仍导入有效的行
cli-import-dry-run = 检查每一行并说明会写入什么，但不写入
cli-import-today = 新备案的创建时间（默认：现在）

import-no-file = 请指定要导入的表格（icp-tui import FILE.csv），或用 --template 获取模板。
import-bad-format = { $file }：只能导入 .csv 和 .xlsx 文件。请把表格另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）。
import-unreadable = 无法读取 { $file }：{ $reason }
import-encoding = { $file }，第 { $line } 行第 { $column } 列：文件既不是 UTF-8 也不是 GB18030 文本。请另存为“CSV UTF-8”。
import-csv-broken = { $file }，第 { $line } 行：CSV 格式有误（{ $reason }）。请检查该行的引号。
import-xlsx-broken = { $file } 不是可读的 Excel 工作簿：{ $reason }。请打开后重新另存为 .xlsx。
import-xlsx-no-sheet = { $file } 没有工作表。
import-gb18030 = { $file } 不是 UTF-8，已按 GB18030 读取（中文 Windows 上 Excel 保存 CSV 的编码）。
import-empty = { $file } 是空的。第一行是列名：icp-tui import --template 可写出模板。
import-no-rows = { $file } 只有表头，没有备案行：没有可导入的内容。
import-header-unknown = { $file }，第 { $row } 行 { $letter } 列：“{ $header }”不是任何字段。请用 subject.name 这样的字段路径或模板的列标题（icp-tui import --template）；以 # 开头的表头可保留自己的列。
import-header-duplicate = { $file }，第 { $row } 行 { $letter } 列：“{ $header }”与 { $first } 列是同一字段。请只保留一列。
import-header-unnamed = { $file }，{ $letter } 列：第 { $data } 行在没有表头的列中有值。请给该列加表头（字段路径，或以 # 开头的备注），或清空它。
import-headers-stop = 未写入任何内容：表头的每一列都须先对应一个字段。
import-cell = { $file }，第 { $row } 行 { $letter } 列（{ $header }）：{ $problem }{ $fix }
import-refused = 未写入任何内容：{ $rows } 行中有 { $bad } 行含错误单元格。{ $good ->
    [0] 请改正后重新导入。
   *[other] 请改正，或用 --partial 导入其余 { $good } 个有效行。
}
import-written = 第 { $row } 行：{ $title }，{ $line }
import-would = 第 { $row } 行：{ $title } 将成为新备案；{ $line }
import-done = 已导入 { $written } 个备案到 { $dir }。
import-done-partial = 已导入 { $written } 个备案到 { $dir }；{ $skipped } 行未导入（错误单元格见上）。
import-dry-done = 试运行：{ $rows } 行中 { $good } 行有效；未写入任何内容。
import-write-failed = 第 { $row } 行无法写入：{ $reason } 之前的行已导入，之后的行未导入。
import-template-written = 模板已写入 { $file }（{ $columns } 列）。
import-template-exists = { $file } 已存在，保持原样。请换个名字或先删除它。
import-template-format = { $file }：模板可写成 .csv 或 .xlsx（或 - 表示标准输出）。
import-template-failed = 无法把模板写入 { $file }：{ $reason }

## 批量导出
cli-export-format-all = 输出格式：markdown（每个备案一份文档）、csv（每个备案一行，列同列表）或 ics（期限日历）。不指定 FILE 时导出档案中的全部备案。
cli-export-output-all = 写到哪里：文件（单个备案、csv、ics）、文件夹（多个备案的 markdown：每个一份文档），或 - 表示标准输出（默认）。
cli-export-file-all = 申请文件（TOML）或档案中备案的编号；不指定则为档案中的全部备案。


export-col-id = 编号
export-col-file = 文件
export-col-next-deadline = 下一期限
export-col-what = 期限事项
export-col-days-left = 剩余天数
export-many-wrote = 已写入 { $file }
export-many-unreadable = { $file } 未导出：{ $reason }
export-many-done = 已写入 { $count } 份文档到 { $dir }。
export-many-none = 没有可导出的内容：档案 { $dir } 中没有备案。
export-many-not-a-folder = { $path } 不是文件夹：导出多个备案时，-o 指定每份文档所在的文件夹。
export-many-folder-failed = 无法创建文件夹 { $path }：{ $reason }
export-csv-done = 已写入 { $count } 个备案到 { $file }。

## TUI 导出键

key-export = 导出
key-export-all = 导出全部显示项
export-tui-done = 已导出到 { $path }
export-tui-done-many = 已导出 { $count } 个备案到 { $dir }
export-tui-failed = 导出失败：{ $reason }
export-tui-unreadable = { $file } 无法读取：没有可导出的内容
export-tui-nothing = 没有可导出的备案
