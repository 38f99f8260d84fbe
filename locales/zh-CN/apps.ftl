## Apps, mini-programs and quick apps

## Findings of engine/apps.rs
finding-APP_NAME_INCONSISTENT = { $reason ->
    [same_id] 此应用与第 { $other } 个应用（“{ $word }”）标识相同，但名称不同：各平台名称须一致。
   *[platform_word] 名称中含有平台词“{ $word }”：各平台名称须一致。
}
finding-APP_NAME_INCONSISTENT-fix = 请在应用商店、各平台和备案中使用同一名称：同一名称对应一个备案和一个备案号，名称不同须分别备案。
finding-APP_NAME_RULE = 应用名称不符合要求：{ $name_rule }（“{ $word }”）。
finding-APP_NAME_RULE-fix = 请选用有辨识度的自有名称，不含通用词、营销词、热门应用名称、占位名称或表情符号。
arg-name_rule-placeholder = 占位名称
arg-name_rule-generic = 仅为通用名称或行业名称
arg-name_rule-emoji = 含表情符号
arg-name_rule-marketing = 含价格或营销用语
arg-name_rule-popular = 使用了热门应用的名称
finding-APP_SIGNATURE_FORMAT = { $reason ->
    [not_hex] 这不是十六进制值。
    [short_key] { $got } 位十六进制不是完整的公钥（至少 { $expected } 位，且为偶数位）。
   *[length] 共 { $got } 位十六进制，应为 { $expected } 位。
}
finding-APP_SIGNATURE_FORMAT-fix = 请重新复制该值，使用十六进制（可保留冒号）；icp-tui app-info 文件 可从 APK、IPA 或证书中读取。
finding-APP_IOS_MD5_GIVEN = 这是 MD5 值（32 位十六进制）：此栏虽名为“签名MD5值”，iOS 须填写证书的 SHA-1 值。
finding-APP_IOS_MD5_GIVEN-fix = 请填写 iOS 发布证书的 SHA-1 值（40 位十六进制）；填写 MD5 会导致备案被驳回。
finding-APP_PACKAGE_FORMAT = “{ $value }”不是常见格式的包名或 Bundle ID。
finding-APP_PACKAGE_FORMAT-fix = 请从构建配置中复制，采用反向域名形式，如 cn.example.album（安卓：字母、数字和“_”，每段以字母开头；iOS：字母、数字、“-”和“.”）。
finding-APP_PLATFORM_DATA_MISSING = 已列出{ $platform }，但其特征信息不完整：{ $fields }。
finding-APP_PLATFORM_DATA_MISSING-fix = 每个平台须分别填写包名、公钥和签名；app-info 可从发布版安装包中读取。
finding-APP_PLATFORM_NOT_LISTED = 填写了{ $platform }的特征信息，但应用的平台中没有它。
finding-APP_PLATFORM_NOT_LISTED-fix = 请添加该平台或删除其信息；备案通过后新增平台须向原接入商办理变更备案。
arg-platform-android = 安卓
arg-platform-ios = iOS
arg-platform-harmonyos = 鸿蒙
arg-platform-mini_program = 小程序
arg-platform-wechat = 微信
arg-platform-alipay = 支付宝
arg-platform-douyin = 抖音
arg-platform-baidu = 百度
arg-platform-other = 其他
finding-APP_MINI_PROGRAM_ID_FORMAT = { $reason ->
    [original_id] 这是原始ID（gh_…），不是{ $platform }小程序的 AppID。
   *[shape] 这不是{ $platform }小程序的 AppID：AppID 为“{ $prefix }”加 { $length } 位十六进制。
}
finding-APP_MINI_PROGRAM_ID_FORMAT-fix = 请从平台的开发设置中复制 AppID（微信：开发管理 → 开发设置）。
finding-APP_ICON_TOO_LARGE = 图标大小为 { $size_kb } KB，最多允许 { $max_kb } KB。
finding-APP_ICON_TOO_LARGE-fix = 请导出更小的图标（例如压缩后的 512×512 PNG）。
finding-APP_ICON_NOT_IMAGE = { $path } 不是图片文件。
finding-APP_ICON_NOT_IMAGE-fix = 请以 PNG 或 JPEG 图片作为图标。
finding-APP_ICON_UNCHECKED = ? 无法检查图标：{ $reason ->
    [missing] 找不到 { $path }。
    [not_a_file] { $path } 不是文件。
    [unreadable] 无法读取 { $path }。
   *[not_examined] 未检查该文件。
}
finding-APP_ICON_UNCHECKED-fix = 请改正路径（相对路径从运行 icp-tui 的文件夹算起），以便检查其大小和类型。
finding-APP_CONTENT_PRE_APPROVAL = “{ $content }”类应用内容需要前置审批，但没有登记审批文件。
finding-APP_CONTENT_PRE_APPROVAL-fix = 请先取得审批并登记，或从应用中去掉这类内容。
finding-APP_INDIVIDUAL_NOT_ALLOWED_CONTENT = 个人应用不能涉及“{ $content }”。
finding-APP_INDIVIDUAL_NOT_ALLOWED_CONTENT-fix = 请去掉这类内容，或以单位名义备案。
finding-APP_DOMAIN_SYNTAX = “{ $domain }”不是后端服务器的域名。
finding-APP_DOMAIN_SYNTAX-fix = 请填写应用连接的主机名，如 api.example.cn，不含 https:// 或路径。
finding-APP_DOMAIN_NOT_FILED = { $reason ->
    [not_listed] 后端域名 { $domain } 不是本备案中的网站，也没有登记其 ICP 备案号。
   *[other] 为 { $domain } 登记的 ICP 备案号不是有效的备案号。
}
finding-APP_DOMAIN_NOT_FILED-fix = 请将该域名作为本备案的网站添加，或在 domain_numbers 中登记其（同一主体的）备案号。各接入商对是否须先完成网站备案说法不一（华为云：不需要；DCloud：需要），请以您的接入商为准。
finding-APP_NUMBER_FORMAT = 这不是常见格式的 ICP 备案号。
finding-APP_NUMBER_FORMAT-fix = 请从审核通过的通知中复制备案号，如 京ICP备2026012345号-2A。
finding-APP_NUMBER_NOT_APP = { $number } 是网站或主体备案号；应用备案号以 A（App）、X（小程序）或 K（快应用）结尾。
finding-APP_NUMBER_NOT_APP-fix = 网站备案号请填在 progress.icp_number，这里只填应用备案号。
finding-APP_NUMBER_PROVINCE = 应用备案号以“{ $abbr }”开头，但本省的备案号以“{ $expected }”开头。
finding-APP_NUMBER_PROVINCE-fix = 请核对备案号或备案省份。
finding-APP_NUMBER_SUBJECT = 应用备案号的主体编号 { $serial } 与主体的 { $expected } 不同：应用应加入同一主体的备案。
finding-APP_NUMBER_SUBJECT-fix = 请核对两个备案号；其他主体名下的应用不属于本备案。
finding-APP_NUMBER_DISPLAY = 请在{ $app_kind }的“关于”或“设置”页显示 { $number }，并链接到 https://beian.miit.gov.cn/。
finding-APP_NUMBER_DISPLAY-fix = 应用商店会检查：小米要求备案号可点击，缺少匹配备案号的提交会被拒绝。
arg-app_kind-app = App
arg-app_kind-mini_program = 小程序
arg-app_kind-quick_app = 快应用

