use crate::elf::GlibcVersion;

/// Everything that can go wrong while checking or packaging a Lambda artifact.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The zip writer failed.
    #[error("cannot write the zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Two entries of one archive have the same name.
    #[error("duplicate zip entry {0:?}")]
    DuplicateEntry(String),
    /// An entry name that unzips outside the target folder, or is empty.
    #[error("invalid zip entry name {0:?}: it must be a non-empty relative path without '..'")]
    InvalidEntryName(String),
    /// A mode with a file type other than a regular file.
    #[error("invalid mode {mode:#o} for zip entry {name:?}: only permission bits of a regular file")]
    InvalidMode {
        /// The entry.
        name: String,
        /// The mode given.
        mode: u32,
    },
    /// The bytes are not a 64-bit little-endian ELF file.
    #[error("not a 64-bit little-endian ELF file: {0}")]
    NotElf(String),
    /// The ELF file is for another machine than x86-64.
    #[error("ELF machine is {0:#x}, not x86-64 (0x3e)")]
    WrongMachine(u16),
    /// The ELF file is not an executable (ET_EXEC or ET_DYN).
    #[error("ELF type is {0:#x}, not an executable")]
    NotExecutable(u16),
    /// The ELF file's version-needs section cannot be parsed.
    #[error("malformed ELF version requirements: {0}")]
    MalformedVersionNeeds(String),
    /// A glibc symbol version that is neither `GLIBC_x.y[.z]` nor a known ABI tag.
    #[error("unsupported glibc version requirement {0:?}")]
    UnknownGlibcVersion(String),
    /// The binary needs a newer glibc than the Lambda runtime has.
    #[error("the binary needs glibc {found}, newer than the {max} of Lambda's provided.al2023")]
    GlibcTooNew {
        /// The highest version the binary needs.
        found: GlibcVersion,
        /// The highest version allowed.
        max: GlibcVersion,
    },
}
