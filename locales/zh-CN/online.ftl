## Online checks of the live site, DNS and WHOIS
