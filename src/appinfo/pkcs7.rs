//! The certificates (and the signed content) of a PKCS#7 / CMS SignedData: an APK's v1
//! signature file, an iOS provisioning profile.

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::SignedData;
use x509_cert::Certificate;
use x509_cert::der::asn1::OctetString;
use x509_cert::der::{Decode, Encode};

pub struct Signed {
    pub certificates: Vec<(Certificate, Vec<u8>)>,
    /// The encapsulated content, when the signature carries it.
    pub content: Option<Vec<u8>>,
}

pub fn read(der: &[u8]) -> Result<Signed, String> {
    let info = ContentInfo::from_der(der).map_err(|e| e.to_string())?;
    let signed: SignedData = info.content.decode_as().map_err(|e| e.to_string())?;
    let mut certificates = Vec::new();
    for choice in signed.certificates.iter().flat_map(|set| set.0.iter()) {
        if let CertificateChoices::Certificate(cert) = choice {
            let der = cert.to_der().map_err(|e| e.to_string())?;
            certificates.push((cert.clone(), der));
        }
    }
    let content = signed
        .encap_content_info
        .econtent
        .as_ref()
        .and_then(|any| any.decode_as::<OctetString>().ok())
        .map(|o| o.as_bytes().to_vec());
    Ok(Signed {
        certificates,
        content,
    })
}
