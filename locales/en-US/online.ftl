## Online checks of the live site, DNS and WHOIS

## Command-line options of `check --online`
cli-check-online = Also check online: the live homepage's footer, the domain's DNS and its WHOIS record (contacts the network)
cli-check-resolve = With --online: connect to HOST at ADDR instead of resolving it (repeatable, as curl's; HOST:PORT:ADDR too)
cli-check-whois-server = With --online: ask this WHOIS server for every domain instead of the registry's (port 43 unless given)
cli-check-dns-server = With --online: ask this name server instead of those of /etc/resolv.conf
cli-check-timeout = With --online: seconds to wait for each connection and request (1 to 600, default 10)
cli-bad-resolve = --resolve "{ $value }" is not HOST:ADDR (or HOST:PORT:ADDR) with an IP address, e.g. www.example.cn:127.0.0.1.
cli-bad-whois-server = --whois-server "{ $value }" is not HOST or HOST:PORT, e.g. whois.cnnic.cn or 127.0.0.1:4343.
cli-bad-dns-server = --dns-server "{ $value }" is not an IP address with an optional port, e.g. 127.0.0.1:5353.
cli-bad-timeout = --timeout "{ $value }" is not a whole number of seconds from 1 to 600.

## The online section of `check`'s report
online-heading = Online checks (✓ passed, ✗ failed, ? could not run):
online-no-websites = No website is recorded: nothing to check online.
online-check-of-domain = { $check } of { $domain }
online-check-of-website = { $check } of website { $index }
online-check-site = Homepage
online-check-footer_icp = Footer ICP number
online-check-footer_psb = Footer PSB number
online-check-dns = DNS
online-check-whois_registrant = WHOIS registrant
online-check-whois_expiry = WHOIS expiry

## What each check found
online-internal = could not run: the check stopped unexpectedly.
online-no-domain = could not run: no domain is recorded for this website.
online-offline = could not run: nothing on the network answered (offline?): { $reason }
online-offline-footer = could not run: the homepage could not be fetched and nothing on the network answered.
online-site-fetched = fetched { $url } (HTTP { $status }).
online-site-unreachable = the homepage could not be fetched: { $reason }
online-footer-no-page = could not run: the homepage was not fetched.
online-footer-too-large = could not run: the homepage is larger than { $limit } MiB.
online-footer-script-only = could not run: the page shows no text before its scripts run; look at its footer in a browser.
online-footer-no-icp-number = could not run: no ICP number is recorded (progress.icp_number).
online-footer-no-psb-number = could not run: no PSB number is recorded (progress.psb_number).
online-footer-icp-ok = shows { $number } and links to beian.miit.gov.cn.
online-footer-icp-missing = { $number } is not in the page's text.
online-footer-icp-other = shows { $shown }, another website's number, not { $number }.
online-footer-icp-not-linked = shows { $number } but links nowhere to beian.miit.gov.cn.
online-footer-icp-old-link = shows { $number } but links to the retired { $link }, not to beian.miit.gov.cn.
online-footer-psb-ok = shows { $number }.
online-footer-psb-missing = { $number } is not in the page's text.
online-dns-ok = resolves to { $addrs } (no instance address is recorded to compare with).
online-dns-instance = resolves to { $addrs }, including the instance's { $ip }.
online-dns-not-instance = resolves to { $addrs }, not to the instance's { $ip }.
online-dns-cname = could not compare: resolves through the CNAME { $cnames } (a CDN or WAF?) to { $addrs }; whether { $ip } is its origin cannot be seen from outside.
online-dns-not-found = the name server says the domain does not exist (NXDOMAIN).
online-dns-no-address = the domain exists but has no A or AAAA record.
online-dns-server-error = could not run: the name server answered { $code }.
online-dns-no-server = could not run: no name server is configured (/etc/resolv.conf); give one with --dns-server.
online-dns-unreachable = could not run: the name server { $server } did not answer: { $reason }
online-whois-unreachable = could not run: the WHOIS server { $server } did not answer: { $reason }
online-whois-no-server = could not run: IANA names no WHOIS server for .{ $tld }.
online-whois-not-found = could not run: { $server } has no record of this domain.
online-whois-absent = could not run: { $server } does not show this value.
online-whois-redacted = could not be checked: { $server } withholds this value (redacted).
online-whois-no-subject = could not run: the registry names "{ $registrant }", but no subject name is recorded.
online-whois-registrant-ok = { $server } names "{ $registrant }", the filing subject.
online-whois-registrant-differs = { $server } names "{ $registrant }", not the filing subject "{ $subject }".
online-whois-expiry-not-recorded = could not compare: { $server } says { $registry }; registration.expires is empty.
online-whois-expiry-ok = { $server } says { $registry }, as recorded.
online-whois-expiry-differs = { $server } says { $registry }; the application records { $recorded }.

## Findings of the online checks
finding-FOOTER_ICP_MISSING = The homepage { $url } does not show the ICP number { $number }.
finding-FOOTER_ICP_MISSING-fix = Show { $number } (or the subject number without -n) as text at the bottom centre of the homepage (Order 33 Art. 13).
finding-FOOTER_ICP_NOT_LINKED = The homepage { $url } shows { $number } without a link to beian.miit.gov.cn.
finding-FOOTER_ICP_NOT_LINKED-fix = Link the number to https://beian.miit.gov.cn/ (a missing link is fined 5,000–10,000 CNY, Order 33 Art. 25).
finding-FOOTER_PSB_MISSING = The homepage { $url } does not show the PSB number { $number }.
finding-FOOTER_PSB_MISSING-fix = Add the public-security platform's snippet (number, badge, link to beian.mps.gov.cn) to the footer within 30 days of the PSB approval.
finding-DNS_NOT_RESOLVING = { $domain } does not resolve.
finding-DNS_NOT_RESOLVING-fix = Add an A record for it at your DNS provider, pointing at the filed instance: a site that cannot be reached can be cancelled as an empty shell.
finding-DNS_NOT_INSTANCE = { $domain } resolves to { $addrs }, not to the instance's { $ip }.
finding-DNS_NOT_INSTANCE-fix = Point the domain at the filed instance (audits check that the address belongs to the access provider), or correct access.public_ip_address.
finding-SITE_UNREACHABLE = The homepage of { $domain } could not be fetched: { $reason }
finding-SITE_UNREACHABLE-fix = Keep the site reachable: a filed site that does not open can be cancelled as an empty shell. If it is served at another address (such as www.), give that as websites.footer.url.
finding-WHOIS_REGISTRANT_MISMATCH = The registry names "{ $registrant }" as the domain's holder, not the filing subject "{ $subject }".
finding-WHOIS_REGISTRANT_MISMATCH-fix = Transfer the domain to the subject at the registrar (real-name verified), or correct the subject's name.
finding-WHOIS_EXPIRY_DIFFERS = The registry says the domain expires on { $registry }; the application records { $recorded }.
finding-WHOIS_EXPIRY_DIFFERS-fix = Check the date in the registrar's console and correct registration.expires (a renewal moves it).

## The Domains step's online panel (key o)
online-key-check = Check online
online-key-fill = Fill from registry
online-key-go = Go online
online-key-cancel = Cancel
online-key-fill-yes = Fill
online-key-fill-no = Keep as is
online-panel-title = Online checks (the live site, DNS and WHOIS)
online-panel-confirm = This will contact the network: the site, DNS and WHOIS of { $count ->
    [one] 1 domain
   *[other] { $count } domains
}. Enter to go on, Esc to cancel.
online-panel-running = Checking the site, DNS and WHOIS of { $count ->
    [one] 1 domain
   *[other] { $count } domains
} online: { $done } of { $total } answers in. Keys still work.
online-fill-offer = f: fill this website's empty registration fields with the registry's values (asks first).
online-fill-ask = Fill the empty fields with the registry's values? Registrant: { $registrant }; expires: { $expires }. y to fill, n to keep as is.
online-fill-unchanged = (unchanged)
