## Findings of the check engine: for each code, what is wrong (finding-CODE) and what to
## do (finding-CODE-fix). docs/findings.md lists the codes with their sources.

severity-error = error
severity-warning = warning
severity-info = info

deadline-access_subscription = Hosting subscription ends
deadline-domain_expiry = Domain expires
deadline-certificate_expiry = Subject certificate expires
deadline-leader_id_expiry = Leader's ID document expires
deadline-sms_verification = Verification text message window closes
deadline-administration_review = Administration review should be over
deadline-psb_filing = Public-security filing due
deadline-real_name_sync = Domain real-name data reach the administration

## Coded values inside messages.

arg-kind-individual = individual
arg-kind-enterprise = enterprise
arg-kind-government = government body
arg-kind-public_institution = public institution
arg-kind-social_organization = social organization
arg-kind-other_organization = other organization
arg-type-resident_id = resident ID card
arg-type-uscc = unified social credit code
arg-type-business_license = business licence
arg-type-hk_macao_permit = Hong Kong/Macao travel permit
arg-type-taiwan_permit = Taiwan travel permit
arg-type-foreign_permanent_residence = foreign permanent residence ID card
arg-type-passport = passport
arg-type-residence_permit = residence permit
arg-type-other = other document
arg-content-general = general content
arg-content-news = news
arg-content-publishing = online publishing
arg-content-education = education
arg-content-medical = medical care
arg-content-drugs_devices = drugs and medical devices
arg-content-culture = online culture
arg-content-radio_tv = audio-visual programmes
arg-content-finance = finance
arg-content-religion = religion
arg-content-games = online games
arg-content-forum = forums and bulletin boards
arg-content-e_commerce = e-commerce
arg-rule-domain_like = it reads like a domain name or web address
arg-rule-forbidden_symbol = it contains symbols other than ( ) and -
arg-rule-too_short = it is shorter than 3 characters
arg-rule-pure_digits = it is made of digits only
arg-rule-pure_latin = it is made of Latin letters only
arg-rule-national_word = it uses a national word reserved for state bodies
arg-rule-sensitive_word = it contains a sensitive word
arg-rule-individual_forbidden_word = it contains a word individuals may not use
arg-rule-warn_word = it contains a word reviewers often question for individuals
arg-policy-residence_permit = a residence permit of the province
arg-policy-proof_of_residence = proof that you live in the province
arg-policy-unknown = proof of residence (the province's rule is not documented)

finding-PROVINCE_UNKNOWN = "{ $value }" is not a filing province.
finding-PROVINCE_UNKNOWN-fix = Choose one of the 31 provinces of the mainland; Hong Kong, Macao and Taiwan have no filing administration.
finding-CERTIFICATE_TYPE_MISMATCH = This subject ({ $kind }) cannot file with this document ({ $type }).
finding-CERTIFICATE_TYPE_MISMATCH-fix = Individuals file with a personal identity document; organizations with their credit code or registration certificate.
finding-ID_FORMAT = This identity number does not have the right shape.
finding-ID_FORMAT-fix = A resident ID number has 18 characters: 17 digits, then a digit or X. Copy it again from the card.
finding-ID_CHECKSUM = The last character of this identity number does not match the others.
finding-ID_CHECKSUM-fix = One character is probably mistyped. Compare each digit with the card.
finding-ID_BIRTHDATE = The birth date inside this identity number is not a real date, or lies in the future.
finding-ID_BIRTHDATE-fix = Characters 7 to 14 are the birth date (YYYYMMDD). Check them against the card.
finding-ID_PROVINCE = This identity number starts with a code that is no province of China.
finding-ID_PROVINCE-fix = The first two digits name the issuing province. Check the number against the card.
finding-ID_LEGACY_15 = This is a first-generation 15-digit ID number; filings need the current 18-character number.
finding-ID_LEGACY_15-fix = Enter the number of your current card; it is probably { $upgraded }.
finding-ID_EXPIRED = This identity document expired on { $date }.
finding-ID_EXPIRED-fix = Renew the document and enter the new one with its new expiry date.
finding-ID_EXPIRES_SOON = This identity document expires on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}; the administration wants at least { $min } days left.
finding-ID_EXPIRES_SOON-fix = Renew the document before you submit, or expect the filing to be returned.
finding-USCC_FORMAT = This unified social credit code does not have the right shape.
finding-USCC_FORMAT-fix = The code has 18 characters from digits and capital letters without I, O, Z, S and V. Copy it again from the licence.
finding-USCC_CHECKSUM = The check character of this credit code does not match the rest.
finding-USCC_CHECKSUM-fix = One character is probably mistyped. Compare it with the business licence.
finding-SUBJECT_PROVINCE_MISMATCH = The organization is registered in { $registered } but files in { $province }.
finding-SUBJECT_PROVINCE_MISMATCH-fix = Organizations file in the province where they are registered. Choose { $registered } as the filing province.
finding-SUBJECT_NONLOCAL = Your ID card was issued in { $home }, not in { $province }; filing there needs { $policy }.
finding-SUBJECT_NONLOCAL-fix = Record your residence permit, or file in { $home }.
finding-NONLOCAL_REFUSED = { $province } does not accept individuals whose ID card was issued in another province ({ $home }).
finding-NONLOCAL_REFUSED-fix = File in { $home }, where your ID card was issued.
finding-LEADER_UNDERAGE = This person is { $age } years old; the province wants at least { $min }.
finding-LEADER_UNDERAGE-fix = Name an adult as leader, or check the province's rule for minors and the documents it asks for.
finding-LEADER_NOT_LEGAL_REP = In { $province } the subject leader must be the legal representative.
finding-LEADER_NOT_LEGAL_REP-fix = Name the legal representative as subject leader.
finding-INDIVIDUAL_LEADER_NOT_SELF = For an individual filing, the leader is the individual: the name or ID number differs from the subject's.
finding-INDIVIDUAL_LEADER_NOT_SELF-fix = Enter your own name and ID number as leader.
finding-MOBILE_FORMAT = This is not a mainland mobile number.
finding-MOBILE_FORMAT-fix = Give an 11-digit mainland mobile number (it receives the verification text message).
finding-EMAIL_FORMAT = This e-mail address is malformed.
finding-EMAIL_FORMAT-fix = Check the address: one @, no spaces, a domain after the @.
finding-PHONE_FORMAT = This landline number does not have the right shape.
finding-PHONE_FORMAT-fix = Write the area code and number, such as 010-12345678, or leave the field empty.
finding-MOBILE_SHARED = The website leader is another person but gives the same mobile number as the subject leader.
finding-MOBILE_SHARED-fix = Each person gives their own mobile number.
finding-EMAIL_SHARED = The website leader is another person but gives the same e-mail address as the subject leader.
finding-EMAIL_SHARED-fix = Each person gives their own e-mail address.
finding-WEBSITE_NAME_RULE = The website name breaks a naming rule: { $rule } { $word }
finding-WEBSITE_NAME_RULE-fix = Choose a name that describes the site's content, with at least 3 characters and no domain, national or forbidden words.
finding-WEBSITE_NAME_ADVICE = The website name may be questioned: { $rule } { $word }
finding-WEBSITE_NAME_ADVICE-fix = A neutral name that describes a personal site is safer.
finding-CONTENT_PRE_APPROVAL = Content of the kind "{ $content }" needs a pre-approval, and none is recorded.
finding-CONTENT_PRE_APPROVAL-fix = Obtain the approval first and record it, or remove this content from the website.
finding-INDIVIDUAL_NOT_ALLOWED_CONTENT = An individual's website may not carry "{ $content }".
finding-INDIVIDUAL_NOT_ALLOWED_CONTENT-fix = Remove this content, or file as an organization.
finding-DOMAIN_SYNTAX = This is not a valid domain name ({ $label }).
finding-DOMAIN_SYNTAX-fix = Enter the domain as registered, such as example.cn: letters, digits and hyphens, labels separated by dots.
finding-DOMAIN_URL_GIVEN = A web address was given instead of a domain name.
finding-DOMAIN_URL_GIVEN-fix = Enter only the domain: { $suggestion }
finding-DOMAIN_SUBDOMAIN = This is a subdomain; filings are made for the registered domain { $registrable }.
finding-DOMAIN_SUBDOMAIN-fix = Enter { $registrable }; its subdomains are covered by its filing.
finding-DOMAIN_TLD_NOT_APPROVED = The suffix .{ $suffix } is not approved for filing in China.
finding-DOMAIN_TLD_NOT_APPROVED-fix = Use a domain under an approved suffix such as .cn, .com or .net.
finding-DOMAIN_TLD_UNCONFIRMED = The suffix .{ $suffix } is probably approved, but no official list confirms it.
finding-DOMAIN_TLD_UNCONFIRMED-fix = Ask your provider whether it accepts this suffix before you submit.
finding-DOMAIN_NOT_VERIFIED = The domain's real-name verification is not complete.
finding-DOMAIN_NOT_VERIFIED-fix = Complete real-name verification at the registrar, then wait a few working days for it to reach the administration.
finding-DOMAIN_REGISTRANT_MISMATCH = The domain is registered to "{ $registrant }", not to the filing subject "{ $subject }".
finding-DOMAIN_REGISTRANT_MISMATCH-fix = Transfer the domain to the subject at the registrar (and verify it in that name), or file as its holder.
finding-DOMAIN_REGISTRANT_LEGAL_REP_REFUSED = The domain is registered to the legal representative "{ $registrant }"; this province wants it in the organization's name "{ $subject }".
finding-DOMAIN_REGISTRANT_LEGAL_REP_REFUSED-fix = Transfer the domain to the organization at the registrar.
finding-DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED = The domain is registered to the legal representative "{ $registrant }", not "{ $subject }"; whether this province accepts that is not documented.
finding-DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED-fix = Ask your provider, or transfer the domain to the organization to be safe.
finding-DOMAIN_REGISTRANT_FORM = The registrant matches the subject only when full-width and half-width forms, brackets, spaces or case are treated alike.
finding-DOMAIN_REGISTRANT_FORM-fix = Make the registrant name identical to the subject's name, character for character.
finding-DOMAIN_EXPIRED = The domain expired on { $date }.
finding-DOMAIN_EXPIRED-fix = Renew the domain at the registrar now: an expired domain cannot be filed, and a filed one is cancelled.
finding-DOMAIN_EXPIRES_SOON = The domain expires on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}; the administration wants at least { $min } days left.
finding-DOMAIN_EXPIRES_SOON-fix = Renew the domain before you submit.
finding-DOMAIN_SEVERAL = { $count } domains were given for one website; each website has exactly one domain.
finding-DOMAIN_SEVERAL-fix = Add one website per domain.
finding-HOMEPAGE_OTHER_DOMAIN = The homepage { $homepage } is not under the website's domain { $domain }.
finding-HOMEPAGE_OTHER_DOMAIN-fix = Use a homepage under { $domain }, or add a website for the other domain.
finding-DOMAIN_DUPLICATE = The domain { $domain } is already given for website { $other }.
finding-DOMAIN_DUPLICATE-fix = Each domain belongs to one website only. Remove the duplicate or merge the two websites.
finding-DOMAIN_REALNAME_TOO_RECENT = The domain's real-name verification is recent; the data reach the administration around { $date } (in { $days ->
    [one] 1 day
   *[other] { $days } days
}).
finding-DOMAIN_REALNAME_TOO_RECENT-fix = Submit after that date; earlier submissions are returned with "the registrar has no registrant information".
finding-ACCESS_REGION_NOT_MAINLAND = The region { $region } is outside the Chinese mainland.
finding-ACCESS_REGION_NOT_MAINLAND-fix = Use an instance in a mainland region; instances in Hong Kong and abroad cannot carry a filing.
finding-ACCESS_REGION_UNKNOWN = The region { $region } is not in the provider's region list.
finding-ACCESS_REGION_UNKNOWN-fix = Check the region id in the console; it must be a mainland region.
finding-ACCESS_SERVICE_UNKNOWN = Whether { $provider } can file with the service type { $service } is not known.
finding-ACCESS_SERVICE_UNKNOWN-fix = Ask the provider, or use a server product it lists for filing.
finding-ACCESS_SERVICE_NOT_ELIGIBLE = The service type { $service } cannot carry an ICP filing.
finding-ACCESS_SERVICE_NOT_ELIGIBLE-fix = Buy a product that can, such as a cloud server with a public IP, for at least the minimum term.
finding-ACCESS_PAY_AS_YOU_GO = The instance is pay-as-you-go; a filing needs a subscription.
finding-ACCESS_PAY_AS_YOU_GO-fix = Switch the instance to a subscription (monthly or yearly).
finding-ACCESS_SUBSCRIPTION_TOO_SHORT = The subscription is shorter than the { $months } months required.
finding-ACCESS_SUBSCRIPTION_TOO_SHORT-fix = Renew so that the term is at least { $months } months.
finding-ACCESS_REMAINING_TOO_SHORT = The subscription has { $days ->
    [one] 1 day
   *[other] { $days } days
} left; the provider wants at least { $min }.
finding-ACCESS_REMAINING_TOO_SHORT-fix = Renew the instance before you submit.
finding-ACCESS_CODES_EXHAUSTED = This instance's filing codes are all used: { $used } of { $max }.
finding-ACCESS_CODES_EXHAUSTED-fix = Use another instance, or free a code by cancelling an access you no longer need.
finding-ACCESS_ORDER_TOO_SMALL = The order is { $amount } CNY; this service needs at least { $min } CNY to carry a filing.
finding-ACCESS_ORDER_TOO_SMALL-fix = Buy an edition or term that reaches the minimum.
finding-ACCESS_EXPIRED = The hosting subscription ended on { $date }: the filing can be cancelled.
finding-ACCESS_EXPIRED-fix = Renew the instance now, or move the filing to another provider.
finding-ACCESS_EXPIRES_SOON = The hosting subscription ends on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}.
finding-ACCESS_EXPIRES_SOON-fix = Renew it in time: a lapsed instance gets the filing cancelled.
finding-SMS_VERIFICATION_DUE = A verification text message is waiting; answer it before { $due } ({ $hours } hours left).
finding-SMS_VERIFICATION_DUE-fix = Follow the link in the message and enter the code; five wrong entries return the order.
finding-SMS_VERIFICATION_EXPIRED = The verification text message window closed at { $due } without an answer.
finding-SMS_VERIFICATION_EXPIRED-fix = The order goes back to the provider; ask it to submit again, then answer the new message in time.
finding-PSB_FILING_DUE = The site is open; the public-security filing is due by { $date } ({ $days ->
    [one] 1 day
   *[other] { $days } days
} left).
finding-PSB_FILING_DUE-fix = File at beian.mps.gov.cn and record the date and number here.
finding-PSB_FILING_OVERDUE = The public-security filing was due by { $date } and is not recorded.
finding-PSB_FILING_OVERDUE-fix = File at beian.mps.gov.cn now, then record the date and number.
finding-ICP_NUMBER_FORMAT = This is not an ICP filing number of the usual form.
finding-ICP_NUMBER_FORMAT-fix = Copy the number from the approval, such as 京ICP备2026012345号.
finding-ICP_NUMBER_PROVINCE = The ICP number starts with { $abbr }, but this province's numbers start with { $expected }.
finding-ICP_NUMBER_PROVINCE-fix = Check the number, or the filing province.
finding-PSB_NUMBER_FORMAT = This is not a public-security filing number of the usual form.
finding-PSB_NUMBER_FORMAT-fix = Copy the number from the approval, such as 京公网安备11010502030143号.
finding-PSB_NUMBER_PROVINCE = The public-security number starts with { $abbr }; this province's start with { $expected }.
finding-PSB_NUMBER_PROVINCE-fix = Check the number, or the filing province.
finding-CHECKLIST_INCOMPLETE = { $count ->
    [one] One required document is not ready yet (not ticked, or its attached scan failed its check).
   *[other] { $count } required documents are not ready yet (not ticked, or their attached scans failed their check).
}
finding-CHECKLIST_INCOMPLETE-fix = Prepare them, attach a usable scan where one is named, and tick them on the Documents step.
finding-CHECKLIST_NOT_REQUIRED = The document "{ $id }" is ticked but your answers no longer require it.
finding-CHECKLIST_NOT_REQUIRED-fix = Keep it if you like; it need not be submitted.
finding-CHECKLIST_UNKNOWN_ENTRY = The checklist entry "{ $id }" is not a document these rules know.
finding-CHECKLIST_UNKNOWN_ENTRY-fix = It may come from newer rules; it is kept as it is.
