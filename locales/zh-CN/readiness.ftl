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
review-documents-missing = 尚未就绪：还有必需材料没有勾选（见“材料”）。
review-missing = 尚未就绪：还有 { $count } 项必填内容未填写（按步骤列在下方）。
review-missing-answer = 必填，尚未填写
field-websites = 至少一个网站
