//! `cargo run --release -p awsmon-quality`: every quality measure per family, then the cost of
//! a line against drain3's (`make bench` prints the same in its section 9).
//! `cargo run --release -p awsmon-quality -- speed` prints only the cost.

use std::time::Duration;

fn main() {
    let speed_only = std::env::args().nth(1).is_some_and(|a| a == "speed");
    if !speed_only {
        println!("## Log understanding (bench/corpora/logs and the Loghub samples)\n");
        println!("```");
        print!("{}", awsmon_quality::logs::report());
        println!("```\n");
        print!("{}", awsmon_quality::events::report());
        println!();
        print!("{}", awsmon_quality::secrets::report());
        println!();
    }
    println!("## Cost of a line against drain3 (the same lines, this run)\n");
    println!("```");
    print!("{}", awsmon_quality::speed::report(Duration::from_secs(2)));
    println!("```");
}
