//! National identifiers that only a label and a check digit tell apart from any other number:
//! France's NIR, Italy's codice fiscale, Germany's Steuer-ID, Australia's TFN, South Africa's
//! ID number and China's resident identity number. Each is redacted only after a key or label
//! naming it (`nir`, `codice_fiscale`, `Steuer-IdNr.`, `Tax file number:`, `idNumber`,
//! `身份证号`, `certNo`) *and* when its published check digit holds: a key such as `taxId` or
//! `id_number` also names plain record numbers, which the check digit turns away.

use std::sync::LazyLock;

use regex::Regex;

use super::Finding;

/// The trigger words (ASCII case aside): each starts a label [`CHECKED_ID_KEY`] may match.
#[rustfmt::skip]
pub(super) const KEY_WORDS: &[&str] = &[
    "nir\"", "nir'", "nir=", "nir:", "nir ", "sécurité sociale", "securite sociale", "codice",
    "fiscalcode", "fiscal_code", "fiscal code", "steuer", "taxid", "tax_id", "tax id", "tax file",
    "idnumber", "id_number", "id number", "身份证", "certno", "cert_no",
];

/// A label, then its value: digits (and letters) in groups separated by single spaces.
static CHECKED_ID_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?i:nir|s[ée]curit[ée] sociale|codice[ _.-]?fiscale|fiscal[ _.-]?code|steuer[ _.-]?(?:id(?:nr)?|identifikationsnummer)\.?|tax[ _.-]?id|tax[ _.-]?file[ _.-]?number|id[ _.-]?number|身份证(?:号码?)?|cert[ _.-]?no)["']?(?:\s*[:=#>]\s*|[ \t]+)["']?((?-i:[0-9A-Z]+(?: [0-9A-Z]+){0,7}))"#,
    )
    .unwrap_or_else(|e| panic!("checked national id pattern: {e}"))
});

/// National identifiers after the labels at `hits` (byte offsets of [`KEY_WORDS`]), when a
/// check digit holds.
pub(super) fn after_keys(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    for &at in hits {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut end = (at + 128).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(value) = CHECKED_ID_KEY.captures(&text[at..end]).and_then(|c| c.get(1)) else {
            continue;
        };
        // The longest run of groups that is an identifier (`2 82 04 65 886 599 89`, not the
        // word after it).
        let groups: Vec<(usize, &str)> = value
            .as_str()
            .split(' ')
            .scan(0, |offset, g| {
                let start = *offset;
                *offset += g.len() + 1;
                Some((start, g))
            })
            .collect();
        for count in (1..=groups.len()).rev() {
            let (last_start, last) = groups[count - 1];
            let compact: String = groups[..count].iter().map(|(_, g)| *g).collect();
            if checked(&compact) {
                let start = at + value.start();
                out.push(Finding::new(
                    start,
                    start + last_start + last.len(),
                    "<national-id>",
                ));
                break;
            }
        }
    }
}

/// Whether `id` (no spaces) is one of the identifiers of this module with a valid check.
fn checked(id: &str) -> bool {
    let b = id.as_bytes();
    let digits = b.iter().all(u8::is_ascii_digit);
    match b.len() {
        9 if digits => tfn(b),
        11 if digits => steuer_id(b),
        13 if digits => south_africa_id(b),
        15 if digits => nir(b),
        16 => codice_fiscale(b),
        18 => china_resident_id(b),
        _ => false,
    }
}

fn digit(b: u8) -> u32 {
    u32::from(b - b'0')
}

/// Australia's tax file number: weights 1 4 3 7 5 8 6 9 10, the sum a multiple of 11.
fn tfn(b: &[u8]) -> bool {
    const WEIGHTS: [u32; 9] = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    b.iter().zip(WEIGHTS).map(|(&d, w)| digit(d) * w).sum::<u32>() % 11 == 0
}

/// Germany's Steuerliche Identifikationsnummer: no leading zero, one digit of the first ten
/// repeated (twice or three times), and ISO 7064 MOD 11,10 for the last.
fn steuer_id(b: &[u8]) -> bool {
    if b[0] == b'0' {
        return false;
    }
    let mut counts = [0u8; 10];
    for &d in &b[..10] {
        counts[digit(d) as usize] += 1;
    }
    let repeated = counts.iter().filter(|&&c| c > 1).count();
    if repeated != 1 || counts.iter().any(|&c| c > 3) {
        return false;
    }
    let mut product = 10;
    for &d in &b[..10] {
        let mut sum = (digit(d) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == digit(b[10])
}

/// South Africa's ID number: a date of birth `YYMMDD`, citizenship 0 or 1, Luhn.
fn south_africa_id(b: &[u8]) -> bool {
    let month = digit(b[2]) * 10 + digit(b[3]);
    let day = digit(b[4]) * 10 + digit(b[5]);
    (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && matches!(b[10], b'0' | b'1')
        && super::luhn::valid(b)
}

/// France's NIR: sex 1 or 2, then 12 digits, and the key `97 - (number mod 97)`.
fn nir(b: &[u8]) -> bool {
    if !matches!(b[0], b'1' | b'2') {
        return false;
    }
    let number = b[..13].iter().fold(0u64, |n, &d| n * 10 + u64::from(digit(d)));
    let key = u64::from(digit(b[13]) * 10 + digit(b[14]));
    97 - number % 97 == key
}

/// Italy's codice fiscale: 6 letters, 2 digits, a month letter, 2 digits, a letter and 3 digits
/// (digits may be replaced by letters for homocodes), and the check letter of the odd and even
/// tables.
fn codice_fiscale(b: &[u8]) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];
    let shape = b[..6].iter().all(u8::is_ascii_uppercase)
        && b"ABCDEHLMPRST".contains(&b[8])
        && b[11].is_ascii_uppercase()
        && b[15].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric);
    if !shape {
        return false;
    }
    // A digit counts as the letter of the same index.
    let index = |c: u8| {
        if c.is_ascii_digit() {
            digit(c)
        } else {
            u32::from(c - b'A')
        }
    };
    let sum: u32 = b[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                ODD[index(c) as usize]
            } else {
                index(c)
            }
        })
        .sum();
    u32::from(b[15] - b'A') == sum % 26
}

/// China's resident identity number: 17 digits (region, date of birth, sequence) and ISO 7064
/// MOD 11-2 (`X` for 10).
fn china_resident_id(b: &[u8]) -> bool {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    if !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let month = digit(b[10]) * 10 + digit(b[11]);
    if !(1..=12).contains(&month) {
        return false;
    }
    let sum: u32 = b[..17].iter().zip(WEIGHTS).map(|(&d, w)| digit(d) * w).sum();
    let check = (12 - sum % 11) % 11;
    match b[17] {
        b'X' => check == 10,
        d if d.is_ascii_digit() => check == digit(d),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_of_invented_numbers() {
        // Invented numbers built with each check, and the same with one digit changed.
        assert!(tfn(b"198702151") && !tfn(b"198702152"));
        assert!(nir(b"270070847654865") && !nir(b"270070847654866"));
        assert!(china_resident_id(b"32058219870415735X") && !china_resident_id(b"320582198704157351"));
        assert!(south_africa_id(b"9307144821089") && !south_africa_id(b"9307144821080"));
        assert!(steuer_id(b"48701753624") && !steuer_id(b"48701753625"));
        assert!(codice_fiscale(b"VNTLSU77H52L219N") && !codice_fiscale(b"VNTLSU77H52L219O"));
    }
}
