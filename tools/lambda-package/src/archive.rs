//! Deterministic zip archives for Lambda deployment packages.
//!
//! The same entries always give the same bytes, whatever the machine, the time, the umask or the
//! order in which the entries are given: entries are sorted by name, every timestamp is the DOS
//! epoch (1980-01-01 00:00:00), the "made by" system is Unix, the mode is exactly the given
//! permission bits of a regular file, data is deflated at [`DEFLATE_LEVEL`], and no extra fields
//! (extended timestamps, uid/gid, zip64) or comments are written.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{Cursor, Write as _};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::Error;

/// The name Lambda's custom runtimes (`provided.al2023`) execute.
pub const BOOTSTRAP: &str = "bootstrap";

/// The deflate level of every entry. Part of the output's identity: changing it changes every hash.
pub const DEFLATE_LEVEL: i64 = 9;

/// Permission bits of an executable entry.
pub const EXECUTABLE_MODE: u32 = 0o755;

/// `S_IFREG`: the file type bits of a regular file, accepted (and ignored) in entry modes.
const S_IFREG: u32 = 0o100_000;

/// Zips `entries` (`(name, contents, unix permission bits)`) deterministically.
///
/// Entries are written sorted by name. A mode may carry the regular-file type bits (`0o100755`)
/// but no other type. Names are relative `/`-separated paths; folders need no entries of their own.
pub fn deterministic_zip(entries: &[(&str, &[u8], u32)]) -> Result<Vec<u8>, Error> {
    let mut sorted: Vec<&(&str, &[u8], u32)> = entries.iter().collect();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));

    let mut seen = BTreeSet::new();
    for (name, _, mode) in &sorted {
        validate_name(name)?;
        if !seen.insert(*name) {
            return Err(Error::DuplicateEntry((*name).to_owned()));
        }
        if mode & !0o777 != 0 && mode & !0o777 != S_IFREG {
            return Err(Error::InvalidMode {
                name: (*name).to_owned(),
                mode: *mode,
            });
        }
    }

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, contents, mode) in sorted {
        zip.start_file(*name, entry_options(*mode))?;
        zip.write_all(contents).map_err(zip::result::ZipError::Io)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// A Lambda deployment package: `binary` as the single executable entry [`BOOTSTRAP`].
pub fn lambda_zip(binary: &[u8]) -> Result<Vec<u8>, Error> {
    deterministic_zip(&[(BOOTSTRAP, binary, EXECUTABLE_MODE)])
}

/// The SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            // Writing to a String cannot fail.
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

fn entry_options(mode: u32) -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(DEFLATE_LEVEL))
        .last_modified_time(DateTime::default())
        .system(System::Unix)
        .unix_permissions(mode & 0o777)
        .large_file(false)
}

