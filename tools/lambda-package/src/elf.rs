//! Checks that a binary can run on Lambda's `provided.al2023` runtime: an x86-64 ELF executable
//! whose glibc symbol versions are all provided by glibc [`LAMBDA_MAX_GLIBC`].
//!
//! The requirement is read from the ELF version-needs section (`.gnu.version_r`, `SHT_GNU_VERNEED`):
//! the highest `GLIBC_x.y[.z]` any needed library asks for, the same as
//! `objdump -T bin | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1`. One more tag counts:
//! `GLIBC_ABI_DT_RELR`, which a binary linked with packed relative relocations needs and only
//! glibc 2.36 and later provide.

use std::fmt;

use object::elf;
use object::read::elf::{FileHeader, SectionHeader};
use object::{Endianness, SectionIndex};

use crate::Error;

/// The glibc of Amazon Linux 2023, the OS of the `provided.al2023` runtime.
pub const LAMBDA_MAX_GLIBC: GlibcVersion = GlibcVersion::new(2, 34, 0);

/// A glibc version such as `2.34` or `2.2.5`, ordered numerically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GlibcVersion {
    /// Major version (2).
    pub major: u32,
    /// Minor version.
    pub minor: u32,
    /// Patch version, 0 when absent (`2.2.5` has 5).
    pub patch: u32,
}

impl GlibcVersion {
    /// `major.minor.patch`.
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self { major, minor, patch }
    }

    /// The version a symbol-version name such as `GLIBC_2.34` stands for.
    ///
    /// `Ok(None)` for names that are not glibc's; an error for a `GLIBC_` name that is neither a
    /// version nor a known ABI tag (such as `GLIBC_PRIVATE`, which no portable binary needs).
    pub fn from_symbol_version(name: &str) -> Result<Option<Self>, Error> {
        let Some(rest) = name.strip_prefix("GLIBC_") else {
            return Ok(None);
        };
        if rest == "ABI_DT_RELR" {
            return Ok(Some(Self::new(2, 36, 0)));
        }
        rest.parse()
            .map(Some)
            .map_err(|()| Error::UnknownGlibcVersion(name.to_owned()))
    }
}

impl std::str::FromStr for GlibcVersion {
    type Err = ();

    /// Parses `x.y` or `x.y.z`.
    fn from_str(text: &str) -> Result<Self, ()> {
        let mut parts = text.split('.').map(|part| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(());
            }
            part.parse::<u32>().map_err(|_| ())
        });
        let major = parts.next().ok_or(())??;
        let minor = parts.next().ok_or(())??;
        let patch = parts.next().transpose()?.unwrap_or(0);
        if parts.next().is_some() {
            return Err(());
        }
        Ok(Self::new(major, minor, patch))
    }
}

impl fmt::Display for GlibcVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)?;
        if self.patch != 0 {
            write!(f, ".{}", self.patch)?;
        }
        Ok(())
    }
}

/// What [`inspect`] found in a binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElfReport {
    /// The highest glibc version needed; `None` when the binary needs no versioned glibc symbol
    /// (a static binary, for instance).
    pub max_glibc: Option<GlibcVersion>,
    /// Every `(library, version name)` pair of the version-needs section, in file order.
    pub version_needs: Vec<(String, String)>,
}

