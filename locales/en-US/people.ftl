## People, contacts, instances, province rules and names

finding-LICENCE_VALIDITY_SHORT = { $province } wants the licence valid for more than { $min } more days; it expires on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}.
finding-LICENCE_VALIDITY_SHORT-fix = Renew the licence first, or file once the renewed licence is issued.
finding-LEADER_NOT_SITE_LEADER = In { $province } an subject leader who is not the legal representative must also be the leader of every website; this website has another leader.
finding-LEADER_NOT_SITE_LEADER-fix = Make the subject leader this website's leader, or name the legal representative as subject leader.
finding-SITE_LEADER_IS_SUBJECT_LEADER = In { $province } the website leader must be a different person from the subject leader.
finding-SITE_LEADER_IS_SUBJECT_LEADER-fix = Name another person of the organisation as website leader.
finding-FOREIGN_INDIVIDUAL_REFUSED = { $province } does not accept foreigners filing as individuals.
finding-FOREIGN_INDIVIDUAL_REFUSED-fix = File through an organisation, or in a province that accepts foreign individuals.
finding-PERSONAL_DOCUMENT_REFUSED = { $province } does not accept a { $type } as identity document.
finding-PERSONAL_DOCUMENT_REFUSED-fix = Use a document the province accepts (Hong Kong, Macao and Taiwan residents: the residence permit or the travel permit).
finding-MOBILE_LOCAL_UNCONFIRMED = ? { $province } requires a mobile number registered in the province. icp-tui cannot tell from the number (numbers move between provinces), so it is not confirmed.
finding-MOBILE_LOCAL_UNCONFIRMED-fix = Answer whether this mobile is registered in the province (mobile_local = true or false).
finding-MOBILE_NOT_LOCAL = { $province } requires a mobile number registered in the province; this one is not.
finding-MOBILE_NOT_LOCAL-fix = Give a mobile number registered in the province.
finding-SECOND_CONTACT_MISSING = { $same ->
    [true] { $province } requires a second contact number; the one given is the mobile again.
   *[other] { $province } requires a second contact number besides the mobile.
}
finding-SECOND_CONTACT_MISSING-fix = Add a landline or another mobile in the phone field.
finding-ADDRESS_NOT_IN_PROVINCE = The mailing address is in { $named }, not in { $province }.
finding-ADDRESS_NOT_IN_PROVINCE-fix = Give a mailing address in the filing province, or file in the province where you are.
finding-ADDRESS_PROVINCE_UNCONFIRMED = ? The mailing address names neither { $province } nor one of its cities, so icp-tui cannot tell whether it is in the province.
finding-ADDRESS_PROVINCE_UNCONFIRMED-fix = Write the address from the province or city onwards (for example 省 … 市 … 区 …).
finding-ADDRESS_CITY_UNCONFIRMED = ? { $province } wants the mailing address in the same city as the identity document's address; icp-tui cannot read the document's city.
finding-ADDRESS_CITY_UNCONFIRMED-fix = Answer whether the mailing address is in the document's city (address_in_document_city = true or false).
finding-ADDRESS_NOT_IN_DOCUMENT_CITY = { $province } wants the mailing address in the same city as the identity document's address; you answered that it is not.
finding-ADDRESS_NOT_IN_DOCUMENT_CITY-fix = Give a mailing address in the document's city.
finding-WEBSITE_NAME_PERSON = An individual's website may not be named after a person; the name contains "{ $word }".
finding-WEBSITE_NAME_PERSON-fix = Name the site after its content.
finding-WEBSITE_NAME_PLACE = In { $province } a personal website name may not contain a place name ("{ $word }").
finding-WEBSITE_NAME_PLACE-fix = Take the place name out of the website name.
finding-WEBSITE_NAME_SUGGESTION = A name built from yours that passes these checks: { $name }
finding-WEBSITE_NAME_SUGGESTION-fix = Use it, or write another name that describes the content.
finding-DOMAIN_SUFFIX_REFUSED_INDIVIDUAL = { $province } does not accept .{ $suffix } domains from individuals.
finding-DOMAIN_SUFFIX_REFUSED_INDIVIDUAL-fix = Use a domain with another suffix.
finding-DOMAIN_SUFFIX_FOR_KIND = In { $province } a { $kind } uses a domain ending in one of: { $suffixes }.
finding-DOMAIN_SUFFIX_FOR_KIND-fix = Register a domain with one of these suffixes.
finding-ORDER_TOO_MANY_WEBSITES = { $province } takes { $max } website(s) per filing order; this one has { $count }.
finding-ORDER_TOO_MANY_WEBSITES-fix = File { $max } website(s) now and add the others with new-website orders after approval.
finding-ACCESS_NO_PUBLIC_IP = The instance has no public IP address: it cannot be given a service number or authorisation code.
finding-ACCESS_NO_PUBLIC_IP-fix = Assign a public IP or elastic IP (EIP) to the instance, or buy public bandwidth.
finding-ACCESS_EDITION_NOT_ELIGIBLE = The { $edition } edition cannot carry a filing; only these can: { $editions }.
finding-ACCESS_EDITION_NOT_ELIGIBLE-fix = Upgrade to an eligible edition.
finding-ACCESS_EDITION_UNANSWERED = ? Only some editions of this service carry a filing ({ $editions }); the edition is not given.
finding-ACCESS_EDITION_UNANSWERED-fix = Enter the edition you bought.
finding-ACCESS_PROVIDER_UNCHECKED = ? icp-tui has no rules for this provider: the service ({ $service }), region ({ $region }) and terms are not checked.
finding-ACCESS_PROVIDER_UNCHECKED-fix = Check with the provider that the instance is in the mainland, on a subscription, and can carry a filing.

finding-ACCESS_SERVICE_UNCONFIRMED = ? Only the provider's Filing Service API names { $service } as a filing product; its own table of filing instance types does not list it, so icp-tui cannot confirm it carries a filing.
finding-ACCESS_SERVICE_UNCONFIRMED-fix = Ask the provider before you rely on it, or host the site on an instance type the table lists (ECS, Simple Application Server).

finding-LEADER_MAINLAND_ID_REQUIRED = In { $province } the subject leader must hold a mainland resident ID card, not a { $type }: a foreign, Hong Kong, Macao or Taiwan legal representative authorises a mainland citizen.
finding-LEADER_MAINLAND_ID_REQUIRED-fix = Name a mainland citizen as subject leader, with the legal representative's authorisation.

# Form fields asked where the data cannot decide, and for providers without rules.
subject-address-in-document-city = Address in the ID's city
leader-mobile-local = Mobile registered here
access-service-name = Service (provider's name)
access-service-name-hint = as the provider calls it, e.g. 云主机
access-edition = Edition
access-order-amount = Order amount (CNY)
edition-enterprise = Enterprise edition
edition-ultimate = Ultimate edition
