## 数据步骤（主体、网站、接入、检查）及其共用的表单。

key-fields = 上一项/下一项
key-next-field = 下一项
key-reveal = 显示/隐藏号码
key-choose = 选择
key-toggle = 切换
key-press = 执行
key-done = 完成
key-edit = 编辑
key-add = 添加
key-remove = 删除
key-go-to-field = 转到该项

form-long-term-hint = YYYY-MM-DD，长期有效请留空
form-invalid-number = 请输入 0 或更大的整数，暂未保存。
form-yes = 是
form-no = 否
form-unanswered = 未填写
form-choose = 按 Enter 选择
form-none = 未选择
form-no-options = 暂无可选项。
form-no-findings = 本步骤暂未发现问题。
form-findings-count = 检查结果：{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 条提示

kind-individual = 个人
kind-enterprise = 企业
kind-government = 政府机关
kind-public_institution = 事业单位
kind-social_organization = 社会团体
kind-other_organization = 其他组织

cert-resident_id = 居民身份证
cert-uscc = 统一社会信用代码
cert-business_license = 营业执照
cert-hk_macao_permit = 港澳居民来往内地通行证
cert-taiwan_permit = 台湾居民来往大陆通行证
cert-foreign_permanent_residence = 外国人永久居留身份证
cert-passport = 护照
cert-residence_permit = 居住证
cert-other = 其他证件

content-general = 综合
content-news = 新闻
content-publishing = 网络出版
content-education = 教育
content-medical = 医疗保健
content-drugs_devices = 药品和医疗器械
content-culture = 网络文化
content-radio_tv = 广播电影电视
content-finance = 金融
content-religion = 宗教
content-games = 网络游戏
content-forum = 论坛社区
content-e_commerce = 电子商务

billing-subscription = 包年包月
billing-pay_as_you_go = 按量付费

provider-alibaba = 阿里云
provider-huawei = 华为云
provider-tencent = 腾讯云
provider-other = 其他服务商
service-other = 其他产品

## 主体步骤

subject-title = 谁来备案：主体和主体负责人
subject-kind = 主体性质
subject-name = 名称
subject-name-person = 姓名
subject-name-org = 单位名称
subject-certificate-type = 证件类型
subject-certificate-number = 证件号码
subject-certificate-expires = 证件有效期至
subject-address = 通信地址
subject-residence-permit = 持有本省居住证
subject-leader-heading = 主体负责人
leader-name = 姓名
leader-legal-rep = 是法定代表人
leader-id-type = 证件类型
leader-id-number = 证件号码
leader-id-expires = 证件有效期至
leader-mobile = 手机号码
leader-mobile-hint = 中国大陆手机号，如 13800138000
leader-phone = 固定电话
leader-phone-hint = 选填，如 010-12345678
leader-email = 电子邮箱

## 网站步骤

websites-title = 网站
websites-intro = 每个网站对应一个域名。请添加本次备案的所有网站；网站负责人和域名注册信息须与注册商显示的一致。
websites-empty = 还没有网站。按 n 添加。
websites-remove-confirm = 从本次备案中删除「{ $name }」？按 y 删除，按 n 或 Esc 保留。
site-untitled = 网站 { $n }
site-edit-title = 网站 { $n }/{ $count }：{ $name }
site-name = 网站名称
site-domain = 域名
site-domain-hint = 如 example.cn
site-homepage = 首页地址
site-content = 内容类别
site-pre-approvals = 已有前置审批
site-leader-heading = 网站负责人
site-same-leader = 同主体负责人
site-same-leader-action = 复制主体负责人的信息
site-registration-heading = 域名注册信息（以注册商显示为准）
site-registrant = 域名持有者
site-registrar = 注册商
site-verified = 已完成实名认证
site-verified-on = 实名认证日期
site-expires = 域名到期日

## 接入步骤

access-title = 接入信息：承载备案的云产品
access-provider = 云服务商
access-service-type = 产品类型
access-instance-id = 实例 ID
access-region = 地域
access-region-hint = 按 Enter 选择大陆地域，或直接输入地域 ID
access-billing = 计费方式
access-start = 购买日期
access-end = 到期日期
access-public-ip = 有公网 IP
access-codes-used = 已用备案服务号
access-codes-hint = 本实例已用掉的服务号数量
access-not-eligible = 不能用于备案

## 检查步骤

review-title = 检查：可以提交备案了吗？
review-not-ready = 还不能提交：先修正 { $errors } 个错误。
review-no-websites = 未发现错误，但还没有添加网站。
review-answered = 已填 { $done }/{ $all }
review-websites-answered = { $sites } 个网站，已填 { $done }/{ $all }
review-errors = { $errors } 个错误
review-warnings = { $warnings } 个警告
review-no-findings = 暂时没有需要修正的问题。输入时会随时重新检查。
review-group = { $step }（{ $count }）
