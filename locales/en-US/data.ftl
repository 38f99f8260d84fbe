## The data steps (subject, websites, hosting, review) and the form they share.

key-fields = Next/previous field
key-next-field = Next field
key-reveal = Show/hide numbers
key-choose = Choose
key-toggle = Switch
key-press = Press
key-done = Done
key-edit = Edit
key-add = Add
key-remove = Remove
key-go-to-field = Go to field

form-long-term-hint = YYYY-MM-DD, empty if long-term
form-invalid-number = Not a whole number of 0 or more; not saved yet.
form-yes = Yes
form-no = No
form-unanswered = Not answered
form-choose = Enter to choose
form-none = None chosen
form-no-options = Nothing to choose from yet.
form-no-findings = No problems found in this step so far.
form-findings-count = Checks: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] 1 note
   *[other] { $infos } notes
}

kind-individual = Individual
kind-enterprise = Enterprise
kind-government = Government body
kind-public_institution = Public institution
kind-social_organization = Social organisation
kind-other_organization = Other organisation

cert-resident_id = Resident ID card
cert-uscc = Unified social credit code
cert-business_license = Business licence
cert-hk_macao_permit = Hong Kong/Macao travel permit
cert-taiwan_permit = Taiwan travel permit
cert-foreign_permanent_residence = Foreign permanent residence card
cert-passport = Passport
cert-residence_permit = Residence permit
cert-other = Other document

content-general = General
content-news = News
content-publishing = Online publishing
content-education = Education
content-medical = Medical and health
content-drugs_devices = Drugs and medical devices
content-culture = Online culture
content-radio_tv = Radio, film and TV
content-finance = Finance
content-religion = Religion
content-games = Online games
content-forum = Forum and community
content-e_commerce = E-commerce

billing-subscription = Subscription (prepaid)
billing-pay_as_you_go = Pay as you go

provider-alibaba = Alibaba Cloud
provider-huawei = Huawei Cloud
provider-tencent = Tencent Cloud
provider-other = Another provider
service-other = Other service

## Subject step

subject-title = Who files: the subject and its leader
subject-kind = Kind of subject
subject-name = Name
subject-name-person = Your name
subject-name-org = Registered name
subject-certificate-type = Certificate type
subject-certificate-number = Certificate number
subject-certificate-expires = Certificate expires
subject-address = Mailing address
subject-residence-permit = Local residence permit
subject-leader-heading = Subject leader
leader-name = Name
leader-legal-rep = Legal representative
leader-id-type = ID type
leader-id-number = ID number
leader-id-expires = ID expires
leader-mobile = Mobile
leader-mobile-hint = mainland mobile, e.g. 13800138000
leader-phone = Landline
leader-phone-hint = optional, e.g. 010-12345678
leader-email = E-mail

## Websites step

websites-title = Websites
websites-intro = Each website has one domain. Add every site this filing covers; its leader and the domain's registration must match what the registrar shows.
websites-empty = No websites yet. Press n to add one.
websites-remove-confirm = Remove "{ $name }" from this filing? Press y to remove, n or Esc to keep it.
site-untitled = Website { $n }
site-edit-title = Website { $n } of { $count }: { $name }
site-name = Website name
site-domain = Domain
site-domain-hint = e.g. example.cn
site-homepage = Home page
site-content = Content
site-pre-approvals = Pre-approvals held
site-leader-heading = Website leader
site-same-leader = Same as subject leader
site-same-leader-action = Copy the subject leader's details
site-registration-heading = Domain registration (as the registrar shows it)
site-registrant = Registrant
site-registrar = Registrar
site-verified = Real-name verified
site-verified-on = Verified on
site-expires = Domain expires

## Hosting step

access-title = Hosting: the instance that carries the filing
access-provider = Provider
access-service-type = Service type
access-instance-id = Instance ID
access-region = Region
access-region-hint = Enter for the mainland regions, or type an id
access-billing = Billing
access-start = Subscription start
access-end = Subscription end
access-public-ip = Public IP
access-codes-used = Codes already used
access-codes-hint = service numbers used on this instance
access-not-eligible = cannot carry a filing

## Review step

review-title = Review: is the filing ready?
review-not-ready = Not ready: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} to fix first.
review-no-websites = No errors found, but the filing has no website yet.
review-answered = { $done } of { $all } answered
review-websites-answered = { $sites ->
    [one] 1 site
   *[other] { $sites } sites
}, { $done } of { $all } answered
review-errors = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}
review-warnings = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
review-no-findings = Nothing to fix so far. The checks run again as you type.
review-group = { $step } ({ $count })
