//! Cases of the people, contacts, address, province-rule, name and instance codes of
//! issue 9 part 2: each fires on a base fixture moved as little as possible, and its
//! nearest valid neighbour does not.

use icp_tui::model::{Application, CertificateType, Provider, ServiceType, SubjectKind};

use super::{Base, Case, d, iot_order, s, set_domain};

/// Files the application in another province with an address there; an enterprise's
/// credit code (which names Beijing) is left unanswered.
pub fn move_to(a: &mut Application, province: &str, address: &str) {
    a.subject.province = s(province);
    a.subject.address = s(address);
    if a.subject.kind != Some(SubjectKind::Individual) {
        a.subject.certificate_number = None;
    }
}

/// An individual filing with a document that has no checked layout.
fn document(a: &mut Application, t: CertificateType, number: &str) {
    a.subject.certificate_type = Some(t);
    a.subject.certificate_number = s(number);
    for leader in [&mut a.subject.leader, &mut a.websites[0].leader] {
        leader.id_type = Some(t);
        leader.id_number = s(number);
    }
}

fn leader_not_legal_rep(a: &mut Application) {
    move_to(a, "jiangsu", "江苏省南京市玄武区某某路3号");
    a.subject.leader.is_legal_representative = Some(false);
}

fn public_institution_in_shanghai(a: &mut Application, domain: &str) {
    move_to(a, "shanghai", "上海市浦东新区某某路3号");
    a.subject.kind = Some(SubjectKind::PublicInstitution);
    set_domain(a, domain);
}

fn iot_edition(a: &mut Application, edition: Option<&str>) {
    iot_order(a, 100);
    a.access.edition = edition.map(str::to_string);
}

