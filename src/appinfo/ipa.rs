//! An iOS IPA: the bundle id from `Payload/<name>.app/Info.plist` and the certificates of the
//! embedded provisioning profile (a CMS SignedData whose content is a plist with
//! `DeveloperCertificates` and the entitlements, `get-task-allow` among them).

use std::io::Cursor;

use super::apk::read_entry;
use super::cert;
use super::{Signer, pkcs7};

pub struct Ipa {
    pub bundle_id: Option<String>,
    pub name: Option<String>,
    pub signers: Vec<Signer>,
    /// `get-task-allow` is true: a development profile, not for the App Store.
    pub get_task_allow: Option<bool>,
}

/// `Payload/X.app/<file>` exactly one level down.
fn app_file(names: &[String], file: &str) -> Option<String> {
    names
        .iter()
        .find(|n| {
            let parts: Vec<&str> = n.split('/').collect();
            parts.len() == 3
                && parts[0] == "Payload"
                && parts[1].ends_with(".app")
                && parts[2] == file
        })
        .cloned()
}

/// The plist inside a provisioning profile: from the CMS content, else the XML between
/// `<?xml` and `</plist>` (profiles are sometimes BER-encoded).
fn profile_plist(profile: &[u8]) -> Option<plist::Value> {
    let content = pkcs7::read(profile).ok().and_then(|s| s.content);
    let xml = content.or_else(|| {
        let text = profile;
        let start = text.windows(5).position(|w| w == b"<?xml")?;
        let end = text.windows(8).rposition(|w| w == b"</plist>")? + 8;
        text.get(start..end).map(<[u8]>::to_vec)
    })?;
    plist::Value::from_reader(Cursor::new(xml)).ok()
}

pub fn read(bytes: &[u8]) -> Result<Ipa, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let info = app_file(&names, "Info.plist").ok_or("no Payload/*.app/Info.plist")?;
    let info = read_entry(&mut zip, &info)?;
    let info = plist::Value::from_reader(Cursor::new(info)).map_err(|e| e.to_string())?;
    let dict = info.as_dictionary();
    let text = |key: &str| {
        dict.and_then(|d| d.get(key))
            .and_then(plist::Value::as_string)
            .map(str::to_string)
    };
    let mut ipa = Ipa {
        bundle_id: text("CFBundleIdentifier"),
        name: text("CFBundleDisplayName").or_else(|| text("CFBundleName")),
        signers: Vec::new(),
        get_task_allow: None,
    };
    let Some(profile) = app_file(&names, "embedded.mobileprovision") else {
        return Ok(ipa);
    };
    let profile = read_entry(&mut zip, &profile)?;
    let plist = profile_plist(&profile).ok_or("embedded.mobileprovision: no plist inside")?;
    let dict = plist.as_dictionary();
    ipa.get_task_allow = dict
        .and_then(|d| d.get("Entitlements"))
        .and_then(plist::Value::as_dictionary)
        .and_then(|e| e.get("get-task-allow"))
        .and_then(plist::Value::as_boolean);
    let certs = dict
        .and_then(|d| d.get("DeveloperCertificates"))
        .and_then(plist::Value::as_array)
        .cloned()
        .unwrap_or_default();
    for c in certs {
        if let Some(der) = c.as_data() {
            ipa.signers.push(Signer {
                schemes: vec!["profile"],
                cert: cert::from_der(der)?,
            });
        }
    }
    Ok(ipa)
}
