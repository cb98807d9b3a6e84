//! `cargo run --release -p awsmon-quality`: every quality measure per family (`make bench`
//! runs it).

fn main() {
    println!("## Log understanding (bench/corpora/logs and the Loghub samples)\n");
    println!("```");
    print!("{}", awsmon_quality::logs::report());
    println!("```\n");
    print!("{}", awsmon_quality::events::report());
    println!();
    print!("{}", awsmon_quality::secrets::report());
}