fn validate_name(name: &str) -> Result<(), Error> {
    let bad = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if bad {
        return Err(Error::InvalidEntryName(name.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use zip::ZipArchive;

    /// Some compressible and some incompressible bytes, like a binary.
    fn sample_binary() -> Vec<u8> {
        let mut bytes = b"\x7fELF".to_vec();
        let mut x: u32 = 0x1234_5678;
        for i in 0..200_000u32 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes.push(if i % 3 == 0 {
                (x & 0xff) as u8
            } else {
                (i % 7) as u8
            });
        }
        bytes
    }

    fn read_entries(zip: &[u8]) -> Vec<(String, Vec<u8>, Option<u32>)> {
        let mut archive = ZipArchive::new(Cursor::new(zip)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut file = archive.by_index(i).unwrap();
                let mut contents = Vec::new();
                file.read_to_end(&mut contents).unwrap();
                (file.name().unwrap().into_owned(), contents, file.unix_mode())
            })
            .collect()
    }

    #[test]
    fn zipping_twice_gives_identical_bytes() {
        let binary = sample_binary();
        let first = lambda_zip(&binary).unwrap();
        // A different moment: the writer must not look at the clock.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let second = lambda_zip(&binary).unwrap();
        assert_eq!(first, second);
        assert_eq!(sha256_hex(&first), sha256_hex(&second));
        assert!(first.len() < binary.len(), "the entry is compressed");
    }

    #[test]
    fn lambda_zip_reads_back_as_one_executable_bootstrap() {
        let binary = sample_binary();
        let zip = lambda_zip(&binary).unwrap();
        let entries = read_entries(&zip);
        assert_eq!(entries.len(), 1);
        let (name, contents, mode) = &entries[0];
        assert_eq!(name, "bootstrap");
        assert_eq!(contents, &binary);
        assert_eq!(*mode, Some(0o100_755), "a regular file, rwxr-xr-x");

        let mut archive = ZipArchive::new(Cursor::new(&zip)).unwrap();
        let file = archive.by_index(0).unwrap();
        assert_eq!(file.compression(), CompressionMethod::Deflated);
        assert_eq!(file.last_modified(), Some(DateTime::default()));
        assert!(file.extra_data().as_deref().is_none_or(<[u8]>::is_empty));
    }

    #[test]
    fn headers_carry_no_varying_fields() {
        let zip = lambda_zip(b"#!/bin/sh\necho hi\n").unwrap();
        // Local file header: signature, version, flags, method, DOS time, DOS date, ..., extra length.
        assert_eq!(&zip[0..4], b"PK\x03\x04");
        assert_eq!(
            u16::from_le_bytes([zip[6], zip[7]]),
            0,
            "no flags (no data descriptor)"
        );
        assert_eq!(u16::from_le_bytes([zip[8], zip[9]]), 8, "deflate");
        assert_eq!(u16::from_le_bytes([zip[10], zip[11]]), 0, "00:00:00");
        assert_eq!(u16::from_le_bytes([zip[12], zip[13]]), (1 << 5) | 1, "1980-01-01");
        let name_len = usize::from(u16::from_le_bytes([zip[26], zip[27]]));
        assert_eq!(&zip[30..30 + name_len], b"bootstrap");
        assert_eq!(
            u16::from_le_bytes([zip[28], zip[29]]),
            0,
            "no extra field in the local header"
        );

        // Central directory header: made by Unix, same time, no extra field or comment, mode in
        // the external attributes.
        let central = zip.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        let c = &zip[central..];
        assert_eq!(c[5], 3, "made by Unix");
        assert_eq!(u16::from_le_bytes([c[12], c[13]]), 0);
        assert_eq!(u16::from_le_bytes([c[14], c[15]]), (1 << 5) | 1);
        assert_eq!(
            u16::from_le_bytes([c[30], c[31]]),
            0,
            "no extra field in the central header"
        );
        assert_eq!(u16::from_le_bytes([c[32], c[33]]), 0, "no file comment");
        let external = u32::from_le_bytes([c[38], c[39], c[40], c[41]]);
        assert_eq!(external >> 16, 0o100_755);
        // End of central directory: no archive comment.
        assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06");
        assert_eq!(&zip[zip.len() - 2..], [0, 0]);
    }

    #[test]
    fn entry_order_does_not_depend_on_input_order() {
        let binary = sample_binary();
        let forward: [(&str, &[u8], u32); 3] = [
            ("bootstrap", &binary, 0o755),
            ("lib/config.json", b"{}", 0o644),
            ("lib/libhelper.so", b"\x7fELF...", 0o755),
        ];
        let mut backward = forward;
        backward.reverse();
        let a = deterministic_zip(&forward).unwrap();
        let b = deterministic_zip(&backward).unwrap();
        assert_eq!(a, b);
        let names: Vec<String> = read_entries(&a).into_iter().map(|(name, _, _)| name).collect();
        assert_eq!(names, ["bootstrap", "lib/config.json", "lib/libhelper.so"]);
        let modes: Vec<Option<u32>> = read_entries(&a).into_iter().map(|(_, _, mode)| mode).collect();
        assert_eq!(modes, [Some(0o100_755), Some(0o100_644), Some(0o100_755)]);
    }

    #[test]
    fn regular_file_type_bits_are_accepted_and_others_rejected() {
        assert_eq!(
            deterministic_zip(&[("bootstrap", b"x", 0o100_755)]).unwrap(),
            deterministic_zip(&[("bootstrap", b"x", 0o755)]).unwrap()
        );
        for mode in [0o120_777, 0o040_755, 0o4755] {
            assert!(matches!(
                deterministic_zip(&[("bootstrap", b"x", mode)]),
                Err(Error::InvalidMode { .. })
            ));
        }
    }

    #[test]
    fn bad_names_and_duplicates_are_rejected() {
        for name in ["", "/bootstrap", "../bootstrap", "a/../b", "a//b", "a\\b", "dir/"] {
            assert!(
                matches!(
                    deterministic_zip(&[(name, b"x", 0o644)]),
                    Err(Error::InvalidEntryName(_))
                ),
                "{name:?}"
            );
        }
        assert!(matches!(
            deterministic_zip(&[("a", b"x", 0o644), ("a", b"y", 0o644)]),
            Err(Error::DuplicateEntry(_))
        ));
    }

    #[test]
    fn empty_archive_and_empty_entry_are_fine() {
        let empty = deterministic_zip(&[]).unwrap();
        assert_eq!(ZipArchive::new(Cursor::new(&empty)).unwrap().len(), 0);
        let entries = read_entries(&deterministic_zip(&[("empty", b"", 0o644)]).unwrap());
        assert_eq!(entries[0].1, b"");
    }

    #[test]
    fn sha256_hex_matches_known_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
