//! Terminal styling for the demo's output, only where it helps: on a terminal, unless `NO_COLOR`
//! is set (<https://no-color.org>). In CI logs and files the text stays plain.

use std::io::IsTerminal;
use std::sync::OnceLock;

fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none())
}

fn styled(code: &str, text: &str) -> String {
    if enabled() {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

pub fn bold(text: &str) -> String {
    styled("1", text)
}

pub fn dim(text: &str) -> String {
    styled("2", text)
}

pub fn cyan(text: &str) -> String {
    styled("36", text)
}
