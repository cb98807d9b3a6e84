//! What every measurement hands back, and the Markdown it becomes.

use std::fmt::Write as _;

/// Whether a figure meets its goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// A figure shown for context, with no goal.
    Info,
}

impl Verdict {
    pub fn of(met: bool) -> Self {
        if met { Self::Met } else { Self::Missed }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::Missed => "**missed**",
            Self::Info => "",
        }
    }
}

/// One row of a section's table.
#[derive(Debug, Clone)]
pub struct Row {
    pub metric: String,
    pub value: String,
    pub goal: String,
    pub verdict: Verdict,
}

/// One measurement's results.
#[derive(Debug, Clone, Default)]
pub struct Section {
    pub title: String,
    /// How it was measured, in a sentence or two.
    pub method: String,
    pub rows: Vec<Row>,
    /// Evidence for missed goals, caveats, and what could not be measured.
    pub notes: Vec<String>,
    pub seconds: f64,
}

impl Section {
    pub fn new(title: &str, method: &str) -> Self {
        Self {
            title: title.to_owned(),
            method: method.to_owned(),
            ..Self::default()
        }
    }

    pub fn row(
        &mut self,
        metric: impl Into<String>,
        value: impl Into<String>,
        goal: impl Into<String>,
        verdict: Verdict,
    ) {
        self.rows.push(Row {
            metric: metric.into(),
            value: value.into(),
            goal: goal.into(),
            verdict,
        });
    }

    pub fn info(&mut self, metric: impl Into<String>, value: impl Into<String>) {
        self.row(metric, value, "", Verdict::Info);
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn missed(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.verdict == Verdict::Missed)
    }

    pub fn markdown(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n\n{}\n", self.title, self.method);
        if !self.rows.is_empty() {
            out.push_str("| measure | value | goal | verdict |\n| --- | --- | --- | --- |\n");
            for row in &self.rows {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    row.metric,
                    row.value,
                    row.goal,
                    row.verdict.label()
                );
            }
            out.push('\n');
        }
        for note in &self.notes {
            let _ = writeln!(out, "- {note}");
        }
        if !self.notes.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "_Section measured in {:.0} s._\n", self.seconds);
    }
}

/// Thousands separators for counts.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if !values.len().is_multiple_of(2) {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

pub fn mib(bytes: u64) -> String {
    format!("{:.2} MiB", bytes as f64 / 1_048_576.0)
}
