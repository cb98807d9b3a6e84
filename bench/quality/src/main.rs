//! `cargo run --release -p awsmon-quality`: every quality measure, per family.

fn main() {
    print!("{}", awsmon_quality::secrets::report());
}
