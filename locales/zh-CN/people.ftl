## People, contacts, instances, province rules and names

finding-LICENCE_VALIDITY_SHORT = { $province }要求营业执照剩余有效期超过 { $min } 天；执照将于 { $date } 到期，还剩 { $days } 天。
finding-LICENCE_VALIDITY_SHORT-fix = 请先换发执照，或待新执照下发后再备案。
finding-LEADER_NOT_SITE_LEADER = { $province }要求：主体负责人不是法定代表人时，须同时担任每个网站的负责人；该网站的负责人是另一人。
finding-LEADER_NOT_SITE_LEADER-fix = 请由主体负责人担任该网站负责人，或将法定代表人填写为主体负责人。
finding-SITE_LEADER_IS_SUBJECT_LEADER = { $province }要求网站负责人与主体负责人为不同人员。
finding-SITE_LEADER_IS_SUBJECT_LEADER-fix = 请指定单位内的另一人担任网站负责人。
finding-FOREIGN_INDIVIDUAL_REFUSED = { $province }不接受外籍人士以个人身份备案。
finding-FOREIGN_INDIVIDUAL_REFUSED-fix = 请以单位名义备案，或在接受外籍个人的省份备案。
finding-PERSONAL_DOCUMENT_REFUSED = { $province }不接受以{ $type }作为身份证件。
finding-PERSONAL_DOCUMENT_REFUSED-fix = 请使用该省接受的证件（港澳台居民：居住证或来往内地通行证）。
finding-MOBILE_LOCAL_UNCONFIRMED = ？{ $province }要求使用本省登记的手机号码。号码可以跨省转网，icp-tui 无法从号码判断，因此尚未确认。
finding-MOBILE_LOCAL_UNCONFIRMED-fix = 请回答该手机号码是否在本省登记（mobile_local = true 或 false）。
finding-MOBILE_NOT_LOCAL = { $province }要求使用本省登记的手机号码，该号码不是。
finding-MOBILE_NOT_LOCAL-fix = 请填写在本省登记的手机号码。
finding-SECOND_CONTACT_MISSING = { $same ->
    [true] { $province }要求填写第二联系电话，但所填号码与手机号码相同。
   *[other] { $province }要求在手机号码之外填写第二联系电话。
}
finding-SECOND_CONTACT_MISSING-fix = 请在电话一栏填写固定电话或另一个手机号码。
finding-ADDRESS_NOT_IN_PROVINCE = 通信地址位于{ $named }，不在{ $province }。
finding-ADDRESS_NOT_IN_PROVINCE-fix = 请填写备案省份内的通信地址，或在您所在的省份备案。
finding-ADDRESS_PROVINCE_UNCONFIRMED = ？通信地址中既没有{ $province }，也没有该省的城市名称，icp-tui 无法判断地址是否在本省。
finding-ADDRESS_PROVINCE_UNCONFIRMED-fix = 请从省或市写起填写地址（如 省……市……区……）。
finding-ADDRESS_CITY_UNCONFIRMED = ？{ $province }要求通信地址与证件地址在同一城市；icp-tui 无法读取证件所在城市。
finding-ADDRESS_CITY_UNCONFIRMED-fix = 请回答通信地址是否与证件地址在同一城市（address_in_document_city = true 或 false）。
finding-ADDRESS_NOT_IN_DOCUMENT_CITY = { $province }要求通信地址与证件地址在同一城市；您回答不在同一城市。
finding-ADDRESS_NOT_IN_DOCUMENT_CITY-fix = 请填写证件所在城市的通信地址。
finding-WEBSITE_NAME_PERSON = 个人网站不能以人名命名；名称中含有“{ $word }”。
finding-WEBSITE_NAME_PERSON-fix = 请按网站内容命名。
finding-WEBSITE_NAME_PLACE = { $province }的个人网站名称不能含有地名（“{ $word }”）。
finding-WEBSITE_NAME_PLACE-fix = 请从网站名称中去掉地名。
finding-WEBSITE_NAME_SUGGESTION = 根据您填写的名称改写、可通过上述检查的名称：{ $name }
finding-WEBSITE_NAME_SUGGESTION-fix = 可采用该名称，或另拟一个能说明网站内容的名称。
finding-DOMAIN_SUFFIX_REFUSED_INDIVIDUAL = { $province }不接受个人备案 .{ $suffix } 域名。
finding-DOMAIN_SUFFIX_REFUSED_INDIVIDUAL-fix = 请使用其他后缀的域名。
finding-DOMAIN_SUFFIX_FOR_KIND = { $province }要求{ $kind }使用以下后缀之一的域名：{ $suffixes }。
finding-DOMAIN_SUFFIX_FOR_KIND-fix = 请注册带有上述后缀之一的域名。
finding-ORDER_TOO_MANY_WEBSITES = { $province }每个备案订单只接受 { $max } 个网站；本次填写了 { $count } 个。
finding-ORDER_TOO_MANY_WEBSITES-fix = 本次先备案 { $max } 个网站，其余网站在通过后以新增网站方式提交。
finding-ACCESS_NO_PUBLIC_IP = 该实例没有公网IP，无法申请备案服务号或授权码。
finding-ACCESS_NO_PUBLIC_IP-fix = 请为实例分配公网IP或弹性公网IP（EIP），或购买公网带宽。
finding-ACCESS_EDITION_NOT_ELIGIBLE = { $edition } 版本不能用于备案；仅以下版本可以：{ $editions }。
finding-ACCESS_EDITION_NOT_ELIGIBLE-fix = 请升级到可备案的版本。
finding-ACCESS_EDITION_UNANSWERED = ？该产品仅部分版本可用于备案（{ $editions }），尚未填写所购版本。
finding-ACCESS_EDITION_UNANSWERED-fix = 请填写所购买的版本。
finding-ACCESS_PROVIDER_UNCHECKED = ？icp-tui 没有该接入商的规则：服务（{ $service }）、地域（{ $region }）及购买条件均未检查。
finding-ACCESS_PROVIDER_UNCHECKED-fix = 请向接入商确认实例位于中国内地、为包年包月，并可用于备案。

finding-ACCESS_SERVICE_UNCONFIRMED = ？只有接入商的备案服务API把 { $service } 列为备案产品，其可备案实例类型表中没有它，icp-tui 无法确认它能用于备案。
finding-ACCESS_SERVICE_UNCONFIRMED-fix = 使用前请先向接入商确认，或把网站部署在表中列出的实例类型上（云服务器 ECS、轻量应用服务器）。

finding-LEADER_MAINLAND_ID_REQUIRED = { $province }要求主体负责人持内地居民身份证，不能使用{ $type }：法定代表人为外籍或港澳台人士时，须授权一名内地公民担任。
finding-LEADER_MAINLAND_ID_REQUIRED-fix = 请由一名内地公民担任主体负责人，并提供法定代表人授权书。

# 数据无法判断时询问的字段，以及没有规则的接入商。
subject-address-in-document-city = 通信地址在证件所在城市
leader-mobile-local = 手机号码在本省登记
access-service-name = 服务（接入商的名称）
access-service-name-hint = 接入商的叫法，如 云主机
access-edition = 版本
access-order-amount = 订单金额（元）
edition-enterprise = 企业版
edition-ultimate = 旗舰版