## icp-tui app-info
appinfo-kind-certificate = 证书
appinfo-kind-apk = 安卓 APK
appinfo-kind-ipa = iOS IPA
appinfo-file = { $path }（{ $kind }）
appinfo-identifier-apk = 包名
appinfo-identifier-ipa = Bundle ID
appinfo-name = 名称
appinfo-signer = 证书 { $n }（{ $schemes }）
appinfo-subject = 使用者
appinfo-issuer = 颁发者
appinfo-public-key = 公钥
appinfo-form-android = 备案表单（安卓）：签名MD5值 { $md5 }
appinfo-form-ios = 备案表单（iOS）：在“签名MD5值”一栏填写 SHA-1 值 { $sha1 }
appinfo-debug-android_debug = 调试证书（安卓调试密钥库）：请改用发布密钥的信息备案。
appinfo-debug-apple_development = 开发证书：请改用发布（Distribution）证书的信息备案。
appinfo-get-task-allow = 描述文件允许调试（get-task-allow）：这是开发版本，不是 App Store 版本。
appinfo-no-signers = 没有找到签名证书。
appinfo-unverified = 未验证签名：这些值读取自证书本身。
appinfo-unknown = { $path }：不是证书（PEM 或 DER）、APK 或 IPA。
appinfo-broken = { $path }：无法读取此{ $kind }（{ $reason }）。
appinfo-unreadable = 无法读取 { $path }：{ $reason }

## The Apps step
apps-title = App、小程序和快应用
apps-intro = 面向中国大陆提供服务的 App、小程序和快应用都须备案，并与主体的网站在同一备案中办理。没有的话，列表留空即可。
apps-empty = 还没有应用。按 n 添加。
apps-remove-confirm = 从本备案中删除“{ $name }”？按 y 删除，按 n 或 Esc 保留。
app-untitled = 应用 { $n }
app-edit-title = 应用 { $n }/{ $count }：{ $name }
app-kind = 类型
app-kind-app = App
app-kind-mini_program = 小程序
app-kind-quick_app = 快应用
apps-name = 名称
apps-name-hint = 各平台和应用商店使用同一名称
app-platforms = 平台
app-platform-android = 安卓
app-platform-ios = iOS
app-platform-harmonyos = 鸿蒙
app-platform-other = 其他
app-domains = 后端域名
app-domains-hint = api.example.cn, img.example.cn
app-icon = 图标文件
app-icon-hint = 不超过 100KB 的 PNG 或 JPEG 文件路径
app-android-heading = 安卓
app-package = 包名
app-public-key = 公钥
app-signature-md5 = 签名MD5值
app-ios-heading = iOS
app-bundle-id = Bundle ID
app-signature-sha1 = 签名SHA-1值
app-signature-sha1-hint = 证书的 SHA-1 值，填在“签名MD5值”一栏
app-harmonyos-heading = 鸿蒙
app-bundle-name = 包名（bundleName）
app-fingerprint = 证书指纹
app-mini-program-heading = 小程序
app-mp-platform = 平台
app-mp-wechat = 微信
app-mp-alipay = 支付宝
app-mp-douyin = 抖音
app-mp-baidu = 百度
app-mp-other = 其他
app-mp-app-id = AppID
app-leader-heading = 应用负责人
key-app-fill = 从 APK、IPA 或证书填写
key-app-read = 读取文件
app-fill-path = 文件
app-fill-hint = 发布版 APK、IPA 或证书的路径
app-filled = 已从 { $path } 填写 { $count } 项。{ $debug ->
    [yes] 它使用调试或开发证书签名：请改用发布版的信息备案。
   *[no] { "" }
}
app-fill-no-platform = { $path } 是证书：请先选择安卓或 iOS 平台，以便填入正确的栏目。

## status and export
export-app-number = 应用备案号
