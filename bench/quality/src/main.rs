//! `cargo run --release -p awsmon-quality`: every quality measure, as Markdown.

fn main() {
    print!("{}", awsmon_quality::events::report());
}
