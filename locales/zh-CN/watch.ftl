## 材料、域名、倒计时步骤与备案进度。

finding-fallback = { $code }（{ $field }）

## 材料步骤

documents-title = 备案材料
documents-ready = 必需材料已备 { $done }/{ $total } 项
documents-kept = 另 { $count } 项已不需要
documents-empty = 暂无可列出的材料。清单依据你的回答生成：请先选择省份和主体性质，并添加网站。
documents-if-applicable = 视情况
documents-if-applicable-detail = 仅在下述情况下需要。
documents-not-required = 已不再需要
documents-not-required-detail = 按你目前的回答，已不再需要此材料。它会保留在清单中并保持勾选，直到你按 Space 取消。
documents-why = 为何需要
documents-how = 如何获取
documents-source = 来源
documents-as-of = 截至 { $date }
documents-scan-ok = 扫描件 ✓
documents-scan-bad = 扫描件 ✗
documents-scan-unchecked = 扫描件 ?
documents-file = 扫描件
documents-file-hint = 图片或 PDF 的路径（Enter）
documents-file-none = 尚未附上扫描件。
documents-file-unchecked = 尚未检查。
documents-file-usable = { $kind } 文件，可读取。
documents-file-renamed = 可读取，但这是一个以 .{ $named } 命名的 { $actual } 文件；部分系统按扩展名判断。
documents-file-missing = 找不到文件。请检查路径（相对路径从启动 icp-tui 的文件夹算起；~/ 表示主目录）。
documents-file-not-a-file = 这是文件夹，不是文件。
documents-file-unreadable = 无法读取，请检查文件权限。
documents-file-empty = 文件为空。
documents-file-wrong-extension = 从文件名看不是图片或 PDF（请使用 .jpg、.png、.pdf 等）。
documents-file-not-image-or-pdf = 文件名像图片或 PDF，但内容都不是。
documents-note = 备注
documents-note-hint = 需要记下的内容（Shift+Tab）
documents-key-tick = 勾选
documents-key-attach = 扫描件与备注
documents-key-note = 备注
documents-key-next-field = 下一项

## 域名步骤

domains-title = 域名实名核验
domains-no-websites = 还没有网站。请在“网站”步骤中添加，每个网站的域名都会在这里核验。
domains-website-n = 网站 { $n }
domains-no-domain = 此网站尚未填写域名。
domains-summary = 通过 { $passed } 项，未通过 { $failed } 项，未知 { $unknown } 项
domains-no-checks = 暂无核验结果。
domains-item-well_formed = 填写的是可注册的主域名
domains-item-approved_tld = 顶级域名已获工信部批准
domains-item-registrar = 注册商具备境内资质
domains-item-real_name_verified = 已完成域名实名认证
domains-item-registrant_matches = 域名持有者与备案主体一致
domains-item-validity = 域名剩余有效期足够
domains-item-one_domain_per_site = 每个网站一个域名
domains-item-not_duplicate = 未被其他网站重复使用
domains-item-verification_settled = 实名信息已同步至管局
domains-equal-after-normalizing = 将全角与半角形式（如“（”与“(”）、空格和大小写视为相同后一致。
domains-unknown = 尚未填写
domains-fix = 怎么办
domains-compare-title = 域名持有者与备案主体
domains-registrant = 域名持有者
domains-subject = 备案主体
domains-not-entered = 尚未填写
domains-compare-same = 完全一致。
domains-compare-normalized = 一致：仅有全角与半角、空格或大小写的差别，这些视为相同。
domains-compare-differs = 两者不一致。域名持有者必须是备案主体。
domains-compare-legend = ^ 不同   ~ 忽略全角/半角、空格和大小写后相同
domains-key-website = 切换网站

## 倒计时步骤与备案进度

countdown-title = 倒计时与备案进度
countdown-stage-submitted = 已提交
countdown-stage-provider = 接入商初审
countdown-stage-sms = 短信核验
countdown-stage-administration = 管局审核
countdown-stage-opened = 网站开通
countdown-stage-psb = 公安备案
countdown-deadlines = 期限
countdown-tracker = 进度
countdown-tab-hint = Tab 切换
countdown-time-left = 剩余 { $time }
countdown-time-overdue = 已超时 { $time }
countdown-due-today = 今天到期
countdown-days-left = 剩余 { $days } 天
countdown-days-overdue = 已逾期 { $days } 天
countdown-kind-access_subscription = 实例到期
countdown-kind-domain_expiry = 域名到期
countdown-kind-certificate_expiry = 主体证件到期
countdown-kind-leader_id_expiry = 负责人证件到期
countdown-kind-sms_verification = 短信核验时限
countdown-kind-administration_review = 管局审核预计完成
countdown-kind-psb_filing = 公安备案截止
countdown-kind-real_name_sync = 实名信息同步完成
countdown-none = 暂无需要关注的日期。记录域名、证件、云实例和备案进度后，这里会显示相应期限。
countdown-instance-warning = 实例到期未续费会导致备案被注销，请及时续费。
countdown-instance-missing = 尚未记录实例的到期日期（“接入”步骤）。实例到期未续费会导致备案被注销。
countdown-key-tracker = 进度
countdown-key-deadlines = 期限
countdown-key-record = 记录
countdown-key-save = 保存

tracker-field-submitted = 提交至接入商
tracker-field-provider_approved = 接入商初审通过
tracker-field-sms_requested = 收到核验短信
tracker-field-sms_verified = 短信核验完成
tracker-field-approved = 管局审核通过
tracker-field-icp_number = ICP备案号
tracker-field-site_opened = 网站开通
tracker-field-psb_filed = 公安备案完成
tracker-field-psb_number = 公安备案号
tracker-hint-date = YYYY-MM-DD
tracker-hint-instant = YYYY-MM-DD HH:MM
tracker-hint-text = 与备案通知上的一致
tracker-edit-hint = Enter 保存，Esc 取消；留空则清除该项。

## icp-tui export（Markdown）

export-title = ICP 备案：{ $title }
export-intro = 来自 { $file }，截至 { $today }。规则截至 { $rules }。由 icp-tui 整理；请以接入商的最新要求逐项核对。
export-summary = 概要
export-subject = 备案主体
export-province = 省份
export-website = 网站 { $n }
export-not-given = 尚未填写
export-documents = 备案材料
export-documents-none = 暂无材料：清单依据主体性质、省份和网站生成。
export-findings = 检查结果
export-findings-none = 未发现问题。
export-severity-error = { $count } 个错误（会阻止备案）
export-severity-warning = { $count } 个警告（可能被驳回）
export-severity-info = { $count } 条建议
export-fix = 处理方法
export-deadlines-none = 暂无需要关注的日期。
export-col-deadline = 期限
export-col-due = 到期
export-col-left = 剩余
export-progress-none = 尚无记录。
export-footer = icp-tui 帮助准备备案材料；是否通过由接入商和通信管理局决定。
tracker-suggestion = { $value }（按 Enter 记录）
