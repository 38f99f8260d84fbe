## Apps, mini-programs and quick apps

## Findings of engine/apps.rs
finding-APP_NAME_INCONSISTENT = { $reason ->
    [same_id] This app has the same identifier as app { $other } ("{ $word }") but another name: the name must be the same on every platform.
   *[platform_word] The name carries the platform word "{ $word }": the name must be the same on every platform.
}
finding-APP_NAME_INCONSISTENT-fix = Use one name everywhere (stores, every platform, the filing): one name gives one filing and one number; different names need separate filings.
finding-APP_NAME_RULE = The app name is refused: { $name_rule } ("{ $word }").
finding-APP_NAME_RULE-fix = Choose a distinctive name of your own, without generic, marketing or popular-app words, placeholders or emoji.
arg-name_rule-placeholder = a placeholder name
arg-name_rule-generic = only a generic or industry word
arg-name_rule-emoji = an emoji
arg-name_rule-marketing = a price or marketing word
arg-name_rule-popular = the name of a popular app
finding-APP_SIGNATURE_FORMAT = { $reason ->
    [not_hex] This is not a hex value.
    [short_key] A public key of { $got } hex digits is not a whole key (at least { $expected } digits, an even count).
   *[length] { $got } hex digits, where { $expected } are needed.
}
finding-APP_SIGNATURE_FORMAT-fix = Copy the value again, in hex (colons may stay); icp-tui app-info FILE reads it from the APK, IPA or certificate.
finding-APP_IOS_MD5_GIVEN = This is an MD5 (32 hex digits): iOS needs the certificate's SHA-1 here, even though the field is titled MD5.
finding-APP_IOS_MD5_GIVEN-fix = Enter the SHA-1 of the iOS distribution certificate (40 hex digits); an MD5 gets the filing rejected.
finding-APP_PACKAGE_FORMAT = "{ $value }" is not a package name or bundle id of the usual form.
finding-APP_PACKAGE_FORMAT-fix = Copy it from the build: reverse-domain form such as cn.example.album (Android: letters, digits and "_", each part starting with a letter; iOS: letters, digits, "-" and ".").
finding-APP_PLATFORM_DATA_MISSING = { $platform } is listed, but its feature data is not complete: { $fields }.
finding-APP_PLATFORM_DATA_MISSING-fix = Every platform is filed with its own package name, public key and signature; app-info reads them from the release build.
finding-APP_PLATFORM_NOT_LISTED = Feature data for { $platform } is given, but the app's platforms do not list it.
finding-APP_PLATFORM_NOT_LISTED-fix = Add the platform, or remove its data; adding a platform after approval needs a change filing with the same provider.
arg-platform-android = Android
arg-platform-ios = iOS
arg-platform-harmonyos = HarmonyOS
arg-platform-mini_program = The mini-program
arg-platform-wechat = WeChat
arg-platform-alipay = Alipay
arg-platform-douyin = Douyin
arg-platform-baidu = Baidu
arg-platform-other = Other
finding-APP_MINI_PROGRAM_ID_FORMAT = { $reason ->
    [original_id] This is the original ID (gh_…), not the { $platform } AppID.
   *[shape] This is not a { $platform } AppID: it is "{ $prefix }" followed by { $length } hex digits.
}
finding-APP_MINI_PROGRAM_ID_FORMAT-fix = Copy the AppID from the platform's development settings (WeChat: 开发管理 → 开发设置).
finding-APP_ICON_TOO_LARGE = The icon is { $size_kb } KB; at most { $max_kb } KB is accepted.
finding-APP_ICON_TOO_LARGE-fix = Export the icon smaller (for example 512×512 PNG, compressed).
finding-APP_ICON_NOT_IMAGE = { $path } is not an image file.
finding-APP_ICON_NOT_IMAGE-fix = Attach the icon as a PNG or JPEG image.
finding-APP_ICON_UNCHECKED = ? The icon could not be checked: { $reason ->
    [missing] { $path } was not found.
    [not_a_file] { $path } is not a file.
    [unreadable] { $path } could not be read.
   *[not_examined] the file was not examined.
}
finding-APP_ICON_UNCHECKED-fix = Fix the path (relative paths start in the folder icp-tui runs in), so its size and kind can be checked.
finding-APP_CONTENT_PRE_APPROVAL = App content of the kind "{ $content }" needs a pre-approval, and none is recorded.
finding-APP_CONTENT_PRE_APPROVAL-fix = Obtain the approval first and record it, or remove this content from the app.
finding-APP_INDIVIDUAL_NOT_ALLOWED_CONTENT = An individual's app may not carry "{ $content }".
finding-APP_INDIVIDUAL_NOT_ALLOWED_CONTENT-fix = Remove this content, or file as an organization.
finding-APP_DOMAIN_SYNTAX = "{ $domain }" is not a domain name of a back-end server.
finding-APP_DOMAIN_SYNTAX-fix = Enter the host the app connects to, such as api.example.cn, without https:// or a path.
finding-APP_DOMAIN_NOT_FILED = { $reason ->
    [not_listed] The back-end domain { $domain } is not a website of this filing and has no ICP number recorded.
   *[other] The ICP number recorded for { $domain } is not a filing number.
}
finding-APP_DOMAIN_NOT_FILED-fix = Add the domain as a website of this filing, or record its ICP number (same subject) under domain_numbers. Providers differ on whether the website filing must come first (Huawei: no; DCloud: yes): ask yours.
finding-APP_NUMBER_FORMAT = This is not an ICP filing number of the usual form.
finding-APP_NUMBER_FORMAT-fix = Copy the number from the approval, such as 京ICP备2026012345号-2A.
finding-APP_NUMBER_NOT_APP = { $number } is a website or subject number; app numbers end in A (app), X (mini-program) or K (quick app).
finding-APP_NUMBER_NOT_APP-fix = Record website numbers as progress.icp_number, and only app numbers here.
finding-APP_NUMBER_PROVINCE = The app number starts with { $abbr }, but this province's numbers start with { $expected }.
finding-APP_NUMBER_PROVINCE-fix = Check the number, or the filing province.
finding-APP_NUMBER_SUBJECT = The app number's serial { $serial } differs from the subject's { $expected }: apps join the filing of the same subject.
finding-APP_NUMBER_SUBJECT-fix = Check both numbers; an app filed under another subject is not part of this filing.
finding-APP_NUMBER_DISPLAY = Show { $number } in the { $app_kind }'s about or settings page, linked to https://beian.miit.gov.cn/.
finding-APP_NUMBER_DISPLAY-fix = Stores check it: Xiaomi wants the number clickable, and app stores reject submissions without a matching number.
arg-app_kind-app = app
arg-app_kind-mini_program = mini-program
arg-app_kind-quick_app = quick app

