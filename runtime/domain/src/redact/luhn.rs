//! Payment card numbers: the Luhn check and the issuer (IIN) ranges with the lengths each
//! network issues. A 13-19 digit number alone is far more often an id or a timestamp than a
//! card, so [`super::pii`] calls a number a card only when it passes Luhn *and* is written like
//! a card (4-digit groups) or starts like one of these networks with their length.

/// The Luhn checksum of the ASCII digits of `digits` (other bytes are skipped).
pub(super) fn valid(digits: &[u8]) -> bool {
    let mut sum = 0;
    let mut count = 0;
    for (i, d) in digits
        .iter()
        .rev()
        .filter(|b| b.is_ascii_digit())
        .map(|b| u32::from(b - b'0'))
        .enumerate()
    {
        sum += if i % 2 == 1 {
            let doubled = d * 2;
            if doubled > 9 { doubled - 9 } else { doubled }
        } else {
            d
        };
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

/// Whether `digits` (ASCII digits only) starts with the IIN of a card network and has a length
/// that network issues: Visa, Mastercard, American Express, Discover, JCB, Diners Club,
/// UnionPay. (Maestro's ranges are too wide to tell a card from an id by prefix.)
pub(super) fn network_number(digits: &[u8]) -> bool {
    let len = digits.len();
    let prefix = |n: usize| -> u32 {
        digits[..n.min(len)]
            .iter()
            .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
    };
    let (p1, p2, p3, p4) = (prefix(1), prefix(2), prefix(3), prefix(4));
    match p1 {
        4 => matches!(len, 13 | 16 | 19),
        5 => (51..=55).contains(&p2) && len == 16,
        2 => (2221..=2720).contains(&p4) && len == 16,
        3 => {
            (matches!(p2, 34 | 37) && len == 15)
                || ((3528..=3589).contains(&p4) && (16..=19).contains(&len))
                || (((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39)) && (14..=16).contains(&len))
        }
        6 => (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || p2 == 62) && (16..=19).contains(&len),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_valid_numbers_and_rejects_one_digit_off() {
        assert!(valid(b"4111111111111111"));
        assert!(valid(b"4111 1111 1111 1111"));
        assert!(!valid(b"4111111111111112"));
        assert!(valid(b"378282246310005"));
        assert!(!valid(b""));
    }

    #[test]
    fn networks_need_their_prefix_and_length() {
        assert!(network_number(b"4111111111111111"));
        assert!(network_number(b"5500000000000004"));
        assert!(network_number(b"2221000000000009"));
        assert!(network_number(b"378282246310005"));
        assert!(network_number(b"6011111111111117"));
        assert!(network_number(b"3530111333300000"));
        assert!(network_number(b"30569309025904"));
        // A millisecond timestamp and a microsecond one: no network starts with 1.
        assert!(!network_number(b"1733140800000"));
        assert!(!network_number(b"1733140800000000"));
        // Visa's prefix at a length Visa does not issue.
        assert!(!network_number(b"41111111111111"));
        // Amex's prefix at Visa's length.
        assert!(!network_number(b"3782822463100050"));
    }
}
