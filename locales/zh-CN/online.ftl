## Online checks of the live site, DNS and WHOIS

## Command-line options of `check --online`
cli-check-online = 同时进行在线检查：网站首页底部、域名解析（DNS）和 WHOIS 记录（会访问网络）
cli-check-resolve = 与 --online 同用：连接 HOST 时使用地址 ADDR，不做解析（可重复，同 curl；也可写 HOST:PORT:ADDR）
cli-check-whois-server = 与 --online 同用：所有域名都向此 WHOIS 服务器查询，而不是注册局的服务器（默认端口 43）
cli-check-dns-server = 与 --online 同用：向此域名服务器查询，而不是 /etc/resolv.conf 中的服务器
cli-check-timeout = 与 --online 同用：每次连接和请求最多等待的秒数（1 到 600，默认 10）
cli-bad-resolve = --resolve “{ $value }”不是 HOST:ADDR（或 HOST:PORT:ADDR）加 IP 地址的形式，例如 www.example.cn:127.0.0.1。
cli-bad-whois-server = --whois-server “{ $value }”不是 HOST 或 HOST:PORT，例如 whois.cnnic.cn 或 127.0.0.1:4343。
cli-bad-dns-server = --dns-server “{ $value }”不是 IP 地址（可带端口），例如 127.0.0.1:5353。
cli-bad-timeout = --timeout “{ $value }”不是 1 到 600 之间的整数秒。

## The online section of `check`'s report
online-heading = 在线检查（✓ 通过，✗ 未通过，? 无法检查）：
online-no-websites = 没有填写网站：无可在线检查的内容。
online-check-of-domain = { $domain } 的{ $check }
online-check-of-website = 第 { $index } 个网站的{ $check }
online-check-site = 首页
online-check-footer_icp = 底部 ICP 备案号
online-check-footer_psb = 底部公安备案号
online-check-dns = 域名解析
online-check-whois_registrant = 域名持有者（WHOIS）
online-check-whois_expiry = 域名到期日（WHOIS）

## What each check found
online-internal = 无法检查：检查意外中止。
online-no-domain = 无法检查：该网站没有填写域名。
online-offline = 无法检查：网络上没有任何回应（未联网？）：{ $reason }
online-offline-footer = 无法检查：首页无法获取，且网络上没有任何回应。
online-site-fetched = 已获取 { $url }（HTTP { $status }）。
online-site-unreachable = 首页无法获取：{ $reason }
online-footer-no-page = 无法检查：未能获取首页。
online-footer-too-large = 无法检查：首页大于 { $limit } MiB。
online-footer-script-only = 无法检查：页面在脚本运行前没有任何文字；请在浏览器中查看页面底部。
online-footer-no-icp-number = 无法检查：未填写 ICP 备案号（progress.icp_number）。
online-footer-no-psb-number = 无法检查：未填写公安备案号（progress.psb_number）。
online-footer-icp-ok = 显示 { $number }，并链接到 beian.miit.gov.cn。
online-footer-icp-missing = 页面文字中没有 { $number }。
online-footer-icp-other = 显示的是 { $shown }（其他网站的备案号），不是 { $number }。
online-footer-icp-not-linked = 显示 { $number }，但没有任何链接指向 beian.miit.gov.cn。
online-footer-icp-old-link = 显示 { $number }，但链接指向已停用的 { $link }，而不是 beian.miit.gov.cn。
online-footer-psb-ok = 显示 { $number }。
online-footer-psb-missing = 页面文字中没有 { $number }。
online-dns-ok = 解析到 { $addrs }（未填写实例地址，无从比较）。
online-dns-instance = 解析到 { $addrs }，其中包括实例的 { $ip }。
online-dns-not-instance = 解析到 { $addrs }，不是实例的 { $ip }。
online-dns-cname = 无法比较：经 CNAME { $cnames }（CDN 或 WAF？）解析到 { $addrs }；从外部看不出 { $ip } 是否为其源站。
online-dns-not-found = 域名服务器答复该域名不存在（NXDOMAIN）。
online-dns-no-address = 域名存在，但没有 A 或 AAAA 记录。
online-dns-server-error = 无法检查：域名服务器答复 { $code }。
online-dns-no-server = 无法检查：没有配置域名服务器（/etc/resolv.conf）；请用 --dns-server 指定。
online-dns-unreachable = 无法检查：域名服务器 { $server } 没有回应：{ $reason }
online-whois-unreachable = 无法检查：WHOIS 服务器 { $server } 没有回应：{ $reason }
online-whois-no-server = 无法检查：IANA 没有列出 .{ $tld } 的 WHOIS 服务器。
online-whois-not-found = 无法检查：{ $server } 没有该域名的记录。
online-whois-absent = 无法检查：{ $server } 没有显示此项。
online-whois-redacted = 无法核对：{ $server } 隐藏了此项（已脱敏）。
online-whois-no-subject = 无法检查：注册局显示“{ $registrant }”，但未填写备案主体名称。
online-whois-registrant-ok = { $server } 显示“{ $registrant }”，即备案主体。
online-whois-registrant-differs = { $server } 显示“{ $registrant }”，不是备案主体“{ $subject }”。
online-whois-expiry-not-recorded = 无法比较：{ $server } 显示 { $registry }；registration.expires 未填写。
online-whois-expiry-ok = { $server } 显示 { $registry }，与填写的一致。
online-whois-expiry-differs = { $server } 显示 { $registry }；申请中填写的是 { $recorded }。