pub fn cases() -> Vec<Case> {
    vec![
        case!(
            "LICENCE_VALIDITY_SHORT",
            E,
            |a| {
                move_to(a, "shanghai", "上海市浦东新区某某路3号");
                a.subject.certificate_expires = Some(d("2027-11-22"));
            },
            |a| {
                move_to(a, "shanghai", "上海市浦东新区某某路3号");
                a.subject.certificate_expires = Some(d("2027-11-23"));
            }
        ),
        case!(
            "LEADER_NOT_SITE_LEADER",
            E,
            |a| leader_not_legal_rep(a),
            |a| {
                leader_not_legal_rep(a);
                a.websites[1].leader = a.subject.leader.clone();
            }
        ),
        case!(
            "SITE_LEADER_IS_SUBJECT_LEADER",
            E,
            |a| move_to(a, "tianjin", "天津市和平区某某路4号"),
            |a| {
                move_to(a, "tianjin", "天津市和平区某某路4号");
                a.websites[0].leader = a.websites[1].leader.clone();
            }
        ),
        case!(
            "LEADER_MAINLAND_ID_REQUIRED",
            E,
            |a| {
                move_to(a, "shandong", "山东省济南市历下区某某路11号");
                a.subject.leader.id_type = Some(CertificateType::HkMacaoPermit);
                a.subject.leader.id_number = s("H12345678");
            },
            |a| move_to(a, "shandong", "山东省济南市历下区某某路11号")
        ),
        case!(
            "FOREIGN_INDIVIDUAL_REFUSED",
            I,
            |a| {
                move_to(a, "hebei", "河北省石家庄市长安区某某路5号");
                document(a, CertificateType::Passport, "E12345678");
            },
            |a| document(a, CertificateType::Passport, "E12345678")
        ),
        case!(
            "PERSONAL_DOCUMENT_REFUSED",
            I,
            |a| {
                move_to(a, "shanghai", "上海市黄浦区某某路6号");
                document(a, CertificateType::Passport, "K12345678");
            },
            |a| {
                move_to(a, "shanghai", "上海市黄浦区某某路6号");
                document(a, CertificateType::HkMacaoPermit, "H12345678");
            }
        ),
        case!(
            "MOBILE_LOCAL_UNCONFIRMED",
            I,
            |a| move_to(a, "tianjin", "天津市南开区某某路7号"),
            |a| {
                move_to(a, "tianjin", "天津市南开区某某路7号");
                a.subject.leader.mobile_local = Some(true);
            }
        ),
        case!(
            "MOBILE_NOT_LOCAL",
            I,
            |a| {
                move_to(a, "tianjin", "天津市南开区某某路7号");
                a.subject.leader.mobile_local = Some(false);
            },
            |a| {
                move_to(a, "tianjin", "天津市南开区某某路7号");
                a.subject.leader.mobile_local = Some(true);
            }
        ),
        case!(
            "SECOND_CONTACT_MISSING",
            I,
            |a| {
                move_to(a, "tianjin", "天津市南开区某某路7号");
                a.subject.leader.phone = s("138 0013 8000");
            },
            |a| {
                move_to(a, "tianjin", "天津市南开区某某路7号");
                a.subject.leader.phone = s("022-12345678");
                a.websites[0].leader.phone = s("022-12345678");
            }
        ),
        case!(
            "ADDRESS_NOT_IN_PROVINCE",
            I,
            |a| a.subject.address = s("上海市浦东新区某某路1号"),
            |a| a.subject.address = s("中国北京市朝阳区某某路1号")
        ),
        case!(
            "ADDRESS_PROVINCE_UNCONFIRMED",
            I,
            |a| a.subject.address = s("朝阳区某某路1号"),
            |a| a.subject.address = s("北京朝阳区某某路1号")
        ),
        case!(
            "ADDRESS_CITY_UNCONFIRMED",
            I,
            |a| move_to(a, "hebei", "河北省保定市竞秀区某某路8号"),
            |a| {
                move_to(a, "hebei", "河北省保定市竞秀区某某路8号");
                a.subject.address_in_document_city = Some(true);
            }
        ),
        case!(
            "ADDRESS_NOT_IN_DOCUMENT_CITY",
            I,
            |a| {
                move_to(a, "hebei", "河北省保定市竞秀区某某路8号");
                a.subject.address_in_document_city = Some(false);
            },
            |a| {
                move_to(a, "hebei", "河北省保定市竞秀区某某路8号");
                a.subject.address_in_document_city = Some(true);
            }
        ),
        case!(
            "WEBSITE_NAME_PERSON",
            I,
            |a| a.websites[0].name = s("张三的随笔"),
            |a| a.websites[0].name = s("三山随笔集")
        ),
        case!(
            "WEBSITE_NAME_PLACE",
            I,
            |a| {
                move_to(a, "hainan", "海南省海口市龙华区某某路9号");
                a.websites[0].name = s("海口随笔集");
            },
            |a| move_to(a, "hainan", "海南省海口市龙华区某某路9号")
        ),
        case!(
            "WEBSITE_NAME_SUGGESTION",
            I,
            |a| a.websites[0].name = s("张三的摄影俱乐部"),
            |a| a.websites[0].name = s("光影随笔集")
        ),
        case!(
            "DOMAIN_SUFFIX_REFUSED_INDIVIDUAL",
            I,
            |a| {
                move_to(a, "shanghai", "上海市黄浦区某某路6号");
                set_domain(a, "example.tv");
            },
            |a| {
                move_to(a, "shanghai", "上海市黄浦区某某路6号");
                set_domain(a, "example.cn");
            }
        ),
        case!(
            "DOMAIN_SUFFIX_FOR_KIND",
            E,
            |a| public_institution_in_shanghai(a, "xinghe.com"),
            |a| public_institution_in_shanghai(a, "xinghe-museum.cn")
        ),
        case!(
            "ORDER_TOO_MANY_WEBSITES",
            E,
            |a| move_to(a, "hubei", "湖北省武汉市江汉区某某路10号"),
            |a| {
                move_to(a, "hubei", "湖北省武汉市江汉区某某路10号");
                a.websites.truncate(1);
            }
        ),
        case!(
            "ACCESS_NO_PUBLIC_IP",
            I,
            |a| a.access.public_ip = Some(false),
            |a| a.access.public_ip = Some(true)
        ),
        case!(
            "ACCESS_EDITION_NOT_ELIGIBLE",
            I,
            |a| iot_edition(a, Some("basic")),
            |a| iot_edition(a, Some("enterprise"))
        ),
        case!(
            "ACCESS_EDITION_UNANSWERED",
            I,
            |a| iot_edition(a, None),
            |a| iot_edition(a, Some("ultimate"))
        ),
        case!(
            "ACCESS_SERVICE_UNCONFIRMED",
            I,
            |a| a.access.service_type = Some(ServiceType::Slb),
            |a| a.access.service_type = Some(ServiceType::Ecs)
        ),
        case!(
            "ACCESS_PROVIDER_UNCHECKED",
            I,
            |a| {
                a.access.provider = Some(Provider::Other);
                a.access.service_type = Some(ServiceType::Other);
                a.access.service_name = s("云主机");
            },
            |a| a.access.provider = Some(Provider::Alibaba)
        ),
    ]
}
