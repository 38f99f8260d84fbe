## Registrars, readiness, the tracker's order and working days

## Working days
deadline-estimate = 估算：{ $year } 年的节假日安排尚未公布，{ $year } 年只扣除了周末。

## Registrars and where a domain rule comes from
domains-not-checked = 未核对
domains-source = 依据
domains-source-line = { $what }（截至 { $date }）
finding-REGISTRAR_NOT_APPROVED = 注册商“{ $registrar }”位于境外，未获工信部域名注册服务许可：在该注册商处的域名无法备案。
finding-REGISTRAR_NOT_APPROVED-fix = 请先将域名转入境内有资质的注册商（如阿里云、腾讯云、华为云），在新注册商处完成实名认证，再在这里填写新的注册商。
finding-REGISTRAR_UNKNOWN = 注册商“{ $registrar }”不在 icp-tui 的名单中，未能核对其是否具备境内域名注册服务资质。
finding-REGISTRAR_UNKNOWN-fix = 请在工信部域名注册服务机构名单（domain.miit.gov.cn）中查询该注册商。若在境外，请先转移域名；若有资质，请将其加入 rules-override.toml。

## Readiness
finding-APPLICATION_INCOMPLETE = 还有 { $count } 项必填内容没有填写，首先是：{ $fields }。
finding-APPLICATION_INCOMPLETE-fix = 请在向导中填写（“检查”一步列出全部缺项，按回车可跳转到每一项），或直接在文件中填写。
review-ready-to-submit = 可以提交：必填内容已全部填写，且没有错误。
review-documents-missing = 尚未就绪：还有必需材料没有勾选，或其扫描件未通过检查（见“材料”）。
review-missing = 尚未就绪：还有 { $count } 项必填内容未填写（按步骤列在下方）。
review-missing-answer = 必填，尚未填写
field-websites = 至少一个网站

## The tracker's order
finding-PROGRESS_ORDER = { $event }的日期是 { $date }，早于{ $prior }（{ $prior_date }）。
finding-PROGRESS_ORDER-fix = 请核对进度中的这两个日期：其中一个可能填错了，或填在了错误的栏目里。
finding-SITE_OPENED_BEFORE_APPROVAL = 记录显示网站于 { $date } 开通，早于管局审核通过备案。
finding-SITE_OPENED_BEFORE_APPROVAL-fix = 备案通过前请保持网站不开通（域名不得解析到该网站）：提前开通可能导致备案被驳回或注销。如日期填错，请更正。
arg-event-provider_approved = 接入商初审通过
arg-event-sms_requested = 工信部核验短信
arg-event-sms_verified = 短信核验完成
arg-event-approved = 管局审核通过
arg-event-psb_filed = 公安备案
arg-prior-submitted = 提交接入商
arg-prior-provider_approved = 接入商初审通过
arg-prior-sms_requested = 工信部核验短信
arg-prior-approved = 管局审核通过
review-ready-but-open = 必填内容已全部填写，且没有错误；但下方有 { $count } 项未能核实或可能被质疑：提交前请逐项查看。