## Findings of the online checks
finding-FOOTER_ICP_MISSING = 首页 { $url } 没有显示 ICP 备案号 { $number }。
finding-FOOTER_ICP_MISSING-fix = 请在首页底部中间以文字显示 { $number }（或不带 -n 的主体备案号）（《非经营性互联网信息服务备案管理办法》第十三条）。
finding-FOOTER_ICP_NOT_LINKED = 首页 { $url } 显示了 { $number }，但没有链接到 beian.miit.gov.cn。
finding-FOOTER_ICP_NOT_LINKED-fix = 请把备案号链接到 https://beian.miit.gov.cn/（未链接可处 5000 至 10000 元罚款，第二十五条）。
finding-FOOTER_PSB_MISSING = 首页 { $url } 没有显示公安备案号 { $number }。
finding-FOOTER_PSB_MISSING-fix = 请在公安备案通过后 30 日内，把公安备案平台提供的代码（备案号、图标、指向 beian.mps.gov.cn 的链接）加到页面底部。
finding-DNS_NOT_RESOLVING = { $domain } 无法解析。
finding-DNS_NOT_RESOLVING-fix = 请在 DNS 服务商处添加 A 记录，指向已备案的实例：无法访问的网站可能被当作空壳注销。
finding-DNS_NOT_INSTANCE = { $domain } 解析到 { $addrs }，不是实例的 { $ip }。
finding-DNS_NOT_INSTANCE-fix = 请把域名解析到已备案的实例（核查会看解析地址是否属于接入商），或更正 access.public_ip_address。
finding-SITE_UNREACHABLE = { $domain } 的首页无法获取：{ $reason }
finding-SITE_UNREACHABLE-fix = 请保持网站可以访问：已备案但无法打开的网站可能被当作空壳注销。如果网站在其他地址（例如 www.）提供，请把该地址填在 websites.footer.url。
finding-WHOIS_REGISTRANT_MISMATCH = 注册局显示的域名持有者是“{ $registrant }”，不是备案主体“{ $subject }”。
finding-WHOIS_REGISTRANT_MISMATCH-fix = 请在注册商处把域名过户到备案主体名下（并完成实名），或更正主体名称。
finding-WHOIS_EXPIRY_DIFFERS = 注册局显示域名于 { $registry } 到期；申请中填写的是 { $recorded }。
finding-WHOIS_EXPIRY_DIFFERS-fix = 请在注册商控制台核对到期日并更正 registration.expires（续费后日期会变）。

## The Domains step's online panel (key o)
online-key-check = 在线检查
online-key-fill = 用注册局信息填写
online-key-go = 联网检查
online-key-cancel = 取消
online-key-fill-yes = 填写
online-key-fill-no = 保持不变
online-panel-title = 在线检查（网站、域名解析和 WHOIS）
online-panel-confirm = 将访问网络：检查 { $count } 个域名的网站、域名解析和 WHOIS。按 Enter 继续，按 Esc 取消。
online-panel-running = 正在在线检查 { $count } 个域名的网站、域名解析和 WHOIS：已收到 { $done } / { $total } 项答复；按键仍可使用。
online-fill-offer = f：用注册局的信息填写本网站空着的域名登记项（会先询问）。
online-fill-ask = 用注册局的信息填写空着的项吗？持有者：{ $registrant }；到期日：{ $expires }。按 y 填写，按 n 保持不变。
online-fill-unchanged = （不变）
