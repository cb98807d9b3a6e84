//! Size limits on what reaches storage and Slack. Text over a limit is cut where it is
//! normalised, with a marker that says how much was cut, so that an accepted event always fits
//! one DynamoDB item (400 KB) next to its issue's update, and a message never outgrows Slack.

/// Cut `text` to `max_chars` characters followed by `…[<n> characters cut]`; shorter text is
/// left as it is.
pub fn cut_marked(text: &mut String, max_chars: usize) {
    if let Some((at, _)) = text.char_indices().nth(max_chars) {
        let cut = text[at..].chars().count();
        text.truncate(at);
        text.push_str(&format!("…[{cut} characters cut]"));
    }
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
        let mut text = "é".repeat(10);
        cut_marked(&mut text, 4);
        assert_eq!(text, "éééé…[6 characters cut]");
        let mut short = "abc".to_owned();
        cut_marked(&mut short, 3);
        assert_eq!(short, "abc");
        let mut lines = vec!["a".repeat(5); 4];
        cut_lines(&mut lines, 2, 3);
        assert_eq!(lines, ["aaa…[2 characters cut]", "…[3 more lines cut]"]);
    }
}
