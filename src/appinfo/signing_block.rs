//! The APK Signing Block (v2 and v3 schemes): written by hand, no crate reads it.
//!
//! Layout (source.android.com "APK Signature Scheme v2"): the block sits right before the
//! ZIP central directory; it ends with its size (u64) and the magic "APK Sig Block 42", and
//! holds ID-value pairs. Inside the v2 (0x7109871a) and v3 (0xf05368c0) values, every
//! sequence and blob is prefixed by its u32 length; a signer's signed data holds digests, then
//! the X.509 certificates. Signatures are not verified here: only the certificates are read.

const MAGIC: &[u8; 16] = b"APK Sig Block 42";
pub const V2: u32 = 0x7109_871a;
pub const V3: u32 = 0xf053_68c0;
pub const V31: u32 = 0x1b93_ad61;

/// Which scheme a certificate was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    V2,
    V3,
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// The end-of-central-directory record: the central directory's offset.
fn central_directory_offset(apk: &[u8]) -> Option<usize> {
    // The EOCD is 22 bytes plus a comment of at most 65535 bytes.
    let from = apk.len().saturating_sub(22 + 65_535);
    let at = (from..=apk.len().checked_sub(22)?)
        .rev()
        .find(|&i| apk[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    usize::try_from(u32_at(apk, at + 16)?).ok()
}

/// The ID-value pairs of the signing block, if the APK has one.
pub fn pairs(apk: &[u8]) -> Option<Vec<(u32, &[u8])>> {
    let cd = central_directory_offset(apk)?;
    if cd < 24 || apk.get(cd - 16..cd)? != MAGIC {
        return None;
    }
    let size = usize::try_from(u64_at(apk, cd - 24)?).ok()?;
    // size counts everything after the leading size field.
    let start = cd.checked_sub(size + 8)?;
    if u64_at(apk, start)? != size as u64 {
        return None;
    }
    let mut out = Vec::new();
    let mut at = start + 8;
    let end = cd - 24;
    while at < end {
        let len = usize::try_from(u64_at(apk, at)?).ok()?;
        let id = u32_at(apk, at + 8)?;
        let value = apk.get(at + 12..at + 8 + len)?;
        out.push((id, value));
        at += 8 + len;
    }
    Some(out)
}

/// A u32-length-prefixed slice at the front of `b`, and the rest.
fn prefixed(b: &[u8]) -> Option<(&[u8], &[u8])> {
    let len = usize::try_from(u32_at(b, 0)?).ok()?;
    let body = b.get(4..4 + len)?;
    Some((body, &b[4 + len..]))
}

/// Every element of a length-prefixed sequence of length-prefixed elements.
fn sequence(b: &[u8]) -> Option<Vec<&[u8]>> {
    let (mut rest, _) = prefixed(b)?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (item, next) = prefixed(rest)?;
        out.push(item);
        rest = next;
    }
    Some(out)
}

/// The DER certificates of every signer of a v2 or v3 value.
pub fn certificates(value: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    for signer in sequence(value)? {
        let (signed_data, _) = prefixed(signer)?;
        // signed data: digests, then certificates.
        let (_, after_digests) = prefixed(signed_data)?;
        for cert in sequence(after_digests)? {
            out.push(cert.to_vec());
        }
    }
    Some(out)
}

/// The certificates of the v2 and v3 (v3.1) schemes, in that order.
pub fn read(apk: &[u8]) -> Vec<(Scheme, Vec<u8>)> {
    let mut out = Vec::new();
    for (id, value) in pairs(apk).unwrap_or_default() {
        let scheme = match id {
            V2 => Scheme::V2,
            V3 | V31 => Scheme::V3,
            _ => continue,
        };
        for cert in certificates(value).unwrap_or_default() {
            out.push((scheme, cert));
        }
    }
    out
}

/// Writes a signing block with one signer per pair (for tests and fixtures): digests and
/// signatures are empty placeholders.
pub fn build_block(schemes: &[(u32, &[u8])]) -> Vec<u8> {
    fn with_len(b: &[u8]) -> Vec<u8> {
        let mut v = (b.len() as u32).to_le_bytes().to_vec();
        v.extend_from_slice(b);
        v
    }
    let mut pairs = Vec::new();
    for (id, cert) in schemes {
        let mut signed_data = with_len(&[]); // digests
        signed_data.extend(with_len(&with_len(cert))); // certificates
        signed_data.extend(with_len(&[])); // additional attributes
        let mut signer = with_len(&signed_data);
        if *id != V2 {
            signer.extend(24u32.to_le_bytes()); // min SDK
            signer.extend(u32::MAX.to_le_bytes()); // max SDK
        }
        signer.extend(with_len(&[])); // signatures
        signer.extend(with_len(&[])); // public key
        let value = with_len(&with_len(&signer));
        pairs.extend(((value.len() + 4) as u64).to_le_bytes());
        pairs.extend(id.to_le_bytes());
        pairs.extend(value);
    }
    let size = (pairs.len() + 8 + 16) as u64;
    let mut block = size.to_le_bytes().to_vec();
    block.extend(pairs);
    block.extend(size.to_le_bytes());
    block.extend(MAGIC);
    block
}

/// Puts a signing block into a ZIP right before its central directory (for tests).
pub fn insert_block(zip: &[u8], block: &[u8]) -> Option<Vec<u8>> {
    let cd = central_directory_offset(zip)?;
    let eocd = (0..=zip.len() - 22)
        .rev()
        .find(|&i| zip[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    let mut out = zip[..cd].to_vec();
    out.extend_from_slice(block);
    out.extend_from_slice(&zip[cd..]);
    let new_cd = u32::try_from(cd + block.len()).ok()?;
    let at = eocd + block.len() + 16;
    out[at..at + 4].copy_from_slice(&new_cd.to_le_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_written_reads_back() {
        // An empty zip: just the EOCD.
        let mut zip = vec![0x50, 0x4b, 0x05, 0x06];
        zip.extend([0u8; 18]);
        let block = build_block(&[(V2, b"cert-one"), (V3, b"cert-two")]);
        let apk = insert_block(&zip, &block).unwrap();
        assert_eq!(
            read(&apk),
            vec![
                (Scheme::V2, b"cert-one".to_vec()),
                (Scheme::V3, b"cert-two".to_vec())
            ]
        );
        assert_eq!(read(&zip), vec![]);
        // A truncated block is no block, not a panic.
        let cut = [&apk[..10], &apk[30..]].concat();
        assert!(read(&cut).len() <= 2);
    }
}