## icp-tui app-info
appinfo-kind-certificate = certificate
appinfo-kind-apk = Android APK
appinfo-kind-ipa = iOS IPA
appinfo-file = { $path } ({ $kind })
appinfo-identifier-apk = Package name
appinfo-identifier-ipa = Bundle ID
appinfo-name = Name
appinfo-signer = Certificate { $n } ({ $schemes })
appinfo-subject = Subject
appinfo-issuer = Issuer
appinfo-public-key = Public key
appinfo-form-android = For the form, Android: signature MD5 { $md5 }
appinfo-form-ios = For the form, iOS: the SHA-1 { $sha1 } goes in the field titled MD5
appinfo-debug-android_debug = Debug certificate (the Android debug keystore): file the values of the release key instead.
appinfo-debug-apple_development = Development certificate: file the values of the distribution certificate instead.
appinfo-get-task-allow = The provisioning profile allows debugging (get-task-allow): this is a development build, not the App Store one.
appinfo-no-signers = No signing certificate was found.
appinfo-unverified = Signatures are not verified: the values are read from the certificates.
appinfo-unknown = { $path }: not a certificate (PEM or DER), an APK or an IPA.
appinfo-broken = { $path }: this { $kind } could not be read ({ $reason }).
appinfo-unreadable = { $path } could not be read: { $reason }

## The Apps step
apps-title = Apps, mini-programs and quick apps
apps-intro = Every app, mini-program and quick app serving mainland China must be filed, in the same filing as the subject's websites. Leave the list empty if there are none.
apps-empty = No apps yet. Press n to add one.
apps-remove-confirm = Remove "{ $name }" from this filing? Press y to remove, n or Esc to keep it.
app-untitled = App { $n }
app-edit-title = App { $n } of { $count }: { $name }
app-kind = Kind
app-kind-app = App
app-kind-mini_program = Mini-program
app-kind-quick_app = Quick app
apps-name = Name
apps-name-hint = the same name on every platform and store
app-platforms = Platforms
app-platform-android = Android
app-platform-ios = iOS
app-platform-harmonyos = HarmonyOS
app-platform-other = Other
app-domains = Back-end domains
app-domains-hint = api.example.cn, img.example.cn
app-icon = Icon file
app-icon-hint = path to a PNG or JPEG of at most 100 KB
app-android-heading = Android
app-package = Package name
app-public-key = Public key
app-signature-md5 = Signature MD5
app-ios-heading = iOS
app-bundle-id = Bundle ID
app-signature-sha1 = Signature SHA-1
app-signature-sha1-hint = the certificate's SHA-1, in the field titled MD5
app-harmonyos-heading = HarmonyOS
app-bundle-name = Bundle name
app-fingerprint = Certificate fingerprint
app-mini-program-heading = Mini-program
app-mp-platform = Platform
app-mp-wechat = WeChat
app-mp-alipay = Alipay
app-mp-douyin = Douyin
app-mp-baidu = Baidu
app-mp-other = Other
app-mp-app-id = AppID
app-leader-heading = App leader
key-app-fill = Fill from APK, IPA or certificate
key-app-read = Read the file
app-fill-path = File
app-fill-hint = path of a release APK, IPA or certificate
app-filled = Filled { $count ->
    [one] one field
   *[other] { $count } fields
} from { $path }.{ $debug ->
    [yes] { " " }It is signed with a debug or development certificate: file the release values instead.
   *[no] { "" }
}
app-fill-no-platform = { $path } is a certificate: list Android or iOS first, so its values go in the right fields.

## status and export
export-app-number = App filing number
