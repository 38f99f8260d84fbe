//! Android's binary XML (AndroidManifest.xml inside an APK): just enough to read the
//! `package` attribute of `<manifest>`. Chunks, string pool (UTF-8 or UTF-16) and start
//! elements as in AOSP's ResourceTypes.h.

const XML: u16 = 0x0003;
const STRING_POOL: u16 = 0x0001;
const START_ELEMENT: u16 = 0x0102;
const UTF8_FLAG: u32 = 0x100;
const TYPE_STRING: u8 = 0x03;
const NONE: u32 = u32::MAX;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn string_pool(chunk: &[u8]) -> Option<Vec<String>> {
    let count = u32_at(chunk, 8)? as usize;
    let flags = u32_at(chunk, 16)?;
    let strings_start = u32_at(chunk, 20)? as usize;
    let header = u16_at(chunk, 2)? as usize;
    let mut out = Vec::with_capacity(count.min(4096));
    for i in 0..count {
        let offset = u32_at(chunk, header + 4 * i)? as usize;
        let at = strings_start + offset;
        out.push(if flags & UTF8_FLAG != 0 {
            // UTF-16 length (1 or 2 bytes), UTF-8 length (1 or 2 bytes), bytes.
            let skip = |at: usize| -> Option<(usize, usize)> {
                let first = *chunk.get(at)? as usize;
                Some(if first & 0x80 != 0 {
                    (((first & 0x7f) << 8) | *chunk.get(at + 1)? as usize, at + 2)
                } else {
                    (first, at + 1)
                })
            };
            let (_, at) = skip(at)?;
            let (len, at) = skip(at)?;
            String::from_utf8_lossy(chunk.get(at..at + len)?).into_owned()
        } else {
            let first = u16_at(chunk, at)? as usize;
            let (len, at) = if first & 0x8000 != 0 {
                (
                    ((first & 0x7fff) << 16) | u16_at(chunk, at + 2)? as usize,
                    at + 4,
                )
            } else {
                (first, at + 2)
            };
            let units: Option<Vec<u16>> = (0..len).map(|k| u16_at(chunk, at + 2 * k)).collect();
            String::from_utf16_lossy(&units?)
        });
    }
    Some(out)
}

/// The `package` attribute of the manifest element.
pub fn manifest_package(xml: &[u8]) -> Option<String> {
    if u16_at(xml, 0)? != XML {
        return None;
    }
    let mut at = u16_at(xml, 2)? as usize;
    let mut strings: Vec<String> = Vec::new();
    while at + 8 <= xml.len() {
        let kind = u16_at(xml, at)?;
        let size = u32_at(xml, at + 4)? as usize;
        let chunk = xml.get(at..at.checked_add(size)?)?;
        if size < 8 {
            return None;
        }
        match kind {
            STRING_POOL => strings = string_pool(chunk)?,
            START_ELEMENT => {
                let ext = u16_at(chunk, 2)? as usize;
                let name = u32_at(chunk, ext + 4)? as usize;
                if strings.get(name).map(String::as_str) == Some("manifest") {
                    let start = u16_at(chunk, ext + 8)? as usize;
                    let each = u16_at(chunk, ext + 10)? as usize;
                    let count = u16_at(chunk, ext + 12)? as usize;
                    for k in 0..count {
                        let a = ext + start + k * each;
                        let attr = u32_at(chunk, a + 4)? as usize;
                        if strings.get(attr).map(String::as_str) != Some("package") {
                            continue;
                        }
                        let raw = u32_at(chunk, a + 8)?;
                        let data_type = *chunk.get(a + 15)?;
                        let data = u32_at(chunk, a + 16)?;
                        let index = if raw != NONE {
                            raw
                        } else if data_type == TYPE_STRING {
                            data
                        } else {
                            return None;
                        };
                        return strings.get(index as usize).cloned();
                    }
                    return None;
                }
            }
            _ => {}
        }
        at += size;
    }
    None
}

/// A minimal binary manifest `<manifest package="…"/>` (UTF-16 string pool), for tests.
pub fn build_manifest(package: &str) -> Vec<u8> {
    let strings = ["manifest", "package", package];
    let mut data = Vec::new();
    let mut offsets = Vec::new();
    for s in strings {
        offsets.push(data.len() as u32);
        let units: Vec<u16> = s.encode_utf16().collect();
        data.extend((units.len() as u16).to_le_bytes());
        for u in units {
            data.extend(u.to_le_bytes());
        }
        data.extend([0, 0]);
    }
    while data.len() % 4 != 0 {
        data.push(0);
    }
    let header = 28u32;
    let strings_start = header + 4 * strings.len() as u32;
    let pool_size = strings_start + data.len() as u32;
    let mut pool = Vec::new();
    pool.extend(STRING_POOL.to_le_bytes());
    pool.extend((header as u16).to_le_bytes());
    pool.extend(pool_size.to_le_bytes());
    pool.extend((strings.len() as u32).to_le_bytes());
    pool.extend(0u32.to_le_bytes()); // styles
    pool.extend(0u32.to_le_bytes()); // flags: UTF-16
    pool.extend(strings_start.to_le_bytes());
    pool.extend(0u32.to_le_bytes());
    for o in offsets {
        pool.extend(o.to_le_bytes());
    }
    pool.extend(data);

    let mut element = Vec::new();
    element.extend(START_ELEMENT.to_le_bytes());
    element.extend(16u16.to_le_bytes());
    element.extend((16u32 + 20 + 20).to_le_bytes());
    element.extend(1u32.to_le_bytes()); // line
    element.extend(NONE.to_le_bytes()); // comment
    element.extend(NONE.to_le_bytes()); // ns
    element.extend(0u32.to_le_bytes()); // name: "manifest"
    element.extend(20u16.to_le_bytes()); // attribute start
    element.extend(20u16.to_le_bytes()); // attribute size
    element.extend(1u16.to_le_bytes()); // count
    element.extend([0u8; 6]); // id, class, style indices
    element.extend(NONE.to_le_bytes()); // attr ns
    element.extend(1u32.to_le_bytes()); // attr name: "package"
    element.extend(2u32.to_le_bytes()); // raw value
    element.extend(8u16.to_le_bytes());
    element.push(0);
    element.push(TYPE_STRING);
    element.extend(2u32.to_le_bytes());

    let mut xml = Vec::new();
    xml.extend(XML.to_le_bytes());
    xml.extend(8u16.to_le_bytes());
    xml.extend(((8 + pool.len() + element.len()) as u32).to_le_bytes());
    xml.extend(pool);
    xml.extend(element);
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_package_it_wrote() {
        let xml = build_manifest("cn.xinghe.notes");
        assert_eq!(manifest_package(&xml).as_deref(), Some("cn.xinghe.notes"));
        assert_eq!(manifest_package(b"<manifest/>"), None);
        for cut in [4, 20, 60, xml.len() - 3] {
            let _ = manifest_package(&xml[..cut]);
        }
    }
}
