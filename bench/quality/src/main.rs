//! Prints every quality measure per family (`make bench` runs it).

fn main() {
    println!("Log understanding (bench/corpora/logs and the Loghub samples)\n");
    print!("{}", awsmon_quality::logs::report());
}