/// Reads a binary's glibc requirement, checking first that it is a 64-bit little-endian x86-64
/// ELF executable (`ET_EXEC` or `ET_DYN`).
pub fn inspect(bytes: &[u8]) -> Result<ElfReport, Error> {
    let header = elf::FileHeader64::<Endianness>::parse(bytes).map_err(|e| Error::NotElf(e.to_string()))?;
    let endian = header.endian().map_err(|e| Error::NotElf(e.to_string()))?;
    if endian != Endianness::Little {
        return Err(Error::NotElf("big-endian".to_owned()));
    }
    let machine = header.e_machine(endian);
    if machine != elf::EM_X86_64 {
        return Err(Error::WrongMachine(machine.0));
    }
    let file_type = header.e_type(endian);
    if file_type != elf::ET_EXEC && file_type != elf::ET_DYN {
        return Err(Error::NotExecutable(file_type.0));
    }

    let malformed = |e: object::Error| Error::MalformedVersionNeeds(e.to_string());
    let sections = header
        .sections(endian, bytes)
        .map_err(|e| Error::NotElf(e.to_string()))?;
    let mut version_needs = Vec::new();
    let mut max_glibc = None;
    for section in sections.iter() {
        let Some((mut needs, link)) = section.gnu_verneed(endian, bytes).map_err(malformed)? else {
            continue;
        };
        let strings = sections
            .strings(endian, bytes, SectionIndex(link.0))
            .map_err(malformed)?;
        while let Some((need, mut auxes)) = needs.next().map_err(malformed)? {
            let file = String::from_utf8_lossy(need.file(endian, strings).map_err(malformed)?).into_owned();
            while let Some(aux) = auxes.next().map_err(malformed)? {
                let name =
                    String::from_utf8_lossy(aux.name(endian, strings).map_err(malformed)?).into_owned();
                if let Some(version) = GlibcVersion::from_symbol_version(&name)? {
                    max_glibc = max_glibc.max(Some(version));
                }
                version_needs.push((file.clone(), name));
            }
        }
    }
    Ok(ElfReport {
        max_glibc,
        version_needs,
    })
}

/// [`inspect`]s a binary and fails with [`Error::GlibcTooNew`] when it needs a glibc above `max`.
pub fn check_glibc(bytes: &[u8], max: GlibcVersion) -> Result<ElfReport, Error> {
    let report = inspect(bytes)?;
    match report.max_glibc {
        Some(found) if found > max => Err(Error::GlibcTooNew { found, max }),
        _ => Ok(report),
    }
}

