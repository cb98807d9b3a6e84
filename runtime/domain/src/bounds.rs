//! Size limits on what reaches storage and Slack. Text over a limit is cut where it is
//! normalised, with a marker that says how much was cut, so that an accepted event always fits
//! one DynamoDB item (400 KB) next to its issue's update, and a message never outgrows Slack.

/// Room kept for the marker: `…[<up to 20 digits> characters cut]`.
const MARKER_CHARS: usize = 40;

/// Cut `text` longer than `max_chars` characters to a head and `…[<n> characters cut]`, at most
/// `max_chars` in all (so cutting again changes nothing); shorter text is left as it is.
pub fn cut_marked(text: &mut String, max_chars: usize) {
    // No more bytes than the limit, so no more characters: the usual case, without a count.
    if text.len() <= max_chars || text.char_indices().nth(max_chars).is_none() {
        return;
    }
    let keep = max_chars.saturating_sub(MARKER_CHARS);
    let at = text.char_indices().nth(keep).map_or(text.len(), |(at, _)| at);
    let cut = text[at..].chars().count();
    text.truncate(at);
    text.push_str(&format!("…[{cut} characters cut]"));
}

/// At most `max_lines` lines of at most `max_chars` characters each; when lines are dropped,
/// the last line says how many.
pub fn cut_lines(lines: &mut Vec<String>, max_lines: usize, max_chars: usize) {
    for line in lines.iter_mut() {
        cut_marked(line, max_chars);
    }
    if lines.len() > max_lines {
        let kept = max_lines.saturating_sub(1);
        let dropped = lines.len() - kept;
        lines.truncate(kept);
        lines.push(format!("…[{dropped} more lines cut]"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_by_characters_and_says_how_many() {
        let mut text = "é".repeat(100);
        cut_marked(&mut text, 44);
        assert_eq!(text, "éééé…[96 characters cut]");
        let again = text.clone();
        cut_marked(&mut text, 44);
        assert_eq!(text, again, "cutting again changes nothing");
        let mut short = "abc".to_owned();
        cut_marked(&mut short, 3);
        assert_eq!(short, "abc");
        let mut lines = vec!["a".repeat(50); 4];
        cut_lines(&mut lines, 2, 43);
        assert_eq!(lines, ["aaa…[47 characters cut]", "…[3 more lines cut]"]);
    }
}
