//! The scan for trigger words (step 1 of [`super`]), in two automata.
//!
//! A DFA's table has a row per state and a column per class of bytes the words tell apart. The
//! words of other scripts (`пароль`, `密码`, `รหัสผ่าน`) bring bytes no ASCII word has, and with
//! them in one automaton every state paid for a column per such byte: 2.10 MB, where the ASCII
//! words' DFA alone takes 0.89 MB. So the ASCII words have their own DFA, and the others a small
//! automaton of their own that only a line with a non-ASCII byte is scanned with: most lines are
//! ASCII and cost one scan, as before.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

/// One trigger word found: its byte range and its index in the words given to [`Triggers::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: usize,
}

pub(super) struct Triggers {
    ascii: Automaton,
    other: Automaton,
}

/// One automaton and, for each of its patterns, the index of the word it is.
struct Automaton {
    words: AhoCorasick,
    index: Vec<usize>,
}

impl Triggers {
    /// Both automata over `words`, matched ASCII case-insensitively, leftmost-longest.
    pub fn new(words: &[&str]) -> Self {
        let (ascii, other): (Vec<_>, Vec<_>) =
            words.iter().enumerate().partition(|(_, word)| word.is_ascii());
        Self {
            // A DFA: twice as fast as the contiguous NFA on every line.
            ascii: Automaton::new(&ascii, AhoCorasickKind::DFA),
            // Scanned only when a line is not ASCII: as a DFA these words alone took 0.36 MB,
            // as a contiguous NFA 0.03 MB.
            other: Automaton::new(&other, AhoCorasickKind::ContiguousNFA),
        }
    }

    /// The trigger words of `text`, asked for from a position on ([`Scan::next_from`]).
    pub fn scan<'a>(&'a self, text: &'a str) -> Scan<'a> {
        Scan {
            triggers: self,
            text,
            ascii: text.is_ascii(),
            next_ascii: None,
            next_other: None,
        }
    }

    /// Bytes the automata take.
    #[cfg(test)]
    pub fn memory_usage(&self) -> usize {
        self.ascii.words.memory_usage() + self.other.words.memory_usage()
    }
}

/// One line's scan. Each automaton's next hit is kept until the scan passes its start: asking
/// again from every later position would rescan the rest of the line each time (quadratic on a
/// line of many hits of one automaton and none of the other).
pub(super) struct Scan<'a> {
    triggers: &'a Triggers,
    text: &'a str,
    ascii: bool,
    /// The hit each automaton found last, `Some(None)` when it found none to the end.
    next_ascii: Option<Option<Hit>>,
    next_other: Option<Option<Hit>>,
}

impl Scan<'_> {
    /// The leftmost-longest trigger word that starts at `at` or after, as one automaton of every
    /// word would find it. `at` never decreases from one call to the next.
    pub fn next_from(&mut self, at: usize) -> Option<Hit> {
        let in_ascii = next(&mut self.next_ascii, &self.triggers.ascii, self.text, at);
        if self.ascii {
            return in_ascii;
        }
        match (
            in_ascii,
            next(&mut self.next_other, &self.triggers.other, self.text, at),
        ) {
            (Some(a), Some(b)) => Some(if (b.start, a.end) < (a.start, b.end) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}

/// `automaton`'s first hit at `at` or after: the one kept in `kept` while it starts there or
/// later (no hit starts between the position it was found from and its start).
fn next(kept: &mut Option<Option<Hit>>, automaton: &Automaton, text: &str, at: usize) -> Option<Hit> {
    match *kept {
        Some(Some(hit)) if hit.start >= at => Some(hit),
        Some(None) => None,
        _ => *kept.insert(automaton.find(text, at)),
    }
}

impl Automaton {
    fn new(words: &[(usize, &&str)], kind: AhoCorasickKind) -> Self {
        let words_ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(words.iter().map(|(_, word)| word))
            .unwrap_or_else(|e| panic!("redaction triggers: {e}"));
        Self {
            words: words_ac,
            index: words.iter().map(|(index, _)| *index).collect(),
        }
    }

    fn find(&self, text: &str, at: usize) -> Option<Hit> {
        let found = self.words.find(Input::new(text).span(at..text.len()))?;
        Some(Hit {
            start: found.start(),
            end: found.end(),
            word: self.index[found.pattern().as_usize()],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_automata_find_what_one_would() {
        let words = ["pass", "password", "пароль", "密码", "key", "api_key", "Mật khẩu"];
        let triggers = Triggers::new(&words);
        let one = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .unwrap();
        for text in [
            "password=x пароль=y",
            "пароль=y password=x",
            "数据库密码 api_key=1",
            "MẬT mật khẩu: x, Mật khẩu: y, PASSWORD",
            "plain ascii api_key and key",
            "nothing here at all",
        ] {
            let mut scan = triggers.scan(text);
            let (mut at, mut two_found, mut one_found) = (0, Vec::new(), Vec::new());
            while let Some(hit) = scan.next_from(at) {
                at = hit.start + 1;
                two_found.push((hit.start, hit.end, words[hit.word]));
            }
            at = 0;
            while let Some(hit) = one.find(Input::new(text).span(at..text.len())) {
                at = hit.start() + 1;
                one_found.push((hit.start(), hit.end(), words[hit.pattern().as_usize()]));
            }
            assert_eq!(two_found, one_found, "{text}");
            assert!(!one_found.is_empty() || text.starts_with("nothing"), "{text}");
        }
    }
}