/// [`check_glibc`] against Lambda's `provided.al2023` ([`LAMBDA_MAX_GLIBC`]).
pub fn check_lambda_binary(bytes: &[u8]) -> Result<ElfReport, Error> {
    check_glibc(bytes, LAMBDA_MAX_GLIBC)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal ELF64 x86-64 file with only the sections the check reads: `.dynstr`,
    /// `.gnu.version_r` needing `versions` from `libc.so.6`, and `.shstrtab`.
    fn synthetic_elf(machine: u16, versions: &[&str]) -> Vec<u8> {
        fn u16le(out: &mut Vec<u8>, v: u16) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        fn u32le(out: &mut Vec<u8>, v: u32) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        fn u64le(out: &mut Vec<u8>, v: u64) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        fn offset(n: usize) -> u32 {
            u32::try_from(n).unwrap()
        }

        let mut dynstr = b"\0libc.so.6\0".to_vec();
        let mut name_offsets = Vec::new();
        for version in versions {
            name_offsets.push(offset(dynstr.len()));
            dynstr.extend_from_slice(version.as_bytes());
            dynstr.push(0);
        }
        let mut verneed = Vec::new();
        u16le(&mut verneed, 1); // vn_version
        u16le(&mut verneed, u16::try_from(versions.len()).unwrap()); // vn_cnt
        u32le(&mut verneed, 1); // vn_file: "libc.so.6"
        u32le(&mut verneed, 16); // vn_aux
        u32le(&mut verneed, 0); // vn_next
        for (i, name) in name_offsets.iter().enumerate() {
            u32le(&mut verneed, 0); // vna_hash (not checked)
            u16le(&mut verneed, 0); // vna_flags
            u16le(&mut verneed, u16::try_from(i + 2).unwrap()); // vna_other
            u32le(&mut verneed, *name); // vna_name
            u32le(&mut verneed, if i + 1 < versions.len() { 16 } else { 0 }); // vna_next
        }
        let shstrtab = b"\0.dynstr\0.gnu.version_r\0.shstrtab\0";

        let dynstr_off = 64;
        let verneed_off = (dynstr_off + dynstr.len()).next_multiple_of(8);
        let shstrtab_off = verneed_off + verneed.len();
        let shdr_off = (shstrtab_off + shstrtab.len()).next_multiple_of(8);

        let mut out = Vec::new();
        out.extend_from_slice(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
        u16le(&mut out, 3); // ET_DYN
        u16le(&mut out, machine);
        u32le(&mut out, 1); // EV_CURRENT
        u64le(&mut out, 0); // e_entry
        u64le(&mut out, 0); // e_phoff
        u64le(&mut out, shdr_off as u64);
        u32le(&mut out, 0); // e_flags
        u16le(&mut out, 64); // e_ehsize
        u16le(&mut out, 56); // e_phentsize
        u16le(&mut out, 0); // e_phnum
        u16le(&mut out, 64); // e_shentsize
        u16le(&mut out, 4); // e_shnum
        u16le(&mut out, 3); // e_shstrndx
        out.extend_from_slice(&dynstr);
        out.resize(verneed_off, 0);
        out.extend_from_slice(&verneed);
        out.extend_from_slice(shstrtab);
        out.resize(shdr_off, 0);

        // (name, type, offset, size, link, info)
        let headers = [
            (0, elf::SHT_NULL, 0, 0, 0, 0),
            (1, elf::SHT_STRTAB, dynstr_off, dynstr.len(), 0, 0),
            (9, elf::SHT_GNU_VERNEED, verneed_off, verneed.len(), 1, 1),
            (24, elf::SHT_STRTAB, shstrtab_off, shstrtab.len(), 0, 0),
        ];
        for (name, kind, off, size, link, info) in headers {
            u32le(&mut out, name);
            u32le(&mut out, kind.0);
            u64le(&mut out, 0); // sh_flags
            u64le(&mut out, 0); // sh_addr
            u64le(&mut out, off as u64);
            u64le(&mut out, size as u64);
            u32le(&mut out, link);
            u32le(&mut out, info);
            u64le(&mut out, 1); // sh_addralign
            u64le(&mut out, 0); // sh_entsize
        }
        out
    }

    #[test]
    fn versions_parse_and_order_numerically() {
        let v = |s: &str| s.parse::<GlibcVersion>().unwrap();
        assert!(v("2.2.5") < v("2.3"));
        assert!(v("2.9") < v("2.10"));
        assert!(v("2.34") < v("2.35"));
        assert_eq!(v("2.34"), GlibcVersion::new(2, 34, 0));
        assert_eq!(v("2.2.5").to_string(), "2.2.5");
        assert_eq!(v("2.34").to_string(), "2.34");
        for bad in ["", "2", "2.", ".2", "2.x", "2.3.4.5", "+2.3", "2. 3"] {
            assert!(bad.parse::<GlibcVersion>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn symbol_version_names() {
        let parse = GlibcVersion::from_symbol_version;
        assert_eq!(parse("GLIBC_2.34").unwrap(), Some(GlibcVersion::new(2, 34, 0)));
        assert_eq!(parse("GLIBC_2.2.5").unwrap(), Some(GlibcVersion::new(2, 2, 5)));
        assert_eq!(
            parse("GLIBC_ABI_DT_RELR").unwrap(),
            Some(GlibcVersion::new(2, 36, 0))
        );
        assert_eq!(parse("GCC_3.0").unwrap(), None);
        assert!(matches!(
            parse("GLIBC_PRIVATE"),
            Err(Error::UnknownGlibcVersion(_))
        ));
    }

    #[test]
    fn synthetic_binary_within_the_limit_passes() {
        let bytes = synthetic_elf(62, &["GLIBC_2.2.5", "GLIBC_2.34", "GLIBC_2.28"]);
        let report = check_lambda_binary(&bytes).unwrap();
        assert_eq!(report.max_glibc, Some(LAMBDA_MAX_GLIBC));
        assert_eq!(report.version_needs.len(), 3);
        assert_eq!(
            report.version_needs[0],
            ("libc.so.6".to_owned(), "GLIBC_2.2.5".to_owned())
        );
    }

    #[test]
    fn synthetic_binary_needing_glibc_2_36_fails_the_check() {
        let bytes = synthetic_elf(62, &["GLIBC_2.2.5", "GLIBC_2.36", "GLIBC_2.34"]);
        assert_eq!(
            inspect(&bytes).unwrap().max_glibc,
            Some(GlibcVersion::new(2, 36, 0))
        );
        match check_lambda_binary(&bytes) {
            Err(Error::GlibcTooNew { found, max }) => {
                assert_eq!(found.to_string(), "2.36");
                assert_eq!(max.to_string(), "2.34");
            }
            other => panic!("expected GlibcTooNew, got {other:?}"),
        }
    }

    #[test]
    fn packed_relative_relocations_count_as_glibc_2_36() {
        let bytes = synthetic_elf(62, &["GLIBC_2.2.5", "GLIBC_ABI_DT_RELR"]);
        assert!(matches!(
            check_lambda_binary(&bytes),
            Err(Error::GlibcTooNew { found, .. }) if found == GlibcVersion::new(2, 36, 0)
        ));
    }

    #[test]
    fn binary_without_glibc_versions_passes() {
        let report = check_lambda_binary(&synthetic_elf(62, &[])).unwrap();
        assert_eq!(report.max_glibc, None);
    }

    #[test]
    fn rejects_non_elf_files() {
        for bytes in [
            &b""[..],
            b"#!/bin/sh\necho hello\n",
            b"PK\x03\x04 a zip",
            &[0x7f, b'E', b'L', b'F'],
        ] {
            assert!(matches!(inspect(bytes), Err(Error::NotElf(_))), "{bytes:?}");
        }
    }

    #[test]
    fn rejects_other_machines() {
        let aarch64 = synthetic_elf(183, &["GLIBC_2.17"]);
        assert!(matches!(
            check_lambda_binary(&aarch64),
            Err(Error::WrongMachine(183))
        ));
    }

    /// A real binary linked by the host's toolchain. Proves the parser reads real-world version
    /// needs. What a binary needs is what it uses, not the host's glibc: Debian 12 (glibc 2.36)
    /// ships an `ls` that needs only `GLIBC_2.34`, so `ls` itself passes the check.
    #[test]
    fn host_ls_is_read() {
        let ls = std::fs::read("/bin/ls").expect("/bin/ls exists");
        let report = inspect(&ls).unwrap();
        let max = report.max_glibc.expect("ls needs versioned glibc symbols");
        println!("/bin/ls needs glibc {max}");
        assert!(max >= GlibcVersion::new(2, 3, 0));
        assert!(report.version_needs.iter().any(|(file, _)| file == "libc.so.6"));
    }

    /// The check rejects a real binary built against a newer glibc: on Debian 12, `python3` needs
    /// `GLIBC_2.35`. Skipped (with a note) on a host where none of the candidates needs more than 2.34;
    /// [`synthetic_binary_needing_glibc_2_36_fails_the_check`] proves the same thing hermetically.
    #[test]
    fn host_binary_needing_a_newer_glibc_fails_the_check() {
        let candidates = ["/usr/bin/python3", "/usr/bin/gcc", "/usr/bin/perl", "/bin/ls"];
        for path in candidates {
            let Ok(bytes) = std::fs::read(path) else { continue };
            let Ok(report) = inspect(&bytes) else { continue };
            let Some(max) = report.max_glibc.filter(|max| *max > LAMBDA_MAX_GLIBC) else {
                continue;
            };
            println!("{path} needs glibc {max}");
            assert!(matches!(
                check_lambda_binary(&bytes),
                Err(Error::GlibcTooNew { found, .. }) if found == max
            ));
            return;
        }
        println!("no host binary among {candidates:?} needs a glibc above {LAMBDA_MAX_GLIBC}: skipped");
    }
}
