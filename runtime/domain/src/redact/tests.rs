//! Every value below is invented (format-valid, never a real credential).

use proptest::prelude::*;

use super::*;

static DEFAULT: LazyLock<Redactor> = LazyLock::new(Redactor::default);

fn redact(text: &str) -> String {
    DEFAULT.redact(text)
}

/// Each input redacts to its expected text, and each clean line stays as it is.
fn assert_redacts(cases: &[(&str, &str)], clean: &[&str]) {
    for (input, expected) in cases {
        assert_eq!(redact(input), *expected, "{input}");
    }
    for line in clean {
        assert_eq!(redact(line), *line);
    }
}

#[test]
fn an_auth_key_followed_by_a_sentence_is_prose() {
    let text = "unable to pull secrets or registry auth: execution resource retrieval failed";
    assert_eq!(redact(text), text);
    assert_eq!(
        redact("Authorization: tokenvalueabcdef"),
        "Authorization: <redacted>"
    );
}

#[test]
fn each_kind_of_secret_is_replaced_by_its_placeholder() {
    let cases = [
        ("key AKIAQ3EXAMPLE7TESTZZ used", "key <aws-access-key-id> used"),
        (
            "aws_secret_access_key=Zx81kQpL0mWv4rT7yBn2cD5fGh9jKs3aEu6iOo1P",
            "aws_secret_access_key=<aws-secret>",
        ),
        (
            "secret Zx81kQpL0mWv4rT7yBn2cD5fGh9jKs3aEu6iOo1P leaked",
            "secret <aws-secret> leaked",
        ),
        (
            "Authorization: Bearer abcdef123456789",
            "Authorization: Bearer <token>",
        ),
        (
            "Authorization: Basic ZGVwbG95OlRyMHViNGRvcg==",
            "Authorization: Basic <redacted>",
        ),
        (
            "sent bearer abcdef1234567890xyz to api",
            "sent bearer <token> to api",
        ),
        (
            "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLWludmVudGVk ok",
            "jwt <jwt> ok",
        ),
        (
            "connect password=hunter2 failed",
            "connect password=<redacted> failed",
        ),
        (
            r#"{"db_password": "hunter2", "user": "bob"}"#,
            r#"{"db_password": "<redacted>", "user": "bob"}"#,
        ),
        (
            "GET /cb?code=Xk29fLq0&access_token=abc123&x=1",
            "GET /cb?code=<redacted>&access_token=<redacted>&x=1",
        ),
        (
            "postgres://admin:s3cr3t@db:5432/x down",
            "postgres://<credentials>@db:5432/x down",
        ),
        (
            "mail to jane.doe+x@example.co.uk bounced",
            "mail to <email> bounced",
        ),
        ("card 4111 1111 1111 1111 declined", "card <card> declined"),
        ("card 4111-1111-1111-1111 declined", "card <card> declined"),
        (
            "token ghp_Q8wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3b in env",
            "token <github-token> in env",
        ),
        (
            "hook https://hooks.slack.com/services/T0INVENTED/B0INVENTED1/EXAMPLEq8Zr2LmXw5Tn7Kp1H failed",
            "hook <slack-webhook> failed",
        ),
        (
            "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
            "<slack-token>",
        ),
        (
            "mysql -u root -pS3cr3t! -h db",
            "mysql -u root -p<redacted> -h db",
        ),
        (
            "run --password Tr0ub4dor&3 --verbose",
            "run --password <redacted>&3 --verbose",
        ),
        (
            "<password>Tr0ub4dor</password>",
            "<password><redacted></password>",
        ),
        (":password => 'Tr0ub4dor'", ":password => '<redacted>'"),
        (
            "Set-Cookie: sid=9f8e7d6c5b4a; Path=/; HttpOnly",
            "Set-Cookie: sid=<redacted>; Path=/; HttpOnly",
        ),
        (
            "curl -u deploy:Tr0ub4dor https://x.example",
            "curl -u deploy:<password> https://x.example",
        ),
        ("Passwort=Geheim123", "Passwort=<redacted>"),
        ("パスワード：Himitsu99", "パスワード：<redacted>"),
        ("SSN: 123-45-6789", "SSN: <ssn>"),
        ("call (555) 010-4477 now", "call <phone> now"),
        ("login=alice%40example.com", "login=<email>"),
        (
            r#"{\"password\":\"Tr0ub4dor\"}"#,
            r#"{\"password\":\"<redacted>\"}"#,
        ),
        (
            "auth failed (password 'Tr0ub4dor')",
            "auth failed (password '<redacted>')",
        ),
        ("mot de passe : Geheim123", "mot de passe : <redacted>"),
        ("密码=Mima2026", "密码=<redacted>"),
        ("Kennwort: Geheim123", "Kennwort: <redacted>"),
        ("ssn: 219099999", "ssn: <ssn>"),
        ("dial +44 20 7946 0321", "dial <phone>"),
        ("to jürgen.weiß@beispiel.de", "to <email>"),
        (
            "Cookie: PHPSESSID=a1b2c3d4e5f6a7b8; lang=en",
            "Cookie: PHPSESSID=<redacted>; lang=en",
        ),
        // A cookie named after the header is no new header (it was left out whole).
        (
            "Cookie: mycookie=Inv3ntedSess10nValue",
            "Cookie: mycookie=<redacted>",
        ),
        (
            "Authorization: Bearer Inv3ntedT0kenValue Authorization: Basic SW52ZW50ZWQ6RVhBTVBMRQ==",
            "Authorization: Bearer <token> Authorization: Basic <redacted>",
        ),
        ("GET /dl?auth=Zk29fLq0aa&file=x", "GET /dl?auth=<redacted>&file=x"),
        (
            "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=QmFzZTY0SW52ZW50ZWQ=;EndpointSuffix=core.windows.net",
            "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=<redacted>;EndpointSuffix=core.windows.net",
        ),
        (
            "https://a.blob.core.windows.net/c?sv=2022-11-02&sig=QmFzZTY0%2BInv%3D",
            "https://a.blob.core.windows.net/c?sv=2022-11-02&sig=<redacted>",
        ),
    ];
    assert_redacts(&cases, &[]);
}

#[test]
fn clean_lines_stay_unchanged() {
    for text in [
        // From held-out corpus 21: postfix's lookup table, a DKIM record's public key, a
        // WireGuard public key, a PAM module's service and group.
        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd  (postconf -n on mx2, pid 6007)",
        "mail._domainkey.example. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkibYs+iVqyBWiV3IXZKqA5QCx/6KZ8lDBhbKQMJjaGIFzDKQbwOgOzUCPMsrIlCD1j902o7YyR8nlX8CP/LM0d3tBu9PmXWv42M5nPPxqnOkJnWIC1Fkl4sd2LPrCfXbBpYiY\"",
        "wg0: public key: uPWZfm0yKqbLMR3k0vNg4diogUCpv35pHGKxTzWnWlY=  listening port: 51820",
        "May  6 06:55:09 bastion-a passwd[18914]: pam_unix(passwd:chauthtok): password changed for bnwosu",
        // From held-out corpus 20: a Stripe publishable key in prose, a sequence token of digits,
        // botocore's already-signed header as a bytes literal.
        "Stripe publishable key configured: pk_live_g9Zpq25qQ7yAtQLjI1FffZ3A (frontend only)",
        "[output:cloudwatch_logs:cloudwatch_logs.0] sequence token 54210305550694127736985601625681212330706506061710944076 accepted",
        "headers={'X-Amz-Date': b'20280404T021700Z', 'Authorization': b'AWS4-HMAC-SHA256 Credential=<redacted>/20280404/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=<redacted>'}>",
        // From held-out corpus 19: a DynamoDB page's key (base64 JSON of the table's key) and a
        // CloudWatch Logs stream's sequence token.
        r#"{"msg":"page","last_evaluated_key":"eyJwayI6ICJPUkRFUiNvcmRfNjNkZW52MjFlZSIsICJzayI6ICJNRVRBIn0=","count":45}"#,
        "original error: <nil> (token sequenceToken=68873776518953121995093762444609120247059272685974018101)",
        "ERROR Timeout after 30000 ms calling orders-service (attempt 3 of 5)",
        "java.lang.NullPointerException at com.acme.Orders.place(Orders.java:42)",
        "Task failed: exit code 137, container killed",
        "block 1234567890123 not found",
        "max_tokens=4096 temperature=0.2",
        r#"{"token_type":"Bearer","expires_in":3600}"#,
        "token_count=5 tokens=5",
        "password_reset_requested user_id=7",
        "secret_name=prod/db passwordless=true",
        r#""password": null"#,
        "password_length=12",
        "request_id=4111111111111111 done",
        "ts=1733140800123 event=flush",
        "Received connection request /10.10.34.11:45307",
        "git clone git@github.com:acme/orders.git",
        "docker run -p 8080:80 app",
        "Password: must be at least 12 characters",
        "password=<redacted>",
        "api_key=${API_KEY}",
        r#"Error from server (NotFound): secrets "db-credentials" not found"#,
        "tests pass: 12/12",
        "Session: started",
        "ssh -p 2222 deploy@bastion.internal",
        r#"loaded google credentials client_email="iap-validator@shop-play.iam.gserviceaccount.com""#,
        "Bearer authentication scheme registered",
        "echo $TOKEN | docker login --username ci --password-stdin ghcr.io",
        "Processed session termination for sessionid: 0x14f4a6318b80019",
        "order 1733140800123 shipped, offset=4111111111111111",
        "Received block blk_-4111111111111111 of size 67108864 from /10.251.42.84",
        "version 3.14.15 build 2026.12.02.1533 at 10.0.3.17:5432",
        "Fetching secret: prod/orders/db",
        "NextToken=QmFzZTY0SW52ZW50ZWRQYWdpbmF0aW9uVG9rZW4xMjM0NTY3ODkw",
        "x-amz-id-2: QmFzZTY0SW52ZW50ZWRIb3N0SWRGb3JBbkludmVudGVkUmVxdWVzdDEyMzQ1Njc4OQ==",
    ] {
        assert_eq!(redact(text), text);
    }
}

#[test]
fn private_key_blocks_and_their_pieces_are_replaced() {
    let block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAq8ZInventedInventedInventedInventedInventedInv\n-----END RSA PRIVATE KEY-----";
    assert_eq!(redact(&format!("key: {block} end")), "key: <private-key> end");
    assert_eq!(
        redact("found -----BEGIN OPENSSH PRIVATE KEY----- in file"),
        "found <private-key>"
    );
    assert_eq!(
        redact("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none"),
        "<private-key>"
    );
    assert_eq!(
        redact("Qk9YZlJhbmRvbUludmVudGVkQmFzZTY0TGluZU9mQUtleUJvZHk3Nzc5"),
        "<secret>"
    );
    // A line of an armored block inside a longer log line.
    assert_eq!(
        redact("gpg: tnKocmN6zXRm/LYODo/xhGOw5LK6KXA0dPBkrGj3APWwKz3GZvRb3qosyu3NK1FX more"),
        "gpg: <secret> more"
    );
}

/// Failure class: on a line that names a secret, a URL's path and a generated resource name
/// were read as one long random word each (held-out corpora 14 and 15).
#[test]
fn paths_and_generated_names_made_of_words_are_no_blobs() {
    for line in [
        "token ok; fullstory session https://app.fullstory.com/ui/o-1A2B3C-na1/session/7d4e1f8b5c2d9a6e%3A3f2a9c1e7b4d",
        r#"GOOGLE_CREDENTIALS_JSON={"type":"external_account","audience":"//iam.googleapis.com/projects/982085412898/locations/global/workloadIdentityPools/aws/providers/idp"}"#,
        "{'RequestType': 'Create', 'ServiceToken': 'arn:aws:lambda:us-east-1:111122223333:function:media-stack-BucketNotificationsHandler-4GhT2kLm9QzX'}",
        "environ({'AWS_LAMBDA_FUNCTION_NAME': 'vpc-stack-EniCleanupFn-Q7mZ2xK9pL1w', 'AWS_SESSION_TOKEN': '[redacted]'})",
        // IAM Identity Center's roles end in 16 hex digits (heldout32).
        r#""arn":"arn:aws:sts::604219835517:assumed-role/AWSReservedSSO_PowerUserAccess_5c2e8a1f9d3b7046/jdoe""#,
    ] {
        assert_eq!(redact(line), line);
    }
    // A random word with a slash or a dash or two is still one.
    for word in [
        "tnKocmN6zXRm/LYODo/xhGOw5LK6KXA0dPBkrGj3APWwKz3GZvRb3qosyu3NK1FX",
        "Zq81kQ-L0mWv4rT7yBn2cD5fGh9jKs-aEu6iOo1PxX",
    ] {
        assert_eq!(
            redact(&format!("api token {word}")),
            "api token <secret>",
            "{word}"
        );
    }
}

/// Failure class: a source file's name holding a keyword (`auth_log.c`) read as a key and its
/// line number as the value; Apache HttpClient's `[\r][\n]` read as part of a masked value.
#[test]
fn source_locations_and_wire_line_ends_are_no_values() {
    for line in [
        "[2027/11/01 14:53:32.971469,  3] ../../source3/auth/auth_log.c:760(log_authentication_event_human_readable)",
        "panic at token_cache.go:88: nil map",
        r#"DEBUG org.apache.http.wire - http-outgoing-7 >> "X-Amz-Security-Token: ***[\r][\n]""#,
    ] {
        assert_eq!(redact(line), line);
    }
    assert_eq!(
        redact(
            r#"DEBUG org.apache.http.wire - http-outgoing-7 >> "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEXAMPLEInvented[\r][\n]""#
        ),
        r#"DEBUG org.apache.http.wire - http-outgoing-7 >> "X-Amz-Security-Token: <redacted>[\r][\n]""#
    );
    assert_eq!(redact("auth.token:Invented7Qx9"), "auth.token:<redacted>");
}

/// Failure class: a URL's password that is a percent-encoded variable, and a Go module's
/// checksum, were redacted.
#[test]
fn encoded_variables_and_module_checksums_are_kept() {
    for line in [
        "DATABASE_URL=postgres://orders_app:%24%7BDB_PASSWORD%7D@orders-db.internal:5432/orders",
        "github.com/redis/pgx@v8.1.5 h1:3lS2clOOjWyFmJsTBHfmk1vH52Qr9lADhxwQ8PWz58k=",
        "go: verifying github.com/redis/pgx@v8.1.5/go.mod h1:3lS2clOOjWyFmJsTBHfmk1vH52Qr9lADhxwQ8PWz58k=",
    ] {
        assert_eq!(redact(line), line);
    }
    assert_eq!(
        redact("DATABASE_URL=postgres://orders_app:Inv3nted%24ecret@orders-db.internal:5432/orders"),
        "DATABASE_URL=postgres://<credentials>@orders-db.internal:5432/orders"
    );
}

#[test]
fn cards_need_luhn_and_a_card_shape() {
    // Luhn-valid Visa number, plain, no id key before it: a card.
    assert_eq!(redact("pan 4012888888881881 ok"), "pan <card> ok");
    // The same digits as an id, and a Luhn-invalid formatted number: kept.
    assert_eq!(redact("orderId=4012888888881881"), "orderId=4012888888881881");
    assert_eq!(redact("4111 1111 1111 1112"), "4111 1111 1111 1112");
    // A microsecond timestamp starts like no card network.
    assert_eq!(redact("at 1733140800123456"), "at 1733140800123456");
}

#[test]
fn configured_patterns_apply_and_bad_ones_are_named() {
    let redactor = Redactor::new(&["cust-[0-9]{6}".into()]).unwrap();
    assert_eq!(
        redactor.redact("customer cust-123456 failed"),
        "customer <redacted> failed"
    );
    let error = Redactor::new(&["ok".into(), "(".into()]).unwrap_err();
    assert_eq!(error.index, 1);
}

#[test]
fn a_pattern_that_matches_the_empty_string_is_refused() {
    for pattern in [
        "x*",
        "",
        "\\b",
        "(?m)^",
        "a|",
        "(?:ab)?c?",
        "\\B",
        "[A-Za-z]{0,5}",
    ] {
        let error = Redactor::new(&[pattern.into()]).unwrap_err();
        assert!(error.reason.contains("empty string"), "{pattern}: {error}");
    }
    // At least one character: accepted.
    assert!(Redactor::new(&["a+".into(), "[A-Za-z]{5,}".into(), "\\bx\\b".into()]).is_ok());
}

#[test]
fn a_pattern_matching_placeholder_text_cannot_loop_or_eat_placeholders() {
    let redactor = Redactor::new(&["[A-Za-z]{5,}".into()]).unwrap();
    let once = redactor.redact("password=hunter2 hello world");
    assert_eq!(once, "<redacted>=<redacted> <redacted> <redacted>");
    assert_eq!(redactor.redact(&once), once);
}

/// Values shaped like the secrets of each syntax, invented by proptest.
fn password() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9!#$%*+@^_~]{7,20}[0-9]"
}

fn planted() -> impl Strategy<Value = (String, String)> {
    let syntaxes = [
        "password={}",
        "db_password: {}",
        r#"{{"password": "{}"}}"#,
        "--password {}",
        "<password>{}</password>",
        ":password => '{}'",
        "Passwort={}",
        "secret_key = \"{}\"",
        "mysql -u app -p{}",
        "Authorization: Basic {}",
        "https://user:{}@host.example/x",
        "client_secret={}&x=1",
        "api_key: {}",
        "Cookie: session={}; theme=dark",
        // The held-out corpus's classes.
        "machine git.example.com login ci password {}",
        "db.internal:5432:orders:app:{}",
        "requirepass {}",
        "docker login -u ci -p {} registry.example.com",
        "redis-cli -h cache -a {} ping",
    ];
    (
        0..syntaxes.len(),
        password(),
        "[ a-z0-9:=]{0,12}",
        "[ a-z.]{0,12}",
    )
        .prop_map(move |(i, secret, prefix, suffix)| {
            let planted = syntaxes[i].replace("{}", &secret);
            (format!("{prefix} {planted} {suffix}"), secret)
        })
}

fn vendor_token() -> impl Strategy<Value = String> {
    prop_oneof![
        "AKIA[A-Z2-7]{16}",
        "ghp_[A-Za-z0-9]{36}",
        "github_pat_[A-Za-z0-9_]{82}",
        "glpat-[A-Za-z0-9_-]{20}",
        "xox[bp]-[0-9]{10,12}-[0-9]{10,12}-[A-Za-z0-9]{24}",
        "sk_live_[A-Za-z0-9]{24,99}",
        "AIza[A-Za-z0-9_-]{35}",
        "npm_[A-Za-z0-9]{36}",
        "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
        "sk-proj-[A-Za-z0-9_-]{40,120}",
        "sk-ant-api03-[A-Za-z0-9_-]{90}",
        "hvs\\.[A-Za-z0-9_-]{24,90}",
        "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,80}",
        "dckr_pat_[A-Za-z0-9_-]{27}",
        "shpat_[a-f0-9]{32}",
        "django-insecure-[a-z0-9!@#$%^&*(=+)_-]{50}",
        "eyJ[A-Za-z0-9_-]{10,30}\\.eyJ[A-Za-z0-9_-]{10,60}\\.[A-Za-z0-9_-]{20,43}",
    ]
}

proptest! {
    // (A random word is drawn again when it happens to read as a payload or as no random word,
    // often enough that the default budget of 1,024 rejected draws was once spent before 256
    // cases passed: a failure of the test, not of the redactor.)
    #![proptest_config(ProptestConfig { max_global_rejects: 16_384, ..ProptestConfig::default() })]

    #[test]
    fn planted_secrets_never_survive((text, secret) in planted()) {
        let out = redact(&text);
        prop_assert!(!out.contains(&secret), "{text:?} -> {out:?}");
    }

    #[test]
    fn vendor_tokens_never_survive(
        prefix in "([ a-z:=\"']{0,10}[ :=\"'])?",
        token in vendor_token(),
        suffix in "[ ,;.\"']{0,3}[ a-z]{0,10}",
    ) {
        let out = redact(&format!("{prefix}{token}{suffix}"));
        prop_assert!(!out.contains(&token), "{out:?}");
    }

    #[test]
    fn planted_access_keys_never_survive(prefix in "[ a-z:=]{0,10}", key in "AKIA[A-Z0-9]{16}", suffix in "[ a-z.]{0,10}") {
        let out = redact(&format!("{prefix}{key}{suffix}"));
        prop_assert!(!out.contains(&key));
    }

    #[test]
    fn a_random_40_character_word_is_found_at_every_offset(
        prefix in "[a-z .:=]{0,70}",
        word in proptest::collection::vec(proptest::sample::select(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".to_vec(),
        ), 40).prop_map(|bytes| String::from_utf8(bytes).unwrap_or_default()),
        suffix in "([ .,;][a-z ]{0,20})?",
    ) {
        // (One in about 30,000 decodes to JSON or text, `ewogICAg…` is `{\n  `: a payload, kept.
        // One in about 400,000 reads as a path of words, `aaa/…/gbbic/…`: kept by design.)
        prop_assume!(
            tokens::random(word.as_bytes())
                && !tokens::json_without_secrets(&word)
                && !tokens::compressed_or_text(&word)
                && !tokens::made_of_words(&word)
        );
        // (After a word that is no key: `id <word>` names an id and is kept.)
        let out = redact(&format!("{prefix}{}{word}{suffix}", if prefix.is_empty() { "" } else { " at " }));
        prop_assert!(!out.contains(&word), "{out:?}");
    }

    #[test]
    fn redacting_twice_changes_nothing(text in "\\PC{0,120}") {
        let once = redact(&text);
        prop_assert_eq!(redact(&once), once.clone());
    }

    #[test]
    fn redacting_twice_changes_nothing_on_keyword_soup(parts in proptest::collection::vec(
        "password|token|Cookie|Authorization|key|=|: | |\"|'|<|>|</|%3D|%40|\\\\\"|@|example\\.com\
         |4111|-|AKIA|ghp_|://|Bearer |;|&|\\?code=|-----BEGIN RSA PRIVATE KEY-----|\n|Basic \
         |[A-Za-z0-9+/]{1,50}",
        0..24,
    )) {
        let text: String = parts.concat();
        let once = redact(&text);
        prop_assert_eq!(redact(&once), once.clone(), "{:?}", text);
    }

    #[test]
    fn redacting_twice_changes_nothing_on_planted_lines((text, _) in planted()) {
        let once = redact(&text);
        prop_assert_eq!(redact(&once), once.clone());
    }

    #[test]
    fn arbitrary_utf8_never_panics(text in "(?s).{0,200}") {
        let _ = redact(&text);
    }

    #[test]
    fn configured_patterns_are_idempotent_too(text in "[a-z <>=]{0,60}") {
        let redactor = Redactor::new(&["[a-z]{3,}".into()]).unwrap();
        let once = redactor.redact(&text);
        prop_assert_eq!(redactor.redact(&once), once.clone());
    }
}

#[test]
fn the_trigger_automaton_fits_the_agents_memory_budget() {
    // The agent has 32 MB in all. The trigger automata (0.92 MB, see `triggers`) are built once
    // per process and shared by every thread, unlike a RegexSet's lazy DFA cache (2 MB for each
    // thread, refused for that reason); a contiguous NFA of every word takes a tenth of the
    // memory but made redaction twice as slow.
    let bytes = BUILTIN.triggers.memory_usage();
    assert!(bytes < 2 << 20, "trigger automaton: {bytes} bytes");
}

#[test]
fn long_lines_of_repeated_triggers_stay_linear() {
    // Each of these would take minutes if a rule rescanned the rest of the line at every hit
    // (quadratic); linear, each takes milliseconds even unoptimised.
    for (unit, times) in [
        ("token", 10_000),
        ("sk-", 16_000),
        ("password=\"", 5_000),
        ("Authorization: Basic ", 2_500),
        ("Cookie: a=b; ", 4_000),
        ("mysql -pX ", 5_000),
        ("a@b.co ", 7_000),
    ] {
        let line = unit.repeat(times);
        let start = std::time::Instant::now();
        let once = redact(&line);
        let elapsed = start.elapsed();
        assert!(
            elapsed < std::time::Duration::from_secs(5),
            "{unit:?}: {elapsed:?}"
        );
        assert!(once.len() < line.len() * 3, "{unit:?}");
    }
}

/// Issue 20: `card 4111111111111111 123` escaped, the match swallowing the short number after
/// the card before Luhn.
#[test]
fn a_card_followed_by_a_short_number_is_still_a_card() {
    assert_eq!(redact("card 4111111111111111 123"), "card <card> 123");
    assert_eq!(redact("card 4111 1111 1111 1111 123"), "card <card> 123");
    assert_eq!(redact("pan 4012888888881881 12 ok"), "pan <card> 12 ok");
    // What stays: an order number and a time are still not cards.
    assert_eq!(redact("order 1733140800123 456"), "order 1733140800123 456");
    assert_eq!(redact("at 1733140800123456 7"), "at 1733140800123456 7");
}

/// Issue 20: an AWS secret key right after a 40-character word (a git SHA) was never
/// examined. Every alignment of the word against the blob scanner's probes, and every usual
/// separator, on this build.
#[test]
fn an_aws_secret_after_a_40_character_word_is_found() {
    let secret = "Zx81kQpL0mWv4rT7/Bn2cD5fGh9jKs3aEu6+INVENT";
    let secret = &secret[..40];
    for pad in 0..64 {
        for separator in [" ", "=", ":", ", ", "\"", "/", "\t", " - "] {
            for word in [
                "0123456789abcdef0123456789abcdef01234567",
                "Qw3rTy8uIoP2aSdF5gHjK1lZxC7vBnM4q9W0eR6t",
            ] {
                let line = format!("{}commit {word}{separator}{secret}", "x".repeat(pad));
                let out = redact(&line);
                assert!(!out.contains(secret), "{line:?} -> {out:?}");
            }
        }
    }
}

// The classes the held-out corpus (bench/corpora/heldout/secrets) revealed. Every value is
// invented in the documented shape.

#[test]
fn gitleaks_token_shapes_awsmon_lacked_are_found() {
    let cases = [
        (
            r#"ldclient.set_config(Config("sdk-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"))"#,
            r#"ldclient.set_config(Config("<launchdarkly-key>"))"#,
        ),
        (
            "LD_MOBILE_KEY=mob-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "LD_MOBILE_KEY=<launchdarkly-key>",
        ),
        (
            "ld api-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d used",
            "ld <launchdarkly-key> used",
        ),
        (
            "BRAINTREE=access_token$production$invented0example$0123456789abcdef0123456789abcdef",
            "BRAINTREE=<braintree-token>",
        ),
        (
            "POST https://hooks.zapier.com/hooks/catch/1234567/INVENTED/ status=200",
            "POST <zapier-webhook> status=200",
        ),
        (
            "hook https://hooks.zapier.com/hooks/standard/1234567/INVENTEDexample0123/",
            "hook <zapier-webhook>",
        ),
        ("key sk_prod_EXAMPLE0invented1234 set", "key <stripe-key> set"),
        (
            "DJANGO_SECRET_KEY=django-insecure-(^w0k5invented&deh#i)asd8gpqiyapv@9dckgn&kz!m_r)=@k",
            "DJANGO_SECRET_KEY=<django-secret-key>",
        ),
        (
            "SONAR_TOKEN=squ_0123456789abcdef0123456789abcdef01234567",
            "SONAR_TOKEN=<sonarqube-token>",
        ),
        (
            "license Ab3De5_INVENTEDexample0123456789abcd_mmk ok",
            "license <maxmind-key> ok",
        ),
        (
            "BUNDLE_GEMS__CONTRIBSYS__COM=0a1b2c3d:4e5f6a7b",
            "BUNDLE_GEMS__CONTRIBSYS__COM=<redacted>",
        ),
        (
            "newrelic browser NRJS-0123456789abcdef012",
            "newrelic browser <newrelic-key>",
        ),
        (
            "key 4b1dEXAMPLEinvented0123456789ABCDEFGHIJabc",
            "key <clickhouse-key>",
        ),
        (
            r#"<add key="ClearTextPassword" value="Inv3nted!Example" />"#,
            r#"<add key="ClearTextPassword" value="<redacted>" />"#,
        ),
        ("test key FLWSECK_TEST-0a1b2c3d4e5f", "test key <flutterwave-key>"),
    ];
    assert_redacts(&cases, &[]);
    // The same shapes that are no credential stay.
    for clean in [
        // A resource named after an API, and a uuid that follows a word: not LaunchDarkly's.
        "deleted my-api-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d stack",
        "GET /v1/api-keys/ returned 200",
        // A lower-case hex digest starting like a ClickHouse key.
        "digest 4b1d0123456789abcdef0123456789abcdef012345",
        // An appSettings key that names no secret.
        r#"<add key="LogLevel" value="Information" />"#,
    ] {
        assert_eq!(redact(clean), clean);
    }
}

/// Failure class (held-out corpora 10 to 13): a password told in prose after its noun leaked.
#[test]
fn a_password_told_in_prose_is_redacted() {
    let cases = [
        (
            "Your temporary password is InventR4pCqNLcvi",
            "Your temporary password is <redacted>",
        ),
        (
            "binding as cn=reader,ou=svc,dc=corp,dc=example with password [Invent_qSiGkY8TAp1T9]",
            "binding as cn=reader,ou=svc,dc=corp,dc=example with password [<redacted>]",
        ),
        (
            "connection to server failed: password EXAMPLE-xIAb0lBBeF# rejected",
            "connection to server failed: password <redacted> rejected",
        ),
        (
            "+ echo 'db password was Example.Cw3Zp8Leh'",
            "+ echo 'db password was <redacted>'",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "password authentication failed for user \"app\"",
            "Password is too short",
            "password expires in 14 days",
            "password is required for user svc_backup1",
            "password reset link sent to user 4521",
            "password [hidden] for db2-primary",
            "password is ${DB_PASSWORD_2026}",
            "password is /run/secrets/db_password2",
        ],
    );
}

/// Failure class (held-out corpora 3 and 6 to 10): a secret file or value a transcript printed
/// below its command, alone on its line, named no key.
#[test]
fn a_secret_printed_below_its_command_is_redacted() {
    let cases = [
        (
            "$ cat forwarding.secret\ndqNX7Pgg2fG8c",
            "$ cat forwarding.secret\n<redacted>",
        ),
        (
            "cat /etc/openvpn/client/auth.txt\nsvc-backup\nInvent.Td44Isaz7YhfYi",
            "cat /etc/openvpn/client/auth.txt\nsvc-backup\n<redacted>",
        ),
        (
            "$ kubectl -n data get secret orders-db -o jsonpath='{.data.password}' | base64 -d\nOrNwINVENTm0PWUpMY2Yk-tdq\n$ kubectl -n data rollout restart deploy/orders-api",
            "$ kubectl -n data get secret orders-db -o jsonpath='{.data.password}' | base64 -d\n<redacted>\n$ kubectl -n data rollout restart deploy/orders-api",
        ),
        (
            "$ xxd -p /var/keys/channel-7/enc.key\n1325a751276b82b0c7561f31f8b4e59d",
            "$ xxd -p /var/keys/channel-7/enc.key\n<redacted>",
        ),
        // Erlang's distribution cookie file (held-out corpus 22).
        (
            "$ sudo cat /var/lib/rabbitmq/.erlang.cookie\nQM7INVENT4RUAV2XCUMM",
            "$ sudo cat /var/lib/rabbitmq/.erlang.cookie\n<redacted>",
        ),
        // A secrets file of `user:password` lines: the password.
        (
            "$ sudo cat /etc/rsyncd.secrets\nbackup:INVENT-kC69Rlt6Q9",
            "$ sudo cat /etc/rsyncd.secrets\nbackup:<redacted>",
        ),
        // A shell's trace in a CI log, and a subcommand that prints a password (held-out
        // corpus 25).
        (
            "2028-12-01T01:24:20.2760060Z + argocd admin initial-password -n argocd\nINVENT-L3NPOIJSa6ve9\n\n This password must be only used for first time login.",
            "2028-12-01T01:24:20.2760060Z + argocd admin initial-password -n argocd\n<redacted>\n\n This password must be only used for first time login.",
        ),
        (
            "+ aws ecr get-login-password --region eu-west-1\neyJwYXlsb2FkIjoiSU5WRU5UMTIzNDU2Nzg5MCJ9",
            "+ aws ecr get-login-password --region eu-west-1\n<redacted>",
        ),
        (
            "+ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\nInv3nted-Db-Pass-2029",
            "+ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\n<redacted>",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            // What a key's info file holds: a URL and a path.
            "$ cat /var/keys/channel-7/enc.keyinfo\nhttps://keys.example.com/v1/key?asset=channel-7\n/var/keys/channel-7/enc.key",
            // An error, not the file.
            "cat /etc/openvpn/client/auth.txt\ncat: /etc/openvpn/client/auth.txt: Permission denied",
            // A file that names no secret.
            "$ cat build.txt\nrelease2026a1\nbuild4512",
            // Output after the next command is that command's.
            "$ cat auth.txt\n$ hostname\nip-10-0-1-23",
            // A command that picks a field that names no secret prints that field.
            "2028-12-06T11:31:22.9423637Z + aws secretsmanager get-secret-value --secret-id prod/db --query VersionId --output text\n8f1c0b52-6a4e-4d3b-9c1f-2e7a5b6d4c3a",
            // A traced command that prints no secret.
            "+ git rev-parse HEAD\n3f1e2a9c0b7d4e5f6a8b9c0d1e2f3a4b5c6d7e8f",
            "+ argocd app sync orders --password-stdin\nSynced2026a",
        ],
    );
}

/// Failure class (held-out corpus 18): a variable set by a two-word directive (Apache's
/// `SetEnv`, a Dockerfile's `ENV`) and `IDENTIFIED BY` inside an audit log's escaped quotes.
#[test]
fn directives_setting_a_secret_variable_and_escaped_statements_are_redacted() {
    let cases = [
        (
            "+ echo 'SetEnv DB_PASSWORD Example.TY3EJc9i6jjKC9%' >> /etc/httpd/conf.d/wp-env.conf",
            "+ echo 'SetEnv DB_PASSWORD <redacted>' >> /etc/httpd/conf.d/wp-env.conf",
        ),
        ("ENV API_TOKEN Inv3ntedExampleTok", "ENV API_TOKEN <redacted>"),
        (
            "1833353542561177,ip-172-17-5-136,admin,10.0.3.199,65100,27143399,QUERY,mysql,'CREATE USER \\'etl\\'@\\'%\\' IDENTIFIED BY \\'Example.HQ74vbW%\\'',0",
            "1833353542561177,ip-172-17-5-136,admin,10.0.3.199,65100,27143399,QUERY,mysql,'CREATE USER \\'etl\\'@\\'%\\' IDENTIFIED BY \\'<redacted>\\'',0",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "SetEnv DB_PASSWORD_FILE /run/secrets/db",
            "env DB_PASSWORD not set",
            "ENV TOKEN_TTL 3600",
            "SetEnv APP_ENV production",
        ],
    );
}

/// Failure class (held-out corpora 12 and 13): a secret in a map of lists printed whole and a
/// passphrase piped into `cryptsetup`.
#[test]
fn a_bracketed_single_value_and_a_passphrase_piped_to_cryptsetup_are_redacted() {
    let cases = [
        (
            "HTTP POST http://shipping.internal:8080/v1/quotes, headers={X-Api-Key:[EJWyXFTyd2dAGjEmTqFMmINVENTdlChy], Content-Type:[application/json]}",
            "HTTP POST http://shipping.internal:8080/v1/quotes, headers={X-Api-Key:[<redacted>], Content-Type:[application/json]}",
        ),
        ("{api-key=[Inv3ntedKeyValue42]}", "{api-key=[<redacted>]}"),
        (
            "echo -n 'Invent_MDuXIKLOV9' | cryptsetup luksOpen /dev/nvme1n1 scratch --key-file=-",
            "echo -n '<redacted>' | cryptsetup luksOpen /dev/nvme1n1 scratch --key-file=-",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "headers={Content-Type:[application/json], Accept:[*/*]}",
            "echo $LUKS_PASSPHRASE | cryptsetup luksOpen /dev/nvme1n1 scratch",
        ],
    );
}

/// Failure class (held-out corpus 20): a header that holds a credential by its name, at the end of
/// a setting's path.
#[test]
fn a_credential_header_name_at_the_end_of_a_settings_path_is_a_key() {
    assert_eq!(
        redact("Resolved property 'integrations.x-honeycomb-team' = 'nrMFxUlsjeX5yikINVENTr'"),
        "Resolved property 'integrations.x-honeycomb-team' = '<redacted>'"
    );
    // The setting's name is read for its noun, not its section's (`credentials` there is no noun
    // that `provider` describes); a section's measure still counts (`page.token`).
    assert_eq!(
        redact(
            "quarkus.s3.aws.credentials.static-provider.secret-access-key=Inv3nted/Secret+Access0Key0Value0000000 (from .env)"
        ),
        "quarkus.s3.aws.credentials.static-provider.secret-access-key=<redacted> (from .env)"
    );
    assert_eq!(
        redact("page.token=Inv3ntedPageCursor42"),
        "page.token=Inv3ntedPageCursor42"
    );
    // DLMS/COSEM's keys by their standard's names.
    assert_eq!(
        redact(
            r#"{"meter":"KLM1","system_title":"D1FFF91B7987526E","gak":"0123456789ABCDEF0123456789ABCDEF"}"#
        ),
        r#"{"meter":"KLM1","system_title":"D1FFF91B7987526E","gak":"<redacted>"}"#
    );
    // A botocore header's bytes literal: the credential inside it.
    assert_eq!(
        redact("headers={'Authorization': b'Bearer Inv3ntedBearerTokenValue42'}"),
        "headers={'Authorization': b'Bearer <token>'}"
    );
}

/// Failure class (held-out corpus 21): SSSD's bind password and a file printed after a prompt
/// naming its user and host.
#[test]
fn sssd_authtok_and_a_secret_printed_after_a_full_prompt_are_redacted() {
    assert_eq!(
        redact("ldap_default_authtok = EXAMPLE-tJ6zbIVidtUw$"),
        "ldap_default_authtok = <redacted>"
    );
    assert_eq!(
        redact(
            "[root@bastion-b ~]# cat /home/esato/.google_authenticator\nY2IWSJYXT264EXAMPLEEDSMGC2\n\" RATE_LIMIT 3 30"
        ),
        "[root@bastion-b ~]# cat /home/esato/.google_authenticator\n<redacted>\n\" RATE_LIMIT 3 30"
    );
    // A private key in DER is no public key.
    let private = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ";
    assert_ne!(redact(private), private);
}

#[test]
fn positional_credential_files_pgpass_entries_lose_their_password() {
    let cases = [
        (
            "orders-db.internal:5432:orders:app:Inv3nted@Example",
            "orders-db.internal:5432:orders:app:<redacted>",
        ),
        ("*:*:*:replicator:Inv3nted-Example", "*:*:*:replicator:<redacted>"),
        (
            "read ~/.pgpass: 10.0.3.17:5432:*:app:Inv3nted\\:Ex",
            "read ~/.pgpass: 10.0.3.17:5432:*:app:<redacted>",
        ),
        (
            r#"{"pgpass": "db:5432:orders:app:Inv3ntedEx"}"#,
            r#"{"pgpass": "db:5432:orders:app:<redacted>"}"#,
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "2026-03-18T23:39:35.171Z INFO started at 12:01:02",
            "mac 00:1a:2b:3c:4d:5e up",
            "ERROR:root:orders:failed:retrying",
            "arn:aws:lambda:eu-west-1:123456789012:function:orders",
            "orders-db.internal:5432:orders:app:<redacted>",
            "*:*:*:replicator:********",
            "INFO worker:3:queue:orders:started",
        ],
    );
}

/// Failure class: PgBouncer's `userlist.txt` names no key, its password is the second quoted
/// string of a line (held-out rounds 4 and 18).
#[test]
fn positional_credential_files_pgbouncer_userlist_entries_lose_their_password() {
    let cases = [
        (
            "/etc/pgbouncer/userlist.txt:\n\"app\" \"Inv3nted&marble#Ex\"\n\"reports\" \"md5a7de13152dbb92a4cb8ae0232911INVENT\"",
            "/etc/pgbouncer/userlist.txt:\n\"app\" \"<redacted>\"\n\"reports\" \"<redacted>\"",
        ),
        (
            "\"report_ro\" \"EXAMPLE-Q6wgukiiK8\"",
            "\"report_ro\" \"<redacted>\"",
        ),
        (
            "@@ -1 +1 @@\r\n+\"orders\" \"InventedEx1\"",
            "@@ -1 +1 @@\r\n+\"orders\" \"<redacted>\"",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "\"app\" \"********\"",
            "\"app\" \"[FILTERED]\"",
            "10.0.0.1 - - \"GET / HTTP/1.1\" 200 \"-\" \"curl/8.5.0\"",
            "\"-\" \"curl/8.5.0\"",
            "\"GET /health HTTP/1.1\" \"ELB-HealthChecker/2.0\"",
            "auth_file = /etc/pgbouncer/userlist.txt",
        ],
    );
}

/// Failure class (held-out rounds 42 and 45): an application's salt or pepper signs its tokens
/// and links (Drupal's `hash_salt`, BigBlueButton's `securitySalt`, WordPress' salts); the word
/// inside another (`saltmarsh`, `Basalt`) and a salt's parameters are no key.
#[test]
fn an_applications_salt_is_a_secret() {
    let cases = [
        (
            "DRUPAL_HASH_SALT=wUiay0pkLXGZDJkRInventeddKzbaLrCHaszPYsN",
            "DRUPAL_HASH_SALT=<redacted>",
        ),
        (
            "securitySalt=Inv3ntedSaltValue0123456789abcdef",
            "securitySalt=<secret>",
        ),
        (
            "config.pepper = 'Inv3ntedPepperValue42'",
            "config.pepper = '<redacted>'",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "redis://cache.saltmarsh.internal:6379/0",
            "htpasswd entry for Basalt-team updated",
            "bcrypt saltRounds=12",
            "API_TOKEN_SALT=${API_TOKEN_SALT}",
        ],
    );
}

/// Failure class (held-out rounds 9 and 44): a table printed whole, its header naming a secret
/// column (a CSV export of users, a key file for meters): that column's cell of every row.
#[test]
fn a_tables_secret_column_loses_its_cells() {
    let cases = [
        (
            "first name,last name,user login,password,routing profile name\nAsha,Rao,arao,Invent_eSJ63C2,Basic Routing Profile\nLeo,Park,lpark,Invent_9Rt5xQ,Basic Routing Profile",
            "first name,last name,user login,password,routing profile name\nAsha,Rao,arao,<redacted>,Basic Routing Profile\nLeo,Park,lpark,<redacted>,Basic Routing Profile",
        ),
        (
            "meter_serial;system_title;key_version;guek\nNRD081993459;6E5F0251ACCFE532;3;2A1E51405474738CCB7CFDAC6F821584",
            "meter_serial;system_title;key_version;guek\nNRD081993459;6E5F0251ACCFE532;3;<redacted>",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            // No secret column, a column that only describes one, a masked cell, prose.
            "id,name,status\n1,orders,ok\n2,billing,ok",
            "user,password_changed_at,locked\nalice,2030-06-01,no",
            "user,password,role\nalice,********,admin",
            "The password, the token and the key were rotated.\nNothing else changed, as planned, today.",
        ],
    );
}

#[test]
fn positional_credential_files_netrc_passwords_are_found_in_its_structure_only() {
    let cases = [
        (
            "machine api.example.com login deploy password Inv3nted*Ex",
            "machine api.example.com login deploy password <redacted>",
        ),
        (
            "machine git.example.internal\n  login ci\n  password Inv3nted@EX\n",
            "machine git.example.internal\n  login ci\n  password <redacted>\n",
        ),
        (
            "machine h password Inv3ntedEx login ci",
            "machine h password <redacted> login ci",
        ),
        (
            "default login anonymous password Inv3ntedEx",
            "default login anonymous password <redacted>",
        ),
    ];
    assert_redacts(&cases, &[]);
    // `password` and a word after it, outside a netrc entry, is prose.
    for clean in [
        "too many wrong password attempts for user bob",
        "login failed password attempts exceeded",
        "user login ok password expired",
    ] {
        assert_eq!(redact(clean), clean);
    }
}

#[test]
fn config_directives_requirepass_and_masterauth_name_their_password() {
    assert_eq!(
        redact("redis.conf: requirepass Inv3ntedEx"),
        "redis.conf: requirepass <redacted>"
    );
    assert_eq!(redact("masterauth \"Inv3nted Ex\""), "masterauth \"<redacted>\"");
    assert_eq!(
        redact("CONFIG SET requirepass Inv3ntedEx"),
        "CONFIG SET requirepass <redacted>"
    );
    assert_eq!(redact("requirepass not set"), "requirepass not set");
}

#[test]
fn pii_iban_needs_its_country_length_and_mod97() {
    let cases = [
        ("iban=GB86EXAM12345612345678", "iban=<iban>"),
        ("to IBAN NL43 INVT 0123 4567 89 today", "to IBAN <iban> today"),
        (
            "Refund sent to account FR07 1273 9000 7048 1234 5678 90E",
            "Refund sent to account <iban>",
        ),
        (r#"{"iban": "NO2812345678901"}"#, r#"{"iban": "<iban>"}"#),
    ];
    assert_redacts(
        &cases,
        &[
            // One digit off: the checksum fails.
            "iban=GB86EXAM12345612345679",
            // The right checksum at another length, glued to a word, or no country.
            "id GB86EXAM123456123456789",
            "xGB86EXAM12345612345678",
            "QQ86EXAM12345612345678",
        ],
    );
}

#[test]
fn pii_uk_nino_follows_its_prefix_rules() {
    let cases = [
        ("nino=PR123456D", "nino=<nino>"),
        (
            "National Insurance number: JG 12 34 56 B",
            "National Insurance number: <nino>",
        ),
        (r#"{"ni_number": "WL123456A"}"#, r#"{"ni_number": "<nino>"}"#),
    ];
    assert_redacts(&cases, &[]);
    // Prefixes never issued (D, F, I, Q, U, V first; O second; BG, GB, NK...), a suffix
    // after D, a glued word.
    for clean in [
        "DA123456A",
        "AO123456A",
        "GB123456A",
        "NK123456A",
        "PR123456E",
        "xPR123456A",
        "PR1234567A",
        // Whole, it needs a word that names it: a 9-character id stays.
        "order AB123456C shipped",
    ] {
        assert_eq!(redact(clean), clean);
    }
}

#[test]
fn pii_passport_numbers_need_the_word() {
    let cases = [
        ("passport_number=A12345678", "passport_number=<passport>"),
        (
            "KYC check passport no. Q1234567 accepted",
            "KYC check passport no. <passport> accepted",
        ),
        (
            r#"{"passportNumber": "P12345678"}"#,
            r#"{"passportNumber": "<passport>"}"#,
        ),
        ("Reisepassnummer: C01X00T47", "Reisepassnummer: <passport>"),
        (
            "numéro de passeport: 12AB34567",
            "numéro de passeport: <passport>",
        ),
        ("passport #: X1234567", "passport #: <passport>"),
    ];
    assert_redacts(
        &cases,
        &[
            "A12345678 shipped",
            "passport.js strategy PASSPORT registered",
            "passport-jwt@4.0.1 loaded",
            "passport photo RECEIVED",
        ],
    );
}

#[test]
fn over_redaction_bearer_followed_by_a_key_is_no_token() {
    for clean in [
        "INFO token_type=Bearer expires_in=3600 scope=openid",
        "WWW-Authenticate: Bearer error_description=expired",
        "token_type: Bearer expires_in: 3600",
    ] {
        assert_eq!(redact(clean), clean);
    }
    assert_eq!(
        redact("Authorization: Bearer SW52ZW50ZWQ0RXhhbXBsZQ=="),
        "Authorization: Bearer <token>"
    );
    assert_eq!(
        redact("sent bearer Inv3ntedExampleT0ken scope=x"),
        "sent bearer <token> scope=x"
    );
}

#[test]
fn over_redaction_ssh_public_keys_are_kept() {
    for clean in [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIINVENTEDexample0123456789abcdefGHIJKLmnopqr deploy@build",
        "authorized_keys: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQINVENTEDexample0123456789abcdefGHIJKLmnopqrstuvWXYZ0123 ops@example",
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYINVENTEDexample0123456789AB",
    ] {
        assert_eq!(redact(clean), clean);
    }
    // A private key's body is still one.
    assert_eq!(
        redact("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"),
        "<private-key>"
    );
}

#[test]
fn over_redaction_base64_payloads_that_are_not_credentials() {
    for clean in [
        "avatar data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAINVENTEDexample0123456789abcdefGHIJKLmnopqrstuv==",
        // `{"order_id":1234,"status":"paid"}` in base64, under a line that names a key.
        "partitionKey=orders data=eyJvcmRlcl9pZCI6MTIzNCwic3RhdHVzIjoicGFpZCJ9 seq=1",
    ] {
        assert_eq!(redact(clean), clean);
    }
    // `{"user":"ci","password":"Inv3ntedEx1"}`: a document that names a secret.
    assert_eq!(
        redact("key data=eyJ1c2VyIjoiY2kiLCJwYXNzd29yZCI6IkludjNudGVkRXgxIn0="),
        "key data=<secret>"
    );
}

#[test]
fn over_redaction_digest_values_are_kept() {
    let clean = "Lambda version $LATEST CodeSha256=INVENTEDe+s3OE0JaAj9VPgJNI/4NlUH45hZauk0Nh3=";
    assert_eq!(redact(clean), clean);
    // A password's hash is still the password's.
    assert_eq!(
        redact("password_hash=INVENTEDe+s3OE0JaAj9VPgJNI/4NlUH45hZauk0Nh3="),
        "password_hash=<secret>"
    );
}

#[test]
fn over_redaction_an_arn_is_an_id_not_a_secret() {
    let clean = "rotation done secret_arn=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/api-Xy3AbC";
    assert_eq!(redact(clean), clean);
    assert_eq!(redact("secret:Inv3ntedEx"), "secret:<redacted>");
}

#[test]
fn new_kinds_are_redacted_once_and_for_all() {
    for text in [
        "machine h login u password Inv3ntedEx sdk-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "db:5432:orders:app:GB86EXAM12345612345678",
        "passport no. PR123456D iban NL43 INVT 0123 4567 89",
        "requirepass GB86EXAM12345612345678",
        "AKIAQ3EXAMPLE7TESTZZGB86EXAM12345612345678",
    ] {
        let once = redact(text);
        assert_eq!(redact(&once), once, "{text}");
    }
}

#[test]
fn over_redaction_certificates_and_public_key_blocks_are_kept() {
    for clean in [
        "loaded -----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEINVENTEDexampleMA0GCSqGSIb3DQEBCwUAMGwxEDAOBgNVBAYTAlVT\nMRAwDgYDVQQIEwdJbnZlbnRlZDEQMA4GA1UEBxMHRXhhbXBsZTEQMA4GA1UEChMH\n-----END CERTIFICATE-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGINVENTEDexampleBEAC7Jd8vQ2kM1s9xZ0pLw4rT6yU8iO2aS5dF7gH1jK3\n=AbCd\n-----END PGP PUBLIC KEY BLOCK-----",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAINVENTEDexample0123456789abcdefGHIJ\n-----END PUBLIC KEY-----",
        // One DER certificate on a line.
        "certificate MIIDdzCCAl+gAwIBAgIEINVENTEDexampleMA0GCSqGSIb3DQEBCwUAMGwxEDAOBgNVBAYTAlVT",
    ] {
        assert_eq!(redact(clean), clean);
    }
    // Private keys stay keys: a DER private key (its version INTEGER first), a PEM block in a
    // data: URI, and a private key block after a public one.
    assert_eq!(
        redact("key MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCINVENTEDexample0123456789"),
        "key <private-key>"
    );
    assert_eq!(
        redact(
            "data:application/x-pem-file;base64,LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVND"
        ),
        "data:application/x-pem-file;base64,<secret>"
    );
    let both = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAq8ZInventedInventedInventedInventedInventedInv\n-----END RSA PRIVATE KEY-----";
    assert_eq!(
        redact(both),
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----\n<private-key>"
    );
}

#[test]
fn command_line_password_flags_of_common_tools() {
    let cases = [
        (
            "docker login -u ci -p Inv3ntedEx registry.example.com",
            "docker login -u ci -p <redacted> registry.example.com",
        ),
        (
            "sshpass -p Inv3ntedEx ssh deploy@host",
            "sshpass -p <redacted> ssh deploy@host",
        ),
        (
            "redis-cli -h cache -a Inv3ntedEx ping",
            "redis-cli -h cache -a <redacted> ping",
        ),
        (
            "ldapsearch -x -D cn=admin,dc=example -w Inv3ntedEx -b dc=example",
            "ldapsearch -x -D cn=admin,dc=example -w <redacted> -b dc=example",
        ),
        (
            "keytool -importcert -storepass Inv3ntedEx -keystore x.jks",
            "keytool -importcert -storepass <redacted> -keystore x.jks",
        ),
        (
            "ipa-getkeytab -s ipa.example.com -k /etc/krb5.keytab -D 'cn=Directory Manager' -w 'Inv3ntedEx%'",
            "ipa-getkeytab -s ipa.example.com -k /etc/krb5.keytab -D 'cn=Directory Manager' -w '<redacted>'",
        ),
        (
            "+ wbinfo --authenticate='CORP\\svc-probe%Inv3ntedEx$'",
            "+ wbinfo --authenticate='CORP\\svc-probe%<password>'",
        ),
        (
            "+ echo 'Inv3ntedEx' | realm join -U svc-join corp.example.com",
            "+ echo '<redacted>' | realm join -U svc-join corp.example.com",
        ),
        (
            "(echo 'Inv3ntedEx'; echo 'Inv3ntedEx') | smbpasswd -s -a scan-copier",
            "(echo '<redacted>'; echo '<redacted>') | smbpasswd -s -a scan-copier",
        ),
        (
            "echo Inv3ntedEx | sudo -S passwd --stdin deploy",
            "echo <redacted> | sudo -S passwd --stdin deploy",
        ),
        (
            "echo -n Inv3ntedEx | docker login -u ci --password-stdin ghcr.io",
            "echo -n <redacted> | docker login -u ci --password-stdin ghcr.io",
        ),
        (
            "+ echo 'Inv3ntedEx' | /opt/mqm/samp/bin/amqsputc APP.IN QM1",
            "+ echo '<redacted>' | /opt/mqm/samp/bin/amqsputc APP.IN QM1",
        ),
        (
            "sudo -u jdoe pamtester login 'CORP\\jdoe' authenticate <<< 'Inv3ntedEx!'",
            "sudo -u jdoe pamtester login 'CORP\\jdoe' authenticate <<< '<redacted>'",
        ),
        (
            "kinit svc-mon@CORP.EXAMPLE.COM <<< Inv3ntedEx",
            "kinit svc-mon@CORP.EXAMPLE.COM <<< <redacted>",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(redact(input), expected, "{input}");
        assert_eq!(redact(expected), expected, "{expected}");
    }
    for clean in [
        "docker run -p 8080:80 app",
        "docker login -u ci --password-stdin ghcr.io",
        "echo \"$REGISTRY_PASSWORD\" | docker login -u ci --password-stdin ghcr.io",
        "echo done | tee -a /var/log/setup.log",
        "kinit -kt /etc/krb5.keytab svc-mon <<< \"$KRB_PASSWORD\"",
        "cat <<< 'hello' | wc -c",
        "grep -w error /var/log/app.log | wc -w",
        "curl -s -D headers.txt -w '%{http_code}' https://example.com/health",
        "mysql -u root -p -h db",
        "redis-cli -h cache -p 6379 ping",
        // keytool reads the password from a variable.
        "keytool -list -keystore cacerts -storepass:env STOREPASS",
    ] {
        assert_eq!(redact(clean), clean);
    }
}

#[test]
fn card_security_codes_are_secrets_however_short() {
    assert_eq!(
        redact("payment cvv=123 exp=12/27"),
        "payment cvv=<redacted> exp=12/27"
    );
    assert_eq!(redact(r#"{"cvc": "4321"}"#), r#"{"cvc": "<redacted>"}"#);
    // Other small numbers after a key stay.
    assert_eq!(redact("pin=4 gpio"), "pin=4 gpio");
}

#[test]
fn pii_nhs_numbers_need_the_word_and_the_check_digit() {
    assert_eq!(redact("NHS number: 987 654 3210"), "NHS number: <nhs-number>");
    assert_eq!(redact("nhs_number=4857773457"), "nhs_number=<nhs-number>");
    // One digit off, or no NHS word: kept (a valid check digit alone is one id in eleven).
    assert_eq!(redact("nhs_number=4857773458"), "nhs_number=4857773458");
    assert_eq!(redact("order 4857773457"), "order 4857773457");
}

#[test]
fn keys_named_pat_and_spaced_card_codes() {
    assert_eq!(
        redact("AZURE_DEVOPS_PAT=inventedexample234567inventedexample234567abcdefghijkl"),
        "AZURE_DEVOPS_PAT=<redacted>"
    );
    assert_eq!(redact("card exp 12/27 cvv 123"), "card exp 12/27 cvv <redacted>");
    for clean in [
        "file_path=/var/x pattern=abc",
        "cvv check failed",
        "dispatch_pattern: x*",
        // `pat` for a pattern.
        "img_pat=*.png file_pat: /var/log/*.log",
    ] {
        assert_eq!(redact(clean), clean);
    }
}

#[test]
fn smtp_auth_plain_credentials() {
    assert_eq!(
        redact("C: AUTH PLAIN AGNpAEludjNudGVkRXhhbXBsZQ=="),
        "C: AUTH PLAIN <redacted>"
    );
    assert_eq!(redact("auth plain text"), "auth plain text");
    // Not base64 of `user NUL password`.
    assert_eq!(redact("SMTP: AUTH PLAIN accepted"), "SMTP: AUTH PLAIN accepted");
}

#[test]
fn pii_driver_licence_numbers_need_the_words() {
    let cases = [
        ("driver_license=D1234567", "driver_license=<driver-licence>"),
        (
            "driving licence number: INVEN712345AB9CD",
            "driving licence number: <driver-licence>",
        ),
        (
            r#"{"driversLicense": "S530-4601-8123"}"#,
            r#"{"driversLicense": "<driver-licence>"}"#,
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "License: MIT",
            "license key expired",
            "driver license check PASSED",
            "LICENSE-2.0 applies",
        ],
    );
}

/// Found by `planted_secrets_never_survive` once `cvv` named a secret: the key's "value" was
/// the next key, and the next key's secret stayed. Short new nouns take only their own values.
#[test]
fn a_card_code_or_pat_key_before_another_secret_key_leaves_it_its_value() {
    assert_eq!(
        redact("cvv :password => 'Inv3nted^Ex' "),
        "cvv :password => '<redacted>' "
    );
    assert_eq!(
        redact("pat :password => 'Inv3nted^Ex' "),
        "pat :password => '<redacted>' "
    );
}

/// Found by the property tests at 10,000 cases: `-pat` (a key trigger) hid mysql's `-p` glued
/// to a password starting `At`, and `Bearer x:` kept a value a later rule cut into.
#[test]
fn new_triggers_hide_no_other_rule_and_bearer_keys_are_short_identifiers() {
    assert_eq!(
        redact(" mysql -u app -pAt0**Aaa0 "),
        " mysql -u app -p<redacted> "
    );
    let text = "?code==Bearer example.comA+A+EaA2dFe/+GAB++0BfHIJ13gK+: ";
    let once = redact(text);
    assert_eq!(redact(&once), once);
    assert_eq!(
        redact("token_type: Bearer expires_in: 3600"),
        "token_type: Bearer expires_in: 3600"
    );
}

/// Redacts `text`, checks a second pass changes nothing, and returns the first pass.
fn redact_stable(text: &str) -> String {
    let once = redact(text);
    assert_eq!(redact(&once), once, "second pass of {text:?}");
    once
}

// The failure classes of `bench/corpora/heldout2/secrets` (every value below is invented).

#[test]
fn national_ids_after_a_key_naming_them() {
    for (text, expected) in [
        (
            "cliente cpf=123.456.789-09 nome=Ana",
            "cliente cpf=<national-id> nome=Ana",
        ),
        (
            r#"{"cnpj": "11.222.333/0001-81"}"#,
            r#"{"cnpj": "<national-id>"}"#,
        ),
        (
            "kyc: DNI: 12345678Z (caducado)",
            "kyc: DNI: <national-id> (caducado)",
        ),
        ("<nif>87654321X</nif>", "<nif><national-id></nif>"),
        (
            "employee 12 SIN 046 454 286 missing",
            "employee 12 SIN <national-id> missing",
        ),
        (
            "social_insurance_number=046-454-286",
            "social_insurance_number=<national-id>",
        ),
        (
            "aadhaar number 2345 6789 0123 failed",
            "aadhaar number <national-id> failed",
        ),
        (
            r#"{"aadhaar_no": "234567890123"}"#,
            r#"{"aadhaar_no": "<national-id>"}"#,
        ),
        ("pan_number=ABCPE1234F&y=1", "pan_number=<national-id>&y=1"),
        (
            "PAN ABCPE1234F does not match",
            "PAN <national-id> does not match",
        ),
        ("pesel: 44051401359", "pesel: <national-id>"),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // Only after a key naming them: bare digit groups and the keys' words in other words stay.
    for text in [
        "order 12345678Z shipped to 046 454 286",
        "panic: runtime error at 2026-11-21 10:04:11",
        "using 2345 6789 0123 bytes",
        "span 1234567890 closed",
        "pan 1920x1080 viewport",
        "RFC 3339 time",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn value_in_a_sibling_field() {
    for (text, expected) in [
        (
            r#"[{"name": "LOG_LEVEL", "value": "info"}, {"name": "API_TOKEN", "value": "Zq8vInvented41x"}]"#,
            r#"[{"name": "LOG_LEVEL", "value": "info"}, {"name": "API_TOKEN", "value": "<redacted>"}]"#,
        ),
        (
            "- name: DB_HOST\n  value: db.internal\n- name: DB_PASSWORD\n  value: Inv3nted-Pw\n",
            "- name: DB_HOST\n  value: db.internal\n- name: DB_PASSWORD\n  value: <redacted>\n",
        ),
        (
            "--parameters ParameterKey=Env,ParameterValue=prod ParameterKey=AdminPassword,ParameterValue=Inv3ntedPw x",
            "--parameters ParameterKey=Env,ParameterValue=prod ParameterKey=AdminPassword,ParameterValue=<redacted> x",
        ),
        (
            r#"{"ParameterKey": "MasterUserPassword", "ParameterValue": "Inv3ntedPw"}"#,
            r#"{"ParameterKey": "MasterUserPassword", "ParameterValue": "<redacted>"}"#,
        ),
        (
            r#"{"Name": "/app/prod/db", "Type": "SecureString", "Value": "Inv3ntedPw", "Version": 2}"#,
            r#"{"Name": "/app/prod/db", "Type": "SecureString", "Value": "<redacted>", "Version": 2}"#,
        ),
        (
            "aws ssm put-parameter --name /app/x --value 'Inv3ntedPw' --type SecureString",
            "aws ssm put-parameter --name /app/x --value '<redacted>' --type SecureString",
        ),
        (
            r#"{"api_token": {"sensitive": true, "type": "string", "value": "Inv3ntedTok"}}"#,
            r#"{"api_token": {"sensitive": true, "type": "string", "value": "<redacted>"}}"#,
        ),
        (
            r#"{"query": "mutation($p: String!) { login(user: $u, password: $p) }", "variables": {"u": "ops", "p": "Inv3ntedPw"}}"#,
            r#"{"query": "mutation($p: String!) { login(user: $u, password: $p) }", "variables": {"u": "ops", "p": "<redacted>"}}"#,
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // A name that names no secret, a reference, or another type keeps its value.
    for text in [
        r#"{"name": "DB_HOST", "value": "db.internal"}"#,
        r#"{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:111122223333:parameter/db"}"#,
        r#"{"Name": "/app/prod/url", "Type": "String", "Value": "https://example.com/x"}"#,
        r#"{"name": "password_reset", "value": "enabled"}"#,
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn key_and_value_separated_by_a_space_or_a_call() {
    for (text, expected) in [
        (
            "Port 8088 Splunk_Token 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            "Port 8088 Splunk_Token <redacted>",
        ),
        (
            "cli config set private_api_key 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            "cli config set private_api_key <redacted>",
        ),
        (
            "+ tool auth 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            "+ tool auth <redacted>",
        ),
        (
            "statuscake: using API key 1vbJtErQqU47XhZdxKXJ for uptime checks",
            "statuscake: using API key <redacted> for uptime checks",
        ),
        (
            "ElastiCache key: Invented0aB1cD2eF3gH4iJ5kL6mN7oP8",
            "ElastiCache key: <secret>",
        ),
        (
            "factory created with sdk key inventedsdk0key9f8e7d6c5b4a3928171615 (mode=standalone)",
            "factory created with sdk key <redacted> (mode=standalone)",
        ),
        (
            "+ echo 'db password is INVENTED-CwZp38Leh$'",
            "+ echo 'db password is <redacted>'",
        ),
        (
            "INFO -- : session_secret set to 0f8e1a2b3c4d4e5f8a9b0c1d2e3f4a5b0f8e1a2b3c4d4e5f8a9b0c1d2e3f4a5b",
            "INFO -- : session_secret set to <redacted>",
        ),
        (
            "sdk.Client.access_token('1/2345/6789:0a1b2c3d4e5f60718293a4b5c6d7e8f9')",
            "sdk.Client.access_token('<redacted>')",
        ),
        (
            "user.set_password(\"Inv3ntedPw9\")",
            "user.set_password(\"<redacted>\")",
        ),
        (
            "Query CREATE USER 'app'@'%' IDENTIFIED BY 'Inv3nted#Pw'",
            "Query CREATE USER 'app'@'%' IDENTIFIED BY '<redacted>'",
        ),
        (
            r#"1763719442.1 [0 10.0.3.7:5123] "AUTH" "default" "Inv3ntedPw""#,
            r#"1763719442.1 [0 10.0.3.7:5123] "AUTH" "default" "<redacted>""#,
        ),
        (
            r#"[0 unix] "auth" "Inv3ntedPw""#,
            r#"[0 unix] "auth" "<redacted>""#,
        ),
        (
            "array(1) {\n  [\"password\"]=>\n  string(10) \"Inv3ntedPw\"\n}",
            "array(1) {\n  [\"password\"]=>\n  string(10) \"<redacted>\"\n}",
        ),
        ("::add-mask::Inv3ntedMaskValue", "::add-mask::<redacted>"),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // Headers named apart keep their scheme, a variable, a deleted cookie; a rule's signature
    // is prose.
    for text in [
        r#"{"headers":[{"name":"Authorization","value":"Bearer ${PARTNER_TOKEN}"}]}"#,
        r#"{"headers":[{"name":"Cookie","value":"kb_sid=deleted; Max-Age=0; consent=analytics"}]}"#,
        r#"{"alert":{"action":"blocked","signature_id":5,"signature":"not matching any TLS allowlisted FQDNs"}}"#,
    ] {
        assert_eq!(redact_stable(text), text);
    }
    for (text, expected) in [
        (
            r#"{"headers":[{"name":"Authorization","value":"Bearer InventedTok3n0aB1cD2eF3gH4"}]}"#,
            r#"{"headers":[{"name":"Authorization","value":"Bearer <token>"}]}"#,
        ),
        (
            r#"{"requestParameters":{"name":"/prod/reports/db-password","type":"String","value":"INVENTED_rS0pj0WxCF%"}}"#,
            r#"{"requestParameters":{"name":"/prod/reports/db-password","type":"String","value":"<redacted>"}}"#,
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // A key no qualifier makes a credential's, an id, or prose keeps what follows.
    for text in [
        "MLFLOW_TRACKING_URI=https://mlflow.example.internal (auth: MLFLOW_TRACKING_USERNAME=svc-training, password from Secrets Manager)",
        "403 GET /api/contents?token=[secret] (10.149.128.124) 1.51ms",
        "X-Amz-Credential=AKXC0INVENTED0EXAMPLE%2F20290609%2Fus-east-2%2Fs3%2Faws4_request",
        "Cache restored from key: npm-Linux-5ad06a97311e033ba8e1cffcc6db363d75b6e4f0",
        "Cache saved with key: Library-Linux-30a2990672bb1932b161df7d812b94e58a46e6f7",
        "+ curl -fsS -u ci-bot:**** https://nexus.example.internal/service/rest/v1/components",
        "cache key 0f8e1a2b3c4d4e5f8a9b0c1d2e3f4a5bInvented",
        "encrypted with KMS key 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
        "encryption key 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b is enabled",
        "api key rotated for tenant acme",
        "the API key ID is 5f3a",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // A word of prose, a key, or a name after the key is no token.
    for text in [
        "token refresh failed for user 42",
        "session expires_in=3600",
        "auth mode: iam",
        "get_secret('orders-db') failed",
        "auth 2026-11-21",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn value_on_the_line_after_its_key() {
    for (text, expected) in [
        (
            "{'db': {'host': 'db.internal',\n        'password':\n            'Inv3ntedPw9',\n        'port': 5432}}",
            "{'db': {'host': 'db.internal',\n        'password':\n            '<redacted>',\n        'port': 5432}}",
        ),
        (
            "db:\n  password:\n    Inv3ntedPw9\nreplicas: 3",
            "db:\n  password:\n    <redacted>\nreplicas: 3",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // A nested mapping, a list, a stack frame or a line no more indented is no value.
    for text in [
        "secrets:\n  password:\n    from: vault\n",
        "password:\n  - a\n  - b\n",
        "Exception: invalid token:\n\tat com.example.Auth.check(Auth.java:42)",
        "token:\nnext line",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn connection_strings_odbc_braces_and_oracle() {
    for (text, expected) in [
        (
            "Driver={X};Server=h;Uid=u;Pwd={Inv3nted;Pw};",
            "Driver={X};Server=h;Uid=u;Pwd={<redacted>};",
        ),
        (
            "Server=h;Uid=u;Pwd={Inv3ntedPw}",
            "Server=h;Uid=u;Pwd={<redacted>}",
        ),
        (
            "+ sqlplus -s app/Inv3ntedPw@//db.internal:1521/SVC @x.sql",
            "+ sqlplus -s app/<password>@//db.internal:1521/SVC @x.sql",
        ),
        (
            "sqlplus app/Inv3ntedPw@db.internal:1521/SVC",
            "sqlplus app/<password>@db.internal:1521/SVC",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
}

#[test]
fn vendor_token_shapes_and_header_names() {
    for (text, expected) in [
        (
            "query failed using bkua_0123456789abcdef0123456789abcdef01234567: 403",
            "query failed using <buildkite-token>: 403",
        ),
        (
            r#"headers: {"x-honeycomb-team": "hcaik_01abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop"}"#,
            r#"headers: {"x-honeycomb-team": "<honeycomb-key>"}"#,
        ),
        (
            "OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=Ab3dEf6hIj9kLm2nOp5qRs,x-honeycomb-dataset=app",
            "OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=<redacted>,x-honeycomb-dataset=app",
        ),
        (
            r#"{"routing_key": "0123456789abcdef0123456789abcdef", "event_action": "trigger"}"#,
            r#"{"routing_key": "<pagerduty-key>", "event_action": "trigger"}"#,
        ),
        (
            r#"<wsse:Password Type="urn:x#PasswordText">Inv3ntedPw</wsse:Password>"#,
            r#"<wsse:Password Type="urn:x#PasswordText"><redacted></wsse:Password>"#,
        ),
        (
            "curl -u 0123456789abcdef0123456789abcdef: https://api.example.com/x",
            "curl -u <password>: https://api.example.com/x",
        ),
        (
            "new Mailer('re_Ab3dEf6h_Ij9kLm2nOp5qRs8tUv1wXy4z').send()",
            "new Mailer('<resend-key>').send()",
        ),
        (
            "client.run('MTIzNDU2Nzg5MDEyMzQ1Njc4.Ab3dEf.Gh6iJk9lMn2oPq5rSt8uVw1xYz4aBc7dEf0gHi')",
            "client.run('<discord-token>')",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // An AMQP routing key is a dotted name.
    let amqp = "publish exchange=orders routing_key=orders.created.v1";
    assert_eq!(redact_stable(amqp), amqp);
    // A routing key of random letters and digits is PagerDuty's, whatever its alphabet (from
    // held-out corpora 14 to 17, whose invented keys are not hex).
    for (text, expected) in [
        (
            "PD_ROUTING_KEY=276d5bc55daEXAMPLEde2953603f51ac /usr/local/bin/gpu-health",
            "PD_ROUTING_KEY=<redacted> /usr/local/bin/gpu-health",
        ),
        (
            r#"{"pagerduty":{"routingKey":"0c81998ccinvent69f94b360236be693"}}"#,
            r#"{"pagerduty":{"routingKey":"<redacted>"}}"#,
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
}

#[test]
fn hex_key_blocks_openvpn_static_key() {
    let body = "0123456789abcdef0123456789abcdef\nfedcba9876543210fedcba9876543210\n";
    let block = format!("-----BEGIN OpenVPN Static key V1-----\n{body}-----END OpenVPN Static key V1-----");
    assert_eq!(
        redact_stable(&format!("key:\n{block}\nok")),
        "key:\n<private-key>\nok"
    );
    let escaped = format!(
        r#"{{"inline": "<tls-crypt>\n{}\n</tls-crypt>"}}"#,
        block.replace('\n', "\\n")
    );
    let out = redact_stable(&escaped);
    assert!(!out.contains("0123456789abcdef"), "{out}");
}

#[test]
fn token_glued_into_a_url_path() {
    assert_eq!(
        redact_stable(
            "POST https://api.telegram.org/bot123456789:AAHinventedTokenValue0123456789abcd/sendMessage 429"
        ),
        "POST https://api.telegram.org/bot<telegram-token>/sendMessage 429"
    );
}

#[test]
fn already_masked_values_stay_as_they_are() {
    for text in [
        "      + master_password = (sensitive value)",
        "password = (sensitive)",
        "Settings(url='postgresql://db:5432/x', database_password=SecretStr('**********'))",
        "connecting to postgresql://orders:***@db.internal:5432/orders",
        "amqp://user:xxxx@mq.internal:5672/",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // A wrapped literal that is no mask is still a secret.
    assert_eq!(
        redact_stable("Settings(database_password=SecretStr('Inv3ntedPw'))"),
        "Settings(database_password=SecretStr('<redacted>'))"
    );
}

#[test]
fn over_redaction_ids_arn_parts_jwks_and_preference_cookies() {
    for text in [
        // A 21-character IAM unique id is no 20-character access key id.
        "principalId=AROA5EXAMPLEINVENTED12:i-0123456789abcdef0",
        // An ECS `valueFrom` ARN naming a JSON key of the secret.
        "valueFrom=arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/api-key-AbC123:api_key::",
        // A JWKS publishes its keys' public members.
        r#"{"kty": "RSA", "e": "AQAB", "use": "sig", "kid": "k1", "n": "uInv3ntedModulus0ab-cDEF_ghIJ9klmNOpq8RSTuv7WXyz6AB5cd4EF3gh2IJ1klMNopQRstUVwxYZ"}"#,
        // A preference cookie.
        "Set-Cookie: theme=dark; Path=/; SameSite=Lax",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // A key id glued to a capitalised word is still one; a JWK's private member is a secret;
    // a session cookie's value is redacted whatever its shape.
    assert_eq!(
        redact_stable("AKIAQ3EXAMPLE7TESTZZPuTTY"),
        "<aws-access-key-id>PuTTY"
    );
    let private = redact_stable(
        r#"{"kty": "RSA", "d": "uInv3ntedModulus0ab-cDEF_ghIJ9klmNOpq8RSTuv7WXyz6AB5cd4EF3gh2IJ1klMNopQRstUVwxYZ"}"#,
    );
    assert!(private.contains("<secret>"), "{private}");
    assert_eq!(
        redact_stable("Set-Cookie: sid=abcdef; Path=/"),
        "Set-Cookie: sid=<redacted>; Path=/"
    );
}

#[test]
fn over_redaction_a_finding_type_name_is_no_key() {
    for text in [
        "AttackSequence:IAM/CompromisedCredentials: Potential credential compromise in account",
        "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS: Credentials for instance role used",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // A key after a path is still one.
    assert_eq!(
        redact_stable("config/db_password: Inv3ntedPw9"),
        "config/db_password: <redacted>"
    );
}

// The heldout3 round: one test per class, values invented.

#[test]
fn flag_password_after_a_user_flag() {
    assert_eq!(
        redact_stable("dbclient -u ops -p 'Invent3d#Pw' --tls"),
        "dbclient -u ops -p <redacted> --tls"
    );
    assert_eq!(
        redact_stable("tool -U sa -P Zq8vInvented -d main"),
        "tool -U sa -P <redacted> -d main"
    );
    // A port, a path, and mysql's prompting `-p db` stay.
    for text in [
        "psql -U app -p 5432 -d orders",
        "useradd -u 1001 app && mkdir -p /opt/app",
        "mysql -u root -p orders",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn flag_key_with_a_credential_value() {
    assert_eq!(
        redact_stable("runner --key Ab12Cd34Ef56Gh78Ij --verbose"),
        "runner --key <redacted> --verbose"
    );
    assert_eq!(
        redact_stable("nginx --key /etc/tls/server.key"),
        "nginx --key /etc/tls/server.key"
    );
}

#[test]
fn single_dash_long_options_naming_a_secret() {
    assert_eq!(
        redact_stable("erl -sname dbg -setcookie QWERTYINVENTEDCOOKIE -remsh n@h"),
        "erl -sname dbg -setcookie <redacted> -remsh n@h"
    );
    assert_eq!(
        redact_stable("agent -server -encrypt=aW52ZW50ZWQta2V5LW9mLTMyLWJ5dGVzLWxvbmchISE= -ui"),
        "agent -server -encrypt=<redacted> -ui"
    );
    // `encrypt` with a word, and a line about encryption, name no secret.
    for text in [
        "\"encrypt\": true, \"encrypt_verify_incoming\": true",
        "encrypt=aes256",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn config_directives_with_options() {
    assert_eq!(
        redact_stable("rootpw --plaintext Inv3nted^pw"),
        "rootpw --plaintext <redacted>"
    );
    assert_eq!(
        redact_stable("  user ops insecure-password Inv3nted.pw"),
        "  user ops insecure-password <redacted>"
    );
    assert_eq!(
        redact_stable("olcRootPW: Inv3ntedRootPw"),
        "olcRootPW: <redacted>"
    );
    assert_eq!(
        redact_stable("network={ psk=\"Inv3nted-psk!\" }"),
        "network={ psk=\"<redacted>\" }"
    );
}

#[test]
fn quoted_pairs_and_typed_values() {
    assert_eq!(
        redact_stable("[('user', 'app'), ('password', 'Inv3nted^pw')]"),
        "[('user', 'app'), ('password', '<redacted>')]"
    );
    assert_eq!(
        redact_stable("{\"password\": {\"S\": \"Inv3nted%pw\"}}"),
        "{\"password\": {\"S\": \"<redacted>\"}}"
    );
    assert_eq!(
        redact_stable("ALTER LOGIN [x] WITH PASSWORD = N'Inv3nted*pw', CHECK_POLICY = ON"),
        "ALTER LOGIN [x] WITH PASSWORD = N'<redacted>', CHECK_POLICY = ON"
    );
}

#[test]
fn table_rows_and_validation_inputs() {
    assert_eq!(
        redact_stable("Key         Value\npassword    Inv3nted-pw=1\nusername    app"),
        "Key         Value\npassword    <redacted>\nusername    app"
    );
    assert_eq!(
        redact_stable(
            "1 validation error\npassword\n  Too long [type=string_too_long, input_value='Inv3nted!pw', input_type=str]"
        ),
        "1 validation error\npassword\n  Too long [type=string_too_long, input_value='<redacted>', input_type=str]"
    );
}

#[test]
fn credentials_in_documented_command_and_dsn_syntaxes() {
    assert_eq!(
        redact_stable("dsn app:Inv3nted~pw@tcp(db.internal:3306)/orders"),
        "dsn app:<password>@tcp(db.internal:3306)/orders"
    );
    assert_eq!(
        redact_stable("smbclient //h/s -U 'DOM\\ops%Inv3nted#pw' -c ls"),
        "smbclient //h/s -U 'DOM\\ops%<password>' -c ls"
    );
    assert_eq!(
        redact_stable("ConvertTo-SecureString 'Inv3nted.pw' -AsPlainText -Force"),
        "ConvertTo-SecureString '<redacted>' -AsPlainText -Force"
    );
    assert_eq!(
        redact_stable("requests.get(url, auth=(\"ops\", \"Inv3ntedPw\"))"),
        "requests.get(url, auth=(\"ops\", \"<password>\"))"
    );
    assert_eq!(
        redact_stable("{\"type\": \"random_password\", \"instances\": [{\"result\": \"x]Inv3nted?\"}]}"),
        "{\"type\": \"random_password\", \"instances\": [{\"result\": \"<redacted>\"}]}"
    );
}

/// Failure class (held-out corpus 12): the audit system records a command's arguments one to a
/// field, so a password option's value is in the next field or glued to `-p`.
#[test]
fn passwords_in_an_audit_records_arguments() {
    for (text, expected) in [
        (
            r#"type=EXECVE msg=audit(1811905421.197:8494): argc=5 a0="mysql" a1="-h" a2="10.20.8.33" a3="-uapp" a4="-pInvented.b7jl91V0""#,
            r#"type=EXECVE msg=audit(1811905421.197:8494): argc=5 a0="mysql" a1="-h" a2="10.20.8.33" a3="-uapp" a4="-p<redacted>""#,
        ),
        (
            r#"type=EXECVE msg=audit(1811861710.204:29564): argc=3 a0="sshpass" a1="-p" a2="INVENTED-96min5Eg!""#,
            r#"type=EXECVE msg=audit(1811861710.204:29564): argc=3 a0="sshpass" a1="-p" a2="<redacted>""#,
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for kept in [
        r#"type=EXECVE msg=audit(1811861710.204:29564): argc=4 a0="ssh" a1="-p" a2="2222" a3="bastion""#,
        r#"type=EXECVE msg=audit(1811830348.273:92130): argc=3 a0="openssl" a1="enc" a2="-pbkdf2""#,
    ] {
        assert_eq!(redact_stable(kept), kept);
    }
}

/// Failure class (held-out corpora 4, 5, 9 and 26): an ORM's or a driver's dump of a statement's
/// bound parameters printed a password that no key names.
#[test]
fn password_shaped_bound_parameters() {
    for (text, expected) in [
        (
            "INFO sqlalchemy.engine.Engine [generated in 0.00041s] ('smtp-relay', 'mailer@example.com', 'INV-6swmgRSVqGS', 587)",
            "INFO sqlalchemy.engine.Engine [generated in 0.00041s] ('smtp-relay', '<email>', '<redacted>', 587)",
        ),
        (
            "TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [xd2vK8dr_INVp9e6omWR]",
            "TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [<redacted>]",
        ),
        (
            "DEBUG c.s.m.IntegrationMapper.insert - ==> Parameters: partner-ftp(String), ftp.example.com(String), svc_upload(String), 1oYonINV8n1dfCdJ5#(String)",
            "DEBUG c.s.m.IntegrationMapper.insert - ==> Parameters: partner-ftp(String), ftp.example.com(String), svc_upload(String), <redacted>(String)",
        ),
        (
            "Executed DbCommand (3ms) [Parameters=[@p0='jdoe' (Nullable = false), @p1='INVENT-UkQVGCiMEIGV9' (Nullable = false)], CommandType='Text']",
            "Executed DbCommand (3ms) [Parameters=[@p0='jdoe' (Nullable = false), @p1='<redacted>' (Nullable = false)], CommandType='Text']",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // Names, hosts, times, ids in capitals and numbers are kept.
    let kept = "[cached since 12.3s ago] ('orders-api', 'db.internal', '2026-12-02 10:00:00', 'ORD-2026-0042', 17, 'svc_upload')";
    assert_eq!(redact_stable(kept), kept);
}

/// Failure class (held-out corpus 34): a secret a CLI takes as a positional argument, whatever
/// its shape, had no key to name it.
#[test]
fn secrets_a_cli_takes_as_positional_arguments() {
    let cases = [
        (
            "+ vault operator unseal YsFQR7erGjAuubPqfcKovKqWoeea4ga+6HZInvent9P=",
            "+ vault operator unseal <redacted>",
        ),
        (
            "+ vault operator unseal -address=https://vault.internal:8200 QVqVPEXAMPLE/Dt+xPOZQbms=",
            "+ vault operator unseal -address=https://vault.internal:8200 <redacted>",
        ),
        (
            "+ consul acl set-agent-token agent 1ed9f73a-ba24-4a80-a334-c6ba3e0c9610",
            "+ consul acl set-agent-token agent <redacted>",
        ),
        (
            "+ grafana cli admin reset-admin-password EXAMPLE_wxYfOlYI9aqZYgxlN~",
            "+ grafana cli admin reset-admin-password <redacted>",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "+ vault operator unseal -reset",
            "+ vault operator unseal $UNSEAL_KEY_1",
            "Vault is sealed; run vault operator unseal on each node",
            "+ consul acl set-agent-token agent \"$CONSUL_AGENT_TOKEN\"",
        ],
    );
}

/// Failure class (held-out corpora 5, 6, 10 and 14): a CLI's token as a bare argument of its
/// login, or after a short option, had no key to name it.
#[test]
fn tokens_as_arguments_of_a_login_or_a_short_option() {
    for (text, expected) in [
        (
            "+ wandb login --relogin 0f8e1a2b3c4d4e5f8a9b0c1d2e3f4a5b0f8e1a2b",
            "+ wandb login --relogin <redacted>",
        ),
        (
            "shodan init InventedKey0aB1cD2eF3gH4iJ5kL6",
            "shodan init <redacted>",
        ),
        (
            "b2 account authorize 0050f8e1a2b3c4d0000000001 K001InventedKey0aB1cD2eF3gH4iJ",
            "b2 account authorize 0050f8e1a2b3c4d0000000001 <redacted>",
        ),
        (
            "+ ./codecov -t 0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b -f coverage.xml",
            "+ ./codecov -t <redacted> -f coverage.xml",
        ),
        (
            "cscli bouncers add nginx-edge -k InventedKey0aB1cD2eF3gH4iJ5kL6",
            "cscli bouncers add nginx-edge -k <redacted>",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // Names, versions, hosts and flags in those places are kept.
    for text in [
        "terraform init -backend-config=bucket=tf-state -upgrade",
        "npm init vite@latest my-app",
        "docker build -t registry.example.com/orders:1.4.2 .",
        "curl -k https://internal.example.com/health",
        "aws sso login --profile ci-readonly",
        "git init --initial-branch=main",
        "tail -n 100 -t app.log",
        // Not a command line, or an id of who logs in.
        "podman[23962]: 2027-11-03 05:55:59 +0000 UTC container init 62f2a631da84cc77a82baf6a04f9113af427a059d17c459326bfa8790da889c6 (image=x)",
        "WARN blob client init failed for storage account InventedName0aB1cD2eF3gH4",
        "az login --service-principal -u 7af0e4c5-070c-4213-a145-200c40e3f789 --tenant 5ec2913a-37bd-444b-96ba-f67f475c2228",
        "rpk cloud login --client-id InventedId0aB1cD2eF3gH4iJ5kL6mN7",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn credential_url_path_segments_and_fixed_vendor_shapes() {
    assert_eq!(
        redact_stable("POST https://logs-01.loggly.com/inputs/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/tag/x/"),
        "POST https://logs-01.loggly.com/inputs/<loggly-token>/tag/x/"
    );
    assert_eq!(
        redact_stable("[0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@41058 tag=\"x\"]"),
        "[<loggly-token>@41058 tag=\"x\"]"
    );
    assert_eq!(
        redact_stable("key md-Inv3ntedMandr1llKey22x"),
        "key <mandrill-key>"
    );
    assert_eq!(
        redact_stable("{\"id\": \"da2-inventedappsynckey00000012\"}"),
        "{\"id\": \"<appsync-key>\"}"
    );
    // A request id in brackets is no Loggly token.
    let text = "[0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d] GET /";
    assert_eq!(redact_stable(text), text);
}

#[test]
fn national_ids_by_check_digit_after_a_label() {
    for (text, expected) in [
        ("nir: 2 70 07 08 476 548 65 ok", "nir: <national-id> ok"),
        (
            "codice_fiscale=VNTLSU77H52L219N esito=OK",
            "codice_fiscale=<national-id> esito=OK",
        ),
        (
            "Steuer-IdNr. 48701753624 abgerufen",
            "Steuer-IdNr. <national-id> abgerufen",
        ),
        ("Tax file number: 198 702 151", "Tax file number: <national-id>"),
        (
            "{\"idNumber\": \"9307144821089\"}",
            "{\"idNumber\": \"<national-id>\"}",
        ),
        ("身份证号=32058219870415735X", "身份证号=<national-id>"),
    ] {
        assert_eq!(redact_stable(text), expected);
    }
    // The same labels before a number whose check fails: a record number.
    for text in [
        "{\"taxId\": \"48701753625\"}",
        "id_number=9307144821080",
        "certNo=320582198704157351",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn over_redaction_encrypted_at_rest_values() {
    for text in [
        "password: ENC[AES256_GCM,data:Zm9vYmFyYmF6,iv:aW52ZW50ZWRJVmludmVudGVkSVZpbnY=,tag:dGFnIGludmVudGVkIQ==,type:str]",
        "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
        "{\"CiphertextBlob\": \"AQICAHinventedCiphertextBlobValue0123456789abcdefXYZ+/AbCdEf\"}",
        "{\"encryptedData\": {\"password\": \"AgBinventedSealedValue0123456789abcdefXYZ+/AbCdEfGh\"}}",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn a_plaintext_password_inside_an_object_of_ciphertexts_is_still_redacted() {
    let out = redact_stable("{\"encryptedData\": {\"password\": \"Plain7Invented!\"}}");
    assert!(!out.contains("Plain7Invented!"), "{out}");
}

#[test]
fn over_redaction_public_keys_handles_and_payloads() {
    for text in [
        "PublicKey = aW52ZW50ZWRXaXJlR3VhcmRQdWJsaWNLZXlYWVo=",
        "{\"ShardIterator\": \"AAAAAAAAAAinventedShardIteratorValue0123456789abcdefXYZ+/AbCdEf\"}",
        "{\"ReceiptHandle\": \"AQEBinventedReceiptHandleValue0123456789abcdefXYZ+/AbCdEfGh\"}",
        // gzip, and a script, in base64
        "{\"data\": \"H4sIAAAAAAAAinventedGzipPayload0123456789abcdefXYZ+/AbCdEf\"}",
        "UserData: IyEvYmluL3NoCmVjaG8gaW52ZW50ZWQgc2NyaXB0Cg==",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn over_redaction_published_signatures_and_digests() {
    for text in [
        "{\"Signature\": \"aW52ZW50ZWRTTlNzaWduYXR1cmVWYWx1ZTAxMjM0NTY3ODlhYmNkZWY=\", \"SigningCertURL\": \"https://sns.example/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem\"}",
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; bh=aW52ZW50ZWRCb2R5SGFzaDAxMjM0NTY3ODk=; b=aW52ZW50ZWRES0lNc2lnbmF0dXJlMDEyMzQ1Njc4OWFi",
        "X-Hub-Signature-256: sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        // Zoom's and Stripe's webhook signatures: a version, then the body's HMAC.
        "x-zm-signature: v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "Stripe-Signature: t=1906086256,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,v0=fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
        "stripe event processed signature=t=1906086256,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "session_id_hash=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // A password's hash stays a secret.
    assert_eq!(
        redact_stable("password_hash=Inv3ntedHashValue"),
        "password_hash=<redacted>"
    );
}

#[test]
fn over_redaction_keys_that_describe_reference_or_locate() {
    for text in [
        "{\"token_use\": \"id\"}",
        "--set existingSecret=orders-db",
        "SSH_AUTH_SOCK=/tmp/ssh-invented/agent.1",
        "MessageSid=SM0123456789abcdef0123456789abcdef status=sent",
        "\"MasterUserPassword\": \"{{resolve:secretsmanager:x/y:SecretString:password}}\"",
        "-v /run/secrets:/run/secrets:ro",
        "random_password.db: Creation complete after 0s",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

/// Failure classes of a held-out corpus: a credential under a key that says only `key`, an
/// `Authorization` value with a vendor's own scheme, and values that name an account or a
/// public key (not secrets) under secret-sounding keys.
#[test]
fn unqualified_keys_vendor_schemes_and_public_identifiers() {
    for (line, secret) in [
        (
            "[api]\nkey=aprGEJoP5bImiYTgMlpwiODsiwzXQcFi\nsite=x",
            "aprGEJoP5bImiYTgMlpwiODsiwzXQcFi",
        ),
        (
            "configuration applied (agent.key=luCw0VOFOeIDPVUfZQdAYt, zone=prod)",
            "luCw0VOFOeIDPVUfZQdAYt",
        ),
        (
            "FLAGSMITH_ENVIRONMENT_KEY=ser.46Gm7FLmaHnO99YT1XfZp7 gunicorn",
            "ser.46Gm7FLmaHnO99YT1XfZp7",
        ),
        (
            "<machineKey validationKey=\"F7A150C66EE19E4764FB48995E329FB501CEA1AA\" validation=\"HMACSHA256\" />",
            "F7A150C66EE19E4764FB48995E329FB501CEA1AA",
        ),
        (
            "> Authorization: AccessKey VnWaFrvDgRTuZBcDINZFBdtQU",
            "VnWaFrvDgRTuZBcDINZFBdtQU",
        ),
        (
            "-H 'Authorization: Klaviyo-API-Key pk_72a93526e18bc35f00a05' -H 'x: y'",
            "pk_72a93526e18bc35f00a05",
        ),
    ] {
        let redacted = redact(line);
        assert!(!redacted.contains(secret), "{line} -> {redacted}");
    }
    for line in [
        "cache_key=UserProfileCacheKey2026AbCdEf",
        "s3 key=uploads/2026/AbCdEfGhIjKlMnOp1.png",
        "key=orders",
        "System.Web.Mvc, Version=5.2.9.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35 loaded",
        "[Service Control Manager] [EC2AMAZ-KAE3VRF] [entered the running state.] SID=S-1-5-21-3131086759-1403699366-1001",
    ] {
        assert_eq!(redact(line), line);
    }
}

/// National identifiers after the labels of more countries (every number invented).
#[test]
fn nordic_chilean_turkish_and_belgian_ids_after_their_labels() {
    for (line, id) in [
        (
            "<asiakas><henkilotunnus>010203-123X</henkilotunnus></asiakas>",
            "010203-123X",
        ),
        (
            "kyc mismatch: fødselsnummer=01020312345 navn=\"Ola\"",
            "01020312345",
        ),
        (
            r#"{"cliente":{"rut":"12.345.678-K","comuna":"x"}}"#,
            "12.345.678-K",
        ),
        ("müşteri TC Kimlik No: 10000000146, şehir: x", "10000000146"),
        ("INSZ: 85.07.20-831.15", "85.07.20-831.15"),
    ] {
        let redacted = redact(line);
        assert!(!redacted.contains(id), "{line} -> {redacted}");
    }
    for line in ["a brute force of 12 attempts", "truth: 1234567890", "hetu"] {
        assert_eq!(redact(line), line);
    }
}

/// Held-out corpus 5's classes: a prefixed credential under an unqualified key, a long random
/// lower-case key, and what a secret key may hold without being one (a reference to a variable,
/// the user of an authentication).
#[test]
fn prefixed_and_long_keyed_credentials_references_and_auth_users() {
    for (line, secret) in [
        (
            "# APOLLO_KEY=service:shop-graph:4QEsoDW-0_6dxjPn_OMmOZ",
            "4QEsoDW-0_6dxjPn_OMmOZ",
        ),
        (
            "X-Appwrite-Key: standard_e04bff8258257a61098a65b867ffb191dab5448c5830db9a401d9f45",
            "e04bff8258257a61098a65b867ffb191",
        ),
    ] {
        let redacted = redact(line);
        assert!(!redacted.contains(secret), "{line} -> {redacted}");
    }
    for line in [
        "  password = var.pg_admin_password",
        "admin_password = $__file{/run/secrets/grafana_admin}",
        "  smtp_auth_username: 'alerts-bot'",
        "cache_key=user:42:profile",
    ] {
        assert_eq!(redact(line), line);
    }
}

/// Held-out corpus 6's classes: credentials whose only label is their shape or their place
/// (an nkey seed, an address's password, a token as a URL's user, a hook's segment, a `?key=`,
/// LDAP helpers' `-w`), and what a logger prints instead of a secret, or code that names one.
#[test]
fn shaped_and_placed_credentials_masks_and_code_that_names_secrets() {
    for (line, secret) in [
        (
            "signing key seed=SAINVENTEDEXAMPLEQRSTUVWXYZ234567QRSTUVWXYZ234567QRSTUVWXY",
            "SAINVENTEDEXAMPLE",
        ),
        (
            "[smtp.example.net]:587 relay@example.com:Invented-7xQk",
            "Invented-7xQk",
        ),
        (
            "curl -s https://0123456789abcdefinvented0123:@packages.example.io/install.sh",
            "0123456789abcdefinvented0123",
        ),
        (
            "curl -X POST https://api.example.com/build_hooks/5f0c1e7a9b3d4c2e8f6a0b1c",
            "5f0c1e7a9b3d4c2e8f6a0b1c",
        ),
        (
            "curl https://api.example.com/deploy/srv-1?key=hINVENTedKq",
            "hINVENTedKq",
        ),
        (
            "auth_param basic program /usr/lib/squid/basic_ldap_auth -D cn=squid,dc=example -w Invented5Zq -h ldap",
            "Invented5Zq",
        ),
    ] {
        let redacted = redact(line);
        assert!(!redacted.contains(secret), "{line} -> {redacted}");
    }
    for line in [
        r#"changed: [db-01] => {"module_args": {"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}}"#,
        r#"DEBUG: node['db']['password'] = "*sensitive value suppressed*""#,
        r#"1796300000.123456 [0 10.4.5.6:51234] "AUTH" "(redacted)""#,
        "  public key: m33KWMb0FbbeZbWQQXxIis/ypYaltzO9tEAAYnBLeg4=",
        r#"dbConnect(host = "db.internal", password = Sys.getenv("PGPASSWORD"))"#,
        r#"password=os.environ["DB_PASSWORD"]"#,
        "dovecot: auth: passwd-file(10.4.5.6): Password mismatch",
        "dovecot: auth: Debug: cache hit",
        "scp backup@example.com:backups/db.tar.gz .",
    ] {
        assert_eq!(redact(line), line);
    }
    // The quote that opens an address's string stays.
    assert_eq!(
        redact("VALUES ('ops@example.com', 'x')"),
        "VALUES ('<email>', 'x')"
    );
}

/// Held-out corpus 7's first measurement: secrets in places no rule read, and names of options,
/// files, variables and classes read as secrets. Every value is invented.
#[test]
fn basic_credentials_anywhere_and_postgres_md5_hashes() {
    // `ops:INVENT-jxphowhUcK7H`, compared in a VCL rather than sent in a header.
    let vcl = redact_stable(r#"if (req.http.Authorization != "Basic b3BzOklOVkVOVC1qeHBob3doVWNLN0g=") {"#);
    assert!(!vcl.contains("b3BzOklOVkVOVC1qeHBob3doVWNLN0g"), "{vcl}");
    let userlist = redact_stable(r#""app" "md5d9a21de96a00a22d90f3341d1152677b""#);
    assert_eq!(userlist, r#""app" "<redacted>""#);
    // Base64 that is no `user:password`, and an MD5 that is a file's checksum.
    for text in [
        "Basic authentication enabled for realm ops",
        "Basic Q29uZmlndXJhdGlvbkxvYWRlZA== ok",
        "md5 d41d8cd98f00b204e9800998ecf8427e orders.tar.gz",
    ] {
        assert_eq!(redact_stable(text), text);
    }
}

#[test]
fn over_redaction_options_hosts_files_variables_and_class_names() {
    for text in [
        // `-url=` is no `-u`; a host that starts with `auth` is no key.
        "flyway -url=jdbc:postgresql://orders-db.internal:5432/orders -user=flyway migrate",
        "pq: (details: URL: postgres://app:xxxxx@auth-db.internal:5432/auth?sslmode=require)",
        // Variables, named where they are used.
        "curl --user solr:$SOLR_ADMIN_PASSWORD 'https://solr.example.internal:8983/solr/admin/collections?action=CLUSTERSTATUS'",
        "curl -X POST -u ci-bot:$JENKINS_API_TOKEN 'https://jenkins.example.internal/job/x/build'",
        "admin_credentials=\"admin:${PROXYSQL_ADMIN_PASSWORD}\"",
        "+ DATABASE_URL=postgresql://app:${DB_PASSWORD}@orders-db.internal:5432/orders npx prisma migrate deploy",
        // Files that hold the secret, and a class that reads it.
        "pulsar-admin --auth-params file:///etc/pulsar/tokens/admin.jwt topics stats",
        "java -jar agent.jar -secret @/home/jenkins/agent/secret-file -name ci-agent-07",
        "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken",
        "DATABASE_URL=postgresql://postgres.tgep2nimpdkidole:[YOUR-PASSWORD]@aws-0-us-east-1.pooler.supabase.com:6543/postgres",
        "<param name=\"password\" value=\"$${default_password}\"/>",
    ] {
        assert_eq!(redact_stable(text), text);
    }
    // The same places with values.
    for (text, secret) in [
        (
            "curl -u ci-bot:Invented7Token99 https://jenkins.example.internal/",
            "Invented7Token99",
        ),
        ("admin_credentials=\"admin:Hx7pQ2rLmZ9v\"", "Hx7pQ2rLmZ9v"),
        (
            "postgresql://app:Inv3ntedPw@orders-db.internal:5432/orders",
            "Inv3ntedPw",
        ),
        ("$password = \"hunter2xyzInvented\";", "hunter2xyzInvented"),
    ] {
        let out = redact_stable(text);
        assert!(!out.contains(secret), "{out}");
    }
}

#[test]
fn a_digest_authorization_keeps_its_parameters_and_loses_its_response() {
    let out = redact_stable(
        "REGISTER sip:voice.example.com SIP/2.0\nAuthorization: Digest username=\"1017\", realm=\"voice.example.com\", nonce=\"68d20d39e6f6908b\", uri=\"sip:voice.example.com\", response=\"f604304219b0a27b7b0a28158db17e33\", algorithm=MD5",
    );
    assert!(!out.contains("f604304219b0a27b7b0a28158db17e33"), "{out}");
    assert!(out.contains("username=\"1017\""), "{out}");
    assert!(out.contains("realm=\"voice.example.com\""), "{out}");
}

/// Secrets given by their position in a tool's or a script's syntax, from held-out corpus 9:
/// Oracle logins by TNS alias, a double-quoted `IDENTIFIED BY`, a password typed by browser
/// automation or answered to an expect prompt, an RTMP stream key, an API key as Basic's user.
#[test]
fn logins_typed_answered_or_streamed_by_position() {
    for (text, expected) in [
        (
            "expdp userid=system/Inv3ntedPw@LEGACY schemas=HR dumpfile=hr.dmp",
            "expdp userid=system/<password>@LEGACY schemas=HR dumpfile=hr.dmp",
        ),
        ("sqlplus -s scott/Inv3ntedPw", "sqlplus -s scott/<password>"),
        (
            "SQL> CREATE USER etl IDENTIFIED BY \"Inv3ntedPw\";",
            "SQL> CREATE USER etl IDENTIFIED BY \"<redacted>\";",
        ),
        (
            "await page.type('#password', 'Inv3nted-Pw');",
            "await page.type('#password', '<redacted>');",
        ),
        (
            "await page.fill('input[name=\"passwd\"]', `Inv3nted-Pw`);",
            "await page.fill('input[name=\"passwd\"]', `<redacted>`);",
        ),
        (
            "driver.find_element(By.ID, \"password\").send_keys(\"Inv3nted-Pw\")",
            "driver.find_element(By.ID, \"password\").send_keys(\"<redacted>\")",
        ),
        (
            "spawn sftp edi@sftp.example.com\nexpect \"password:\"\nsend \"Inv3nted-Pw\\r\"",
            // (The `\r` escape glued to the answer goes with it.)
            "spawn sftp <email>\nexpect \"password:\"\nsend \"<redacted>\"",
        ),
        (
            "ffmpeg -i in.mp4 -f flv rtmp://a.rtmp.youtube.com/live2/abcd-1234-efgh-5678-ijkl",
            "ffmpeg -i in.mp4 -f flv rtmp://a.rtmp.youtube.com/live2/<stream-key>",
        ),
        (
            "curl -u Q2xhcmlmeUludmVudGVkS2V5MTIz:x https://api.example.com/v1/sites",
            "curl -u <redacted>:<password> https://api.example.com/v1/sites",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    // Kept: a stream's name, a user's name, a field other than a password, a prompt's other answers.
    for text in [
        "ffmpeg -i rtmp://origin.example.com/live/feed -c copy out.flv",
        "await page.type('#email', 'someone-at-example');",
        "expect \"Continue connecting (yes/no)?\"\nsend \"yes\\r\"",
        "sqlplus /nolog @setup.sql",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
    // A user's name (no digit) is no key: only the password after it goes.
    assert_eq!(
        redact_stable("curl -u deploy-bot-account-name:x https://api.example.com"),
        "curl -u deploy-bot-account-name:<password> https://api.example.com"
    );
}

/// Secrets in configuration and argument lists, from held-out corpus 10: a secret flag's value
/// as the next list element, a network device's `set` line, a Java property; and a shell
/// expansion's operator, which is no key.
#[test]
fn argument_lists_device_settings_properties_and_expansions() {
    for (text, expected) in [
        (
            r#""command":["python","export.py","--db-password","Inv3nted-Pw"]"#,
            r#""command":["python","export.py","--db-password","<redacted>"]"#,
        ),
        (
            r#"args: ["snapshot", "save", "--user=root:Inv3nted-Pw"]"#,
            r#"args: ["snapshot", "save", "--user=root:<password>"]"#,
        ),
        ("    set passwd Inv3nted-Pw", "    set passwd <redacted>"),
        ("set psksecret ENC Inv3ntedPsk", "set psksecret ENC <redacted>"),
        (
            r#"<property name="managerPassword">Inv3nted-Pw</property>"#,
            r#"<property name="managerPassword"><redacted></property>"#,
        ),
        (
            r#"<property name="password" value="Inv3nted-Pw"/>"#,
            r#"<property name="password" value="<redacted>"/>"#,
        ),
        // A Java properties file stored as XML; an Ant parameter.
        (
            "<entry key='database.password'>Inv3nted-Pw</entry>",
            "<entry key='database.password'><redacted></entry>",
        ),
        (
            r#"<parameter name="secret">Inv3nted-Pw</parameter>"#,
            r#"<parameter name="secret"><redacted></parameter>"#,
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for text in [
        r#""args":["--api-key-file","/etc/awsmon/key"]"#,
        "set key-size 2048",
        r#"<property name="url" value="jdbc:postgresql://db/app"/>"#,
        r#"<property name="hibernate.connection.password">${db.password}</property>"#,
        "APPSIGNAL_PUSH_API_KEY=${APPSIGNAL_PUSH_API_KEY:?missing}",
        "password: ${GCP_SECRET=inventory-db-password}",
        "<entry key='database.user'>traccar</entry>",
        "<entry key='token.expiry'>3600</entry>",
        // Perl's and OpenAS2's reference to the environment.
        "config: {filename=as2_certs.p12, password=$ENV{OPENAS2_CERTS_PASSWORD}, interval=300}",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
}

/// From held-out corpus 11: curl's user among combined short options, PDO's password in a PHP
/// stack trace; and references a framework resolves (`%env(X)%`, `bref-ssm:`), which are kept.
#[test]
fn combined_curl_options_pdo_traces_and_framework_references() {
    for (text, expected) in [
        (
            "curl -fsu health:Inv3nted-Pw http://localhost:8080/health",
            "curl -fsu health:<password> http://localhost:8080/health",
        ),
        (
            "#0 Connector.php(65): PDO->__construct('mysql:host=db', 'app', 'Inv3nted-Pw', Array)",
            "#0 Connector.php(65): PDO->__construct('mysql:host=db', 'app', '<password>', Array)",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for text in [
        "DB_PASSWORD: bref-ssm:/shop/prod/db-password",
        "DATABASE_URL=\"postgresql://app:%env(DB_PASSWORD)%@db.internal:5432/app\"",
        "chown -Ru app:app /srv/www",
        "curl -fsSL https://example.com/install.sh",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
}

/// From held-out corpus 12. Found: a config file's directive and its value on one line
/// (keepalived's `auth_pass`, Fluent Bit's `http_Passwd`), a secret after a measure's word
/// (`IDEMPOTENCY_HASH_SECRET`, an HMAC key). Kept: values public by design or by name (a
/// publishable key, a certificate or an integrity digest in base64, a Kerberos principal), a
/// method named after the key (`auth.authmethod`), placeholders (`changeme`,
/// `your-hmac-key-here`, a vendor prefix before `xxxx`), and prose (`password changed`).
#[test]
fn config_directives_hash_secrets_and_public_or_placeholder_values() {
    for (text, expected) in [
        ("    auth_pass Inv3ntedPw", "    auth_pass <redacted>"),
        ("bindpw Inv3nted-Pw!", "bindpw <redacted>"),
        (
            "vpn.secrets:        password = Inv3nted-Pw",
            "vpn.secrets:        password = <redacted>",
        ),
        ("    http_Passwd Example.Inv3nted#", "    http_Passwd <redacted>"),
        (
            "IDEMPOTENCY_HASH_SECRET=c9fc1ba14ba990496fbe2426ebfa5a2da6761e34bc01e1e756abc6bc60e3f465",
            "IDEMPOTENCY_HASH_SECRET=<redacted>",
        ),
        (
            "node.session.auth.password = Inv3nted-Pw",
            "node.session.auth.password = <redacted>",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for text in [
        "STRIPE_PUBLISHABLE_KEY=pk_live_INVENTEDexample0123456789abcdefGHIJKL",
        "node.session.auth.authmethod = CHAP",
        "certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tINVENTEDexample0123456789abcdefGHIJKLmnop",
        "integrity sha512-INVENTEDexample0123456789abcdefGHIJKLmnopqrstuvwxyz0123456789ABCDEFGH==",
        "krb5_child[4411]: Preauthentication failed for jdoe@CORP.EXAMPLE.COM",
        "HANGFIRE_DASHBOARD_PASSWORD=changeme",
        "ADYEN_HMAC_KEY=your-hmac-key-here",
        "sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "password changed",
        "session closed",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
    // A private key in base64 stays a secret; an address shouted whole is still an address.
    assert_ne!(
        redact("key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tINVENTEDexample0123456789abcdefGHIJKLmnop"),
        "key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tINVENTEDexample0123456789abcdefGHIJKLmnop"
    );
    assert_eq!(redact("mail JDOE@EXAMPLE.COM"), "mail <email>");
}

/// Found by the keyword-soup property test at 5,000 cases (each failed before on the rules of
/// earlier sessions too): a table row's value is judged by its part before another finding, and
/// a key starts after a finding that ends inside it, as both do at the placeholder on a second
/// pass. (The value is then redacted whole, the finding inside it included.)
#[test]
fn keys_and_rows_end_where_another_finding_starts() {
    for (text, expected) in [
        (
            "password  %3D-----BEGIN RSA PRIVATE KEY-----",
            "password  <redacted>",
        ),
        (
            "%3D@example.comghp_password=example.com",
            "<email>_password=<redacted>",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
}

/// Found by the property tests at 20,000 cases. Keyword soup whose first reading left what a
/// second one redacted (a finding changed the text a rule had judged: a neighbour became a
/// placeholder, `a://B:` stopped looking like a type name): a line is read until a reading
/// changes nothing. And a flag naming a secret after a key (`pw= --password x`) is a key of its
/// own, not the value of the one before: its value was let out.
#[test]
fn soup_is_read_to_a_fixed_point_and_a_flag_after_a_key_is_its_own_key() {
    for (text, expected) in [
        ("?code=%3DBearer =example.com", "?code=<redacted> <token>"),
        (
            "Authorization=password://Authorization: %3D",
            "Authorization=<redacted>Authorization: <redacted>",
        ),
        (
            "passwordBearer =Cookie://=: password",
            "passwordBearer =<redacted><redacted>",
        ),
        (
            "key=CookieAuthorization%40/cA+A0+d+eAB/DafEOGCHF+1I/2+g+JK",
            "key=<redacted><secret>",
        ),
        ("pw= --password Inv3nted-Pw", "pw= --password <redacted>"),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
}

/// From held-out corpus 14. Found: a proxy list's `host:port:user:password` entry, a DynamoDB
/// stream record's typed value in Python's repr, PagerDuty's key at the end of a variable's name,
/// Vault's AppRole `secret-id`, the second argument of `auth(user, password)`, a JWK's private
/// member in code, SQL's encryption key, a here-string fed to `--password`. Kept: a URL's user (an ssh login, a template's
/// `USERNAME:PASSWORD`), vendor placeholders of one repeated character, a secret shown masked
/// but for its ends, code reading the environment or building a session, a statement's bind
/// parameter, keys naming a mechanism or a domain, an outcome word.
#[test]
fn proxy_lists_typed_values_and_what_only_looks_like_a_secret() {
    for (text, expected) in [
        (
            "p.proxy.example:80:crawler-rotate:invent3pkt9",
            "p.proxy.example:80:crawler-rotate:<redacted>",
        ),
        (
            "geo.proxy.example:12321:pricewatch:Inv3ntEx4mple_country-nl",
            "geo.proxy.example:12321:pricewatch:<redacted>",
        ),
        // pgpool's `pcp.conf`-style entry for the local server.
        (
            "localhost:9898:pcpadmin:INVENTED-qGRx9bOL2E",
            "localhost:9898:pcpadmin:<redacted>",
        ),
        (
            "OldImage={'pk': {'S': 'TENANT#t-1'}, 'smtp_password': {'S': 'INVENT-woUV5X0Q'}}",
            "OldImage={'pk': {'S': 'TENANT#t-1'}, 'smtp_password': {'S': '<redacted>'}}",
        ),
        (
            "PAGERDUTY_ROUTING_KEY=69652ac08ae01cb43abc34ca56c11def python -m jobs.run_all",
            "PAGERDUTY_ROUTING_KEY=<pagerduty-key> python -m jobs.run_all",
        ),
        (
            "spring.cloud.vault.app-role.secret-id=c266c886-1a2b-4c9c-bcb2-6bcd67649ffa",
            "spring.cloud.vault.app-role.secret-id=<redacted>",
        ),
        (
            "db.getSiblingDB('admin').auth('docdbadmin', 'INVENT-U3WlDGZs55M%')",
            "db.getSiblingDB('admin').auth('docdbadmin', '<redacted>')",
        ),
        (
            "importJWK({kty:'oct', k:'2EXAMPLEOHPLpxQPCYdt4lHAPn7_ShRc3bYBKHdmyCg'})",
            "importJWK({kty:'oct', k:'<secret>'})",
        ),
        (
            "sql=SELECT pgp_sym_decrypt(iban_enc, '9INVENTY6xQPRtxO7Ac9qQ') FROM payees",
            "sql=SELECT pgp_sym_decrypt(iban_enc, '<redacted>') FROM payees",
        ),
        (
            "trino --user analyst --password <<< 'Example.Maeg3sdt6%'",
            "trino --user analyst --password <<< '<redacted>'",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for text in [
        "Collecting parsers@ git+ssh://git@github.com/example-org/parsers.git@v2.3.0",
        "PROXY_URL = 'http://USERNAME:PASSWORD@proxy.example.com:8000'",
        "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "pm2 set pm2-slack:slack_url https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "stripe configured: apiKey=sk_live_****iPrk, webhookTolerance=300s",
        "SENDGRID_API_KEY=SG.****",
        "loaded EHR launch client northgate: clientId=cobaltcare-fhir clientSecret=[PROTECTED] scopes=[launch]",
        "DEID_HMAC_KEY_CIPHERTEXT_S3=s3://deid-keys/hmac-5.bin",
        "app.use(session({ secret: process.env.SESSION_SECRET, store: s }))",
        "boto3 session: Session(region_name='eu-west-1') using credentials from container-role",
        "sql=CREATE ROLE report_ro LOGIN PASSWORD :pw (parameter redacted)",
        "mongodb://docdb.example.com:27017/?authMechanism=MONGODB-AWS&tls=true",
        "http_auth_domain = 'catalog.partner-b.example'",
        "agent.auth.handler: authentication successful, sending token to sinks",
        "kafka.internal:9092:orders:3",
        // AWS's `SecretId` names a secret, Entra ID's client secret's id only points at one
        // (held-out corpus 56); a JWK's public members are public.
        "SecretId=prod/orders/db",
        "AODB_API_CLIENT_SECRET_ID=8843e0e4-8e3f-4c54-abd4-513351cd54cd",
        "importJWK({kty:'RSA', e:'AQAB', n:'WaVpsompyvQ1Id9SgqPwokAEZVvliO8zyWA84H6bjyfXKoGGPFFOoPajAJ1iZ2wL0XDjvURilkyS6JSplF'})",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
    // A password glued to a colon after a lower-case key is still one.
    assert_eq!(redact_stable("password :Inv3ntedPw"), "password :<redacted>");
}

/// From held-out corpus 15. Found: a secret as a configuration statement's quoted value (DRBD's
/// `shared-secret "x";`, BIND's `secret "x";`). Kept: Go's monotonic clock reading (`m=+7095.8…`
/// is a decimal, no phone), a switch turned off (`--no-auth-warning`), secrets elided but for
/// their ends.
#[test]
fn quoted_statements_clocks_switches_and_elided_secrets() {
    for (text, expected) in [
        (
            "    shared-secret \"9msFE5eDSYeNeXEXAMPLEoDl\";",
            "    shared-secret \"<redacted>\";",
        ),
        (
            "key \"tsig\" { algorithm hmac-sha256; secret \"Zm9vYmFyYmF6SW52ZW50ZWQ=\"; };",
            "key \"tsig\" { algorithm hmac-sha256; secret \"<redacted>\"; };",
        ),
        (
            "redis-cli --no-auth-warning -a Inv3nted-Pw9 INFO",
            "redis-cli --no-auth-warning -a <redacted> INFO",
        ),
    ] {
        assert_eq!(redact_stable(text), expected, "{text}");
    }
    for text in [
        "2027-11-05 00:03:41.329336631 +0000 UTC m=+7095.886735835 image pull",
        " 48211 redis-cli --no-auth-warning INFO memory",
        "ANTHROPIC_API_KEY=sk-ant-api03-...  # placeholder in .env.example",
        "STRIPE_SECRET_KEY=rk_live_...Q7mZ  # last four only",
        "{\"otp_sent_to\":\"+1555555****\",\"verified\":true}",
        "the secret \"handshake\" was sent",
    ] {
        assert_eq!(redact_stable(text), text, "{text}");
    }
}

/// Found by the property tests at 20,000 cases: a word found by `rfind` and read from one byte
/// on panicked when the space before it was a multi-byte one (U+1680 before an ARN's `:`, a
/// path, a data URI). Each is read whole now.
#[test]
fn a_multi_byte_space_before_a_word_is_no_panic() {
    for text in [
        "\u{1680}:sk:0",
        "x \u{1680}:sk:0 y",
        "\u{1680}/run/secrets/x:password: y",
        "\u{3000}data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
    ] {
        redact_stable(text);
    }
}

/// Failure classes (held-out corpus 22): a cookie's value in a quoted JSON field was read from
/// its quote (nothing was found: `"erlang_cookie": "x"`, `{"Cookie": "a=x"}`), a Hadoop
/// configuration property's `<value>` was not looked for after a `<name>` naming a secret, and
/// an acronym beginning prose after a method named like a token (`...NewToken: API token`) was
/// redacted.
#[test]
fn quoted_cookies_and_configuration_properties_are_redacted() {
    assert_redacts(
        &[
            (
                r#"config loaded {"addr": ":8080", "erlang_cookie": "RQ019UDINVENT89TKDS"}"#,
                r#"config loaded {"addr": ":8080", "erlang_cookie": "<redacted>"}"#,
            ),
            (
                r#"{"Cookie": "theme=dark; sess=Inv3nted7Sess41"}"#,
                r#"{"Cookie": "theme=dark; sess=<redacted>"}"#,
            ),
            (
                "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>Inv3nted_Hive9</value>\n</property>",
                "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value><redacted></value>\n</property>",
            ),
        ],
        &[
            "jenkins.security.ApiTokenProperty$DescriptorImpl#doGenerateNewToken: API token 'ci-trigger' generated for user a.kovacs (value not logged)",
            "<property><name>fs.defaultFS</name><value>hdfs://nn1.internal:8020</value></property>",
            "<property><name>hadoop.security.credential.provider.path</name><value>jceks://hdfs/creds.jceks</value></property>",
        ],
    );
}

/// Failure classes (held-out corpus 23): a URL's password already masked by its client
/// (`:REDACTED@`) and a KMS ciphertext (a SecureString printed without decryption) were
/// redacted as secrets.
#[test]
fn a_masked_url_password_and_a_kms_ciphertext_are_kept() {
    assert_redacts(
        &[(
            r#"{"Type": "SecureString", "Value": "Inv3ntedPlainSecretValue9x2"}"#,
            r#"{"Type": "SecureString", "Value": "<redacted>"}"#,
        )],
        &[
            "Sidekiq connecting to Redis with options {:url=>\"rediss://default:REDACTED@master.sidekiq.ab12cd.euw1.cache.amazonaws.com:6379/0\"}",
            r#"{"Name": "/shop/prod/partner-key", "Type": "SecureString", "Value": "AQICAHhekqWmZhX2ZkZNQQhcqhbaXxIFa3QZg639KFpQAvNgnmn4Nuxq3idwB7VhaGBe61ExM4maerxdpEgZPwnkMdwm9JBoQFyTqqm0bb60VpqRlkoWCKzYIqWT", "Version": 4}"#,
        ],
    );
}

/// Failure classes (held-out corpus 29, and heldout13's leak of the same file): pppd's
/// `pap-secrets`/`chap-secrets` entries name no key, their secret is the third field; and what was
/// no secret: a program's field after a key (`token-auth: isAuthenticated=false`), a participle
/// after a prefix (`no user/password: SIM-authenticated APN`).
#[test]
fn ppp_secrets_files_and_fields_and_participles_after_a_key() {
    assert_redacts(
        &[
            (
                "# /etc/ppp/pap-secrets\n\"swu6932\" * \"InventSfeLMI5n3\" *",
                "# /etc/ppp/pap-secrets\n\"swu6932\" * \"<redacted>\" *",
            ),
            (
                "cat /etc/ppp/chap-secrets\n# client server secret IP\nbranch-07  l2tpd  Inv3nt_IX07hRW  10.9.7.2",
                "cat /etc/ppp/chap-secrets\n# client server secret IP\nbranch-07  l2tpd  <redacted>  10.9.7.2",
            ),
        ],
        &[
            // A secret read from a file, a wildcard and an empty secret are no secrets.
            "cat /etc/ppp/chap-secrets\nuser2 * @/etc/ppp/user2.pw *\nuser3 * \"\" *",
            // A message that names the file prints no entries.
            "pppd: cannot read /etc/ppp/chap-secrets: Permission denied\n  in auth.c line 1042 check_passwd",
            "custom authorizer bw-meter-token-auth: isAuthenticated=false for token sha256:1092cbaceb3a",
            "mmcli -m 0 --simple-connect=\"apn=iot.example\" (no user/password: SIM-authenticated APN)",
        ],
    );
    // A password with an `=` in it is still one.
    assert_eq!(redact("password: Summer=2024"), "password: <redacted>");
}

/// Failure classes (held-out corpus 28): AppSync's `da2-` API keys outside a key's value, a
/// Postfix `sasl_passwd` line (an SES SMTP relay's password); and what was no secret: a mask that
/// counts what it hid, a token's digest after its hash's name, a push service's device token.
#[test]
fn appsync_keys_and_sasl_passwd_and_masks_digests_and_device_tokens() {
    assert_redacts(
        &[
            (
                "NEXT_PUBLIC_APPSYNC_API_KEY=da2-tv3i9mnsy0d1e5gkINVENT7pbw",
                "NEXT_PUBLIC_APPSYNC_API_KEY=<appsync-key>",
            ),
            (
                "sync using API key da2-q3lemk9jyoexample0qiq0wqrm (expires 2029-03-30)",
                "sync using API key <appsync-key> (expires 2029-03-30)",
            ),
            (
                "[email-smtp.eu-west-1.amazonaws.com]:587 AKXCKHOKVLUQGJT2XE0Y:BDkrsqwBKxQEGcRv2y8/VoeCrDINVENT3GoqS",
                "[email-smtp.eu-west-1.amazonaws.com]:587 AKXCKHOKVLUQGJT2XE0Y:<redacted>",
            ),
        ],
        &[
            r#"{"IdToken":"eyJraWQiOi...<redacted 949 chars>","ExpiresIn":3600}"#,
            "verified id token (token sha256 a4aedcc6b44dd9ebd6fac25e778613a500c04cce58df8de0900ded7afbb4ab59)",
            r#"{"deviceToken":"48e4ccee4156c062a0bfd32e9753a3b186125bc1ae2c9dce82f506fc30d2aa11"}"#,
            "[email-smtp.eu-west-1.amazonaws.com]:587 ${SES_SMTP_USER}:${SES_SMTP_PASSWORD}",
        ],
    );
    // The relay's user, an address, is still one (personal data).
    assert_eq!(
        redact("[smtp.example.net]:587 relayuser@example.com:Inv3ntedPw99"),
        "[smtp.example.net]:587 <email>:<redacted>"
    );
    // A device's secret is still one.
    assert_eq!(
        redact("device_secret=Inv3ntedSecretValue99"),
        "device_secret=<redacted>"
    );
}

/// Failure classes (held-out corpus 27): Oracle's `user/password@` descriptor names no key, and
/// Airflow's Fernet-encrypted values (`gAAAAA…`, under Airflow's own key) were redacted as secrets.
#[test]
fn an_oracle_descriptor_is_redacted_and_a_fernet_token_kept() {
    assert_redacts(
        &[(
            "Failed to open connection to jdbc:oracle:thin:rx_extract/Invent_gulh6cF@//ora01:1521/RX",
            "Failed to open connection to jdbc:oracle:thin:rx_extract/<password>@//ora01:1521/RX",
        )],
        &[
            "jdbc:oracle:thin:@//db:1521/ORCL",
            "jdbc:oracle:thin:app/${DB_PASSWORD}@//db:1521/ORCL",
            "connection conn_id=loyalty_db is_encrypted=True password=gAAAAABnrmEJ3I51a9JHrrcO3U_ZJpDKuOhcu3Od3gW1Fxogu038LWvEm1wEp6xR_ZFvIHuvovuwHOss",
        ],
    );
}

/// Failure classes (held-out corpora 25 and 26): Windows writes secrets where no `key=value`
/// names them (a command line's switches and positions, an answer file's `<Value>` child,
/// PowerShell's plain text); and what only looked like secrets was redacted: a Windows switch read
/// as a path's segment, a PowerShell assignment of a command, a Key Vault reference, DPAPI and IIS
/// ciphertexts, a SealedSecret's YAML block, a setting's path whose section is `auth`.
#[test]
fn windows_command_lines_answer_files_and_powershell_and_their_look_alikes() {
    assert_redacts(
        &[
            (
                "cmdkey.exe /add:sql-a /user:QR\\svc-sis /pass:INVENT-lI73F6ij!",
                "cmdkey.exe /add:sql-a /user:QR\\svc-sis /pass:<redacted>",
            ),
            (
                "appcmd.exe set apppool /processModel.password:INVENT-BEJBjq9Q#",
                "appcmd.exe set apppool /processModel.password:<redacted>",
            ),
            (
                "net user kiosk Example.kJ56icqPhA1! /add",
                "net user kiosk <redacted> /add",
            ),
            (
                "schtasks.exe /Create /TN x /RU QR\\svc /RP Invent_Zez9Th0UJ",
                "schtasks.exe /Create /TN x /RU QR\\svc /RP <redacted>",
            ),
            (
                "certutil.exe -f -p Example.Mml7eKrY2 -importpfx C:\\q.pfx",
                "certutil.exe -f -p <redacted> -importpfx C:\\q.pfx",
            ),
            (
                "ldifde.exe -i -f u.ldf -b svc-ldap CORP Example.5lDiiJT0",
                "ldifde.exe -i -f u.ldf -b svc-ldap CORP <redacted>",
            ),
            (
                "reg add \"HKLM\\x\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"Example.1u3nDV#\" /f",
                "reg add \"HKLM\\x\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"<redacted>\" /f",
            ),
            (
                "Set-ItemProperty -Path 'HKLM:\\x\\Winlogon' -Name DefaultPassword -Value 'INVENT-lK6m9O%'",
                "Set-ItemProperty -Path 'HKLM:\\x\\Winlogon' -Name DefaultPassword -Value '<redacted>'",
            ),
            (
                "PS C:\\> $s = 'EXAMPLE-5zpWhOnZ#' | ConvertTo-SecureString -AsPlainText -Force",
                "PS C:\\> $s = '<redacted>' | ConvertTo-SecureString -AsPlainText -Force",
            ),
            (
                "(ConvertTo-SecureString -AsPlainText -Force -String 'EXAMPLE-Ofnn$')",
                "(ConvertTo-SecureString -AsPlainText -Force -String '<redacted>')",
            ),
            (
                "<AutoLogon><Password><Value>Example.m8dpOKTe9z$</Value><PlainText>true</PlainText></Password>",
                "<AutoLogon><Password><Value><redacted></Value><PlainText>true</PlainText></Password>",
            ),
        ],
        &[
            "docker run -v /secrets:/run/secrets:ro app",
            "reg add \"HKLM\\x\\Winlogon\" /v AutoAdminLogon /t REG_SZ /d \"1\" /f",
            "net user kiosk /domain",
            "$pw = ConvertTo-SecureString $env:SVC_DEPLOY_PASSWORD -AsPlainText -Force",
            "$pw = Read-Host -AsSecureString -Prompt 'Password for svc-deploy'",
            "$cred = New-Object System.Management.Automation.PSCredential('QR\\svc', $pw)",
            "$cred = [pscredential]::new('sa', $pw)",
            "AzureAd__ClientSecret=@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/portal/)",
            "<add key=\"Password\" value=\"AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAbTvXwPexPFhK4D9QAFYOBXvrVquGcP2GyMuQdOFc\" />",
            "password=\"[enc:IISWASOnlyCngProvider:VGTgo+JhVbTvXwPexPFhK4D9QAFYOBXvrVquGcP2GyMuQdOFc/vydT05B:enc]\"",
            "<Value>*SENSITIVE*DATA*DELETED*</Value>",
            "spec:\n  encryptedData:\n    api-secret: AgBwPEQs7S6QdkYfQRc8tYewjnpNC3RGGwoY7Uyt+SjKbwFEARPKSsSU2aSeFtn/GmDBO1m9bQ0LBYLX4Ntl2EyrAHEZ",
            "helm install x --set auth.username=admin --set auth.database=orders --set auth.existingSecret=db-app",
        ],
    );
    // A setting's path whose last part holds the setting's own value is still the secret's.
    for (text, expected) in [
        (
            "sso.token.value=Inv3ntedTok3nValue99",
            "sso.token.value=<redacted>",
        ),
        ("db.password.plain=Inv3ntedPw99x", "db.password.plain=<redacted>"),
        ("app.secret.data: Inv3ntedPw99xZZ", "app.secret.data: <redacted>"),
    ] {
        assert_eq!(redact(text), expected);
    }
    // The password alone is a secret still, `$password = Blue-Sky`: a cmdlet's verb is PowerShell's.
    assert_eq!(
        redact("$password = EXAMPLE-ZCnTiKBNIeppCj -e prod"),
        "$password = <redacted> -e prod"
    );
}

/// Failure classes (held-out corpus 24, after its rules): a device names the hash a key feeds
/// between the key and its value (`ntp authentication-key 8 md5 x`, OSPF's `message-digest-key 1
/// md5 x`, SNMPv3's `auth sha x`), a bare `key` took a typed value (TACACS+'s `key 7 x`), Junos
/// writes its secrets as a reversible `$9$` encoding after any key, and a password hash was
/// redacted in two pieces with its tail left.
#[test]
fn a_device_key_after_its_hash_a_junos_secret_and_a_whole_hash_are_redacted() {
    assert_redacts(
        &[
            (
                "ntp authentication-key 8 md5 Inv3nt.76cu4xqn1$",
                "ntp authentication-key 8 md5 <redacted>",
            ),
            // (Key 7's id is no storage type.)
            (
                "ntp authentication-key 7 md5 Inv3nt.76cu4xqn1$",
                "ntp authentication-key 7 md5 <redacted>",
            ),
            (
                "b'ip ospf message-digest-key 1 md5 Invent_KQJLgQ#\\n'",
                "b'ip ospf message-digest-key 1 md5 <redacted>\\n'",
            ),
            (
                "snmp-server user librenms V3-RO v3 auth sha INVENT-vDMGTf@ priv aes 128 (see vault)",
                "snmp-server user librenms V3-RO v3 auth sha <redacted> priv aes 128 (see vault)",
            ),
            (
                "tacacs-server host 10.60.9.41 key 7 oX1INVENTirpMnE5",
                "tacacs-server host 10.60.9.41 key 7 <redacted>",
            ),
            (
                "set system radius-server 10.69.29.66 secret \"$9$UkINVENTKZkFt7Amz.AyuDvya-\"",
                "set system radius-server 10.69.29.66 secret \"<junos-secret>\"",
            ),
            (
                "write_channel: b'set security ike policy ike-a pre-shared-key ascii-text \"$9$h-YVqUgINVENTRR\"'",
                "write_channel: b'set security ike policy ike-a pre-shared-key ascii-text \"<junos-secret>\"'",
            ),
            (
                "password: \"$6$K4E8nRdINVENTugX$ezUGvdFZDJNQFkwVhWQuQolF8jEhWUbapOzJm2RQ8hTbLe/rO1f5g8qQoaDZ.sqH9J0.JsCK\"",
                "password: \"<redacted>\"",
            ),
        ],
        &[
            // Cisco's type 9 is a one-way hash, `$9$<salt>$<hash>` (its hash is a long random word).
            "enable secret 9 $9$hIsPwrefN1ho/.$lFyQayxtRofo51MeA.BXhLoI3Ema699DFs.HIwjA0z7",
            "auth md5 failed for peer 10.0.0.1",
            "the partition key 0 Foo was rebalanced",
            "key 7 of the ring",
        ],
    );
}

/// Failure classes (held-out corpus 24): a network device's configuration writes how a secret is
/// stored between its key and its value (`password 0 x`, `password 7 x`), and the type digit was
/// read as the value; an SNMP community and a key chain's `key-string` were no secret keys.
#[test]
fn a_device_secret_after_its_storage_type_is_redacted() {
    assert_redacts(
        &[
            (
                "username breakglass privilege 15 password 0 Invent_Sx5xoNg!",
                "username breakglass privilege 15 password 0 <redacted>",
            ),
            (
                "enable password 7 0822455D0A16INVENT",
                "enable password 7 <redacted>",
            ),
            // SNMP's community and a key chain's key string name no secret noun.
            (
                "snmp-server community Invent-irlbNQR5ek0L50 RO SNMP-POLLERS",
                "snmp-server community <redacted> RO SNMP-POLLERS",
            ),
            ("key-string 7 04a108b4126cINVENT955b", "key-string 7 <redacted>"),
            // A routing protocol's or a time server's shared key.
            (
                "ntp authentication-key Inv3ntedNtpKey9x",
                "ntp authentication-key <redacted>",
            ),
            (
                "line vty 0 4\n password 7 121ee550e426cafINVENT18\n transport input ssh",
                "line vty 0 4\n password 7 <redacted>\n transport input ssh",
            ),
        ],
        &[
            // A one-way hash (type 5, 8, 9) and a count are no stored secret.
            "enable secret 9 <hash>",
            "password 0 of 3 attempts left",
            "password 7 Days before it expires",
            "Welcome to the community edition",
        ],
    );
}

/// Failure class: a credential handed to a client as a positional argument, where no key names
/// it (held-out rounds 9, 10, 12, 20).
#[test]
fn credentials_passed_to_a_client_as_arguments_are_redacted() {
    let cases = [
        (
            "INFO\ttwilio(AC27d10cef6f0d75ddf9a0f9bf01f2de2a, 7ad434EXAMPLEed562f6faf9138b2656).messages.create",
            "INFO\ttwilio(AC27d10cef6f0d75ddf9a0f9bf01f2de2a, <redacted>).messages.create",
        ),
        (
            "customerio: APIClient('0ade8f732a94f66952cde0c6ab39df66', region=Regions.EU) send_email",
            "customerio: APIClient('<redacted>', region=Regions.EU) send_email",
        ),
        (
            "worker: Fernet(b'7a6kzn9sVNlyj-vXRizCvs_RmN4MXxpXI10xDRZa29Q=') initialised",
            "worker: Fernet(b'<redacted>') initialised",
        ),
        (
            "cfg.UseEncryption(Convert.FromBase64String(\"PQVXebZrzm7NRVTxCuQxwHRRBMO8X167REXAMPLEFqs=\"));",
            "cfg.UseEncryption(Convert.FromBase64String(\"<redacted>\"));",
        ),
        (
            "new ClientSecretCredentials(\"svc-orders\", \"q7Z2xK9pL1wInventedR4nd0mEx\")",
            "new ClientSecretCredentials(\"svc-orders\", \"<redacted>\")",
        ),
        (
            "HTTPError: 401 (auth=('api_bwyn6QRQrk1F3TQX7fAU8p.xD76gTkVUbuHim1EWKMVC2', ''))",
            "HTTPError: 401 (auth=('<redacted>', ''))",
        ),
        (
            "search = SearchClient.create('PLSE0RUWJQ', 'Qk9YInventedR4nd0mK3yExample7aZ')",
            "search = SearchClient.create('PLSE0RUWJQ', '<redacted>')",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "HttpClient(handler) created for https://orders.internal/v1",
            "ClientSecretCredential(tenant_id='0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', client_id=...)",
            "S3Client(region=eu-west-1, retries=3) ready",
            "client(12) connected",
            "KafkaClient('orders-consumer-group-2029', 'broker-1.internal:9092')",
            "MongoClient('mongodb://db.internal:27017/orders')",
            "authorize(user_id=481516, scope='orders:read')",
            "stytch.Client(project_id=\"project-live-fc7c6b79-e434-4ea2-94bb-d71717a3c1e9\")",
            "SSHClient.connect(username='feed', pkey=<paramiko.Ed25519Key SHA256:Uq2Xb9kT4nV7pL1sR8dF3gH6jK0mZ5cW2eY9aQ4tB7o>)",
            "client error (status 429) on GetObject",
        ],
    );
}

/// Failure class: a mask or a variable's name read as the value it stands for: Rust's `Debug` of
/// an `Option` (`Some(***)`), a URL's `**redacted**`, an environment variable's name after a key
/// (heldout33).
#[test]
fn masks_and_variable_names_in_a_values_place_are_kept() {
    let cases = [
        (
            "Settings { redis: RedisSettings { password: Some(Inv3ntedPw!x) } }",
            "Settings { redis: RedisSettings { password: Some(<redacted>) } }",
        ),
        (
            "Settings { password: Some(\"Inv3ntedPw!x\") }",
            "Settings { password: Some(\"<redacted>\") }",
        ),
        ("token=GHS_Inv3nted_9x", "token=<redacted>"),
    ];
    assert_redacts(
        &cases,
        &[
            "Settings { redis: RedisSettings { url: \"redis://cache:6379\", password: Some(***) }, concurrency: 8 }",
            "Settings { password: None }",
            "Repo config: [otp_app: :larch, url: \"ecto://larch_app:**redacted**@db.internal/larch\"]",
            "url: \"postgres://app:[hidden]@db.internal/x\"",
            "secrets: DB_PASSWORD valueFrom arn:aws:secretsmanager:eu-central-1:111122223333:secret:prod/db-XFKMH6",
            "InitiateAuth {\"AuthFlow\":\"REFRESH_TOKEN_AUTH\"}",
        ],
    );
}

/// Failure class: a password file's entry, `user:` and a hash in the modular crypt format, kept
/// its hash (an `htpasswd` line, a Traefik label's `$$`-escaped `$apr1$`; held-out rounds 12 and
/// 34). A device's configured hash is kept, as secret scanners keep it.
#[test]
fn password_file_entries_lose_their_hash() {
    let cases = [
        (
            "ops:$2y$05$nc6FsxJFj94iDqXeGF8W8E01Invent8t/HbWuLfu5Utqs/0fjiuAM",
            "ops:<password-hash>",
        ),
        (
            "traefik.http.middlewares.admin-auth.basicauth.users=metrics:$$apr1$$Zj34qPQG$$CHK34p.6InventkSrZB.Ay",
            "traefik.http.middlewares.admin-auth.basicauth.users=metrics:<password-hash>",
        ),
        (
            r#"{"basicAuth":{"users":["metrics:$apr1$Q9BdjQxX$XcHhtExamplec6ssFcBdvj"]}}"#,
            r#"{"basicAuth":{"users":["metrics:<password-hash>"]}}"#,
        ),
        (
            "root:$6$rounds=5000$saltsalt$Qk9YInventedHashValueAAAAAAAAAAAAAAAAAA:19000:0:99999:7:::",
            "root:<password-hash>:19000:0:99999:7:::",
        ),
    ];
    assert_redacts(
        &cases,
        &[
            "price $5$ off today",
            "awk '{print $1$2}' orders.csv",
            "enable secret 5 $1$4FQM$ZhasbG1I/8Oitzi.J0df/G",
        ],
    );
}

/// Failure class (held-out corpora 21 and 34): a CLI's table writes a key as two words (Nomad's
/// `Secret ID    = <token>`): the second word is the key's.
#[test]
fn a_tables_two_word_key_is_one_key() {
    assert_redacts(
        &[(
            "Accessor ID  = 8ec06415-2582-4332-a8d9-ada2cd7383b9\nSecret ID    = be2b99da-66f4-4ff9-82d0-9def5d07341f\nName         = ci-deployer",
            "Accessor ID  = 8ec06415-2582-4332-a8d9-ada2cd7383b9\nSecret ID    = <redacted>\nName         = ci-deployer",
        )],
        &[
            "Token Type: Bearer",
            "Password Length: 12",
            r#"<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><redacted></wsse:Password>"#,
        ],
    );
}

/// Failure class (held-out corpora 21 and 22): a TSIG key given to `dig` or `nsupdate` as
/// `-y algorithm:name:secret`.
#[test]
fn a_tsig_keys_secret_after_its_algorithm_and_name() {
    assert_redacts(
        &[(
            "nsupdate -y hmac-sha256:ddns-ec2:e8nR6a7+5sINVENT+TW9VUeyr6q3lj8maZ0rXIp1X3E= /tmp/r53-update.txt",
            "nsupdate -y hmac-sha256:ddns-ec2:<redacted> /tmp/r53-update.txt",
        )],
        &[
            "key \"ddns-ec2\" { algorithm hmac-sha256; };",
            "TSIG error with server: tsig verify failure (hmac-sha256)",
        ],
    );
}

/// Failure class (held-out corpus 35): what stands where a value would be, a note in brackets or a
/// template's placeholder between double underscores, and a key naming a digest's prefix after a
/// number (`tokenSha256Prefix`), were read as secrets.
#[test]
fn notes_placeholders_and_digest_keys_in_a_values_place_are_kept() {
    assert_redacts(
        &[
            ("Password=Inv3nted-Pw (rotated)", "Password=<redacted> (rotated)"),
            (
                r#"{"tokenSha256":"x","token":"Inv3ntedTokenValue99"}"#,
                r#"{"tokenSha256":"x","token":"<redacted>"}"#,
            ),
        ],
        &[
            "Server=db;Username=fraud_app;Password=(from secrets manager);Database=fraud",
            "Username=fraud_app;Password=(from secret arn:aws:secretsmanager:eu-central-1:111122223333:secret:rds!cluster-1);Database=fraud",
            "Braintree__PrivateKey=__FROM_SECRETS_MANAGER__",
            r#"{"tokenSha256Prefix":"c6f4662d7d8e","x":1}"#,
        ],
    );
}

/// A ticket that authenticates is a long random token (Steam's session ticket, an Icinga agent's
/// join ticket); a support desk's is a short reference, a matchmaker's a UUID that names it.
#[test]
fn authenticating_tickets_are_secrets_references_to_tickets_are_not() {
    assert_redacts(
        &[
            (
                r#"{"provider":"steam","ticket":"C188EBCA554C9D1DB1644E66AE59ED61BF568790CCFB0555A592ED35"}"#,
                r#"{"provider":"steam","ticket":"<redacted>"}"#,
            ),
            (
                "GET /ISteamUserAuth/AuthenticateUserTicket/v1/?appid=2984110&ticket=2E62115BC831F121C159BE29D21B04A59C6DD0",
                "GET /ISteamUserAuth/AuthenticateUserTicket/v1/?appid=2984110&ticket=<redacted>",
            ),
            (
                "icinga2 node setup --ticket c41c039af000b658b07bee30af6f4a2e768c354d --zone web-04",
                "icinga2 node setup --ticket <redacted> --zone web-04",
            ),
        ],
        &[
            "ticket=INC0012345 assigned to ops",
            "ticket b1b2d04f-b3b3-4ae5-902f-2b6f05cdc93d signed (kid tw-mm-2029-12)",
            r#"{"ticketId":"b1b2d04f-b3b3-4ae5-902f-2b6f05cdc93d","status":"SEARCHING"}"#,
            "Kerberos ticket expired, renewing",
        ],
    );
}

/// A wallet's secrets (heldout40; every value invented): BIP39 words under `mnemonic`, an
/// Ethereum private key as a 256-bit hex literal under a secret's name, a WIF key or an extended
/// private key in an output descriptor. Public keys stay: an `xpub`, also with its path.
#[test]
fn wallet_keys_and_recovery_words_are_redacted_public_keys_kept() {
    assert_redacts(
        &[
            (
                r#"cast wallet address --mnemonic "carbon advance beef example cable" --mnemonic-index 3"#,
                r#"cast wallet address --mnemonic "<redacted>" --mnemonic-index 3"#,
            ),
            (
                r#"{"network":"bitcoin","mnemonic":"affair farm effort before example"}"#,
                r#"{"network":"bitcoin","mnemonic":"<redacted>"}"#,
            ),
            (
                "GAS_STATION_PRIVATE_KEY=0x06d2fdd0af0c58dd9aeccebc204fa5746eb468a3e5bd1ec59354d0469cf9f667",
                "GAS_STATION_PRIVATE_KEY=<redacted>",
            ),
            (
                r#"importdescriptors '[{"desc": "wpkh(KWeya3GKjhjEXAMPLEE9qPJypVu2azp94iDgnWw4CsfM8HMAsZkv)"}]'"#,
                r#"importdescriptors '[{"desc": "wpkh(<private-key>)"}]'"#,
            ),
            (
                "desc=tr([d34db33f/86h/0h/0h]xprvay7Ty4vuMoqNFpALBaLmEXAMPLEuKWsBzeEYUa5BeEfse16WgL8DvGWW7XhxNgWKwbdsG53tAfRCsoV7voTDe2TXaGzFVstoDBBLHj6CtNB)",
                "desc=tr([d34db33f/86h/0h/0h]<private-key>)",
            ),
        ],
        &[
            "sessionid:0x14f4a6318b80019",
            "sweep wallet xpub=xpubrG4GC4tZGETkUXLLZG3tEXAMPLEhqSq3uBiwBLqs2LQSijrUMao3bwgaHeXHhnb2aEe3dQKoq83eZcd2L2H8BrCed22voPqDNfTX3kpCK2X account=0",
            r#"params=["wpkh([aa00cc86/84h/0h/0h]xpubrG4GC4tZGETkUXLLZG3tEXAMPLEhqSq3uBiwBLqs2LQSijrUMao3bwgaHeXHhnb2aEe3dQKoq83eZcd2L2H8BrCed22voPqDNfTX3kpCK2X/0/*)"]"#,
            "tx 0x5aeaf8277fd253fd541d9eb7766c6326855e3105 --mnemonic-index 30",
        ],
    );
}

/// Secrets of trading and shell scripts (heldout40; every value invented): a FIX logon's
/// password (tag 554) in any rendering of its separator, a value echoed into a file named for a
/// secret. Kept: a method in an authentication field before the next field, a bracketed mask.
#[test]
fn fix_passwords_and_secrets_written_to_files_are_redacted() {
    assert_redacts(
        &[
            (
                "8=FIX.4.4\u{1}35=A\u{1}553=desk\u{1}554=INVENT9HUvZoJ6\u{1}10=055\u{1}",
                "8=FIX.4.4\u{1}35=A\u{1}553=desk\u{1}554=<password>\u{1}10=055\u{1}",
            ),
            (
                "8=FIX.4.4|35=A|553=desk|554=Example.uAnim~|10=172|",
                "8=FIX.4.4|35=A|553=desk|554=<password>|10=172|",
            ),
            (
                "+ echo 0dc2493c3eb06c1aa8b5a2b88cf732d8e6bc00f3644f0149eafe89cbc096eaf0 > /secrets/jwt.hex",
                "+ echo <redacted> > /secrets/jwt.hex",
            ),
            (
                "printf %s Invent-pw-123 | sudo tee /etc/app/api_key",
                "printf %s <redacted> | sudo tee /etc/app/api_key",
            ),
        ],
        &[
            r#"echo "$DB_PASSWORD" > /run/secrets/db_password"#,
            "echo 1 > /proc/sys/kernel/keys/maxkeys",
            "url=rediss://cache:6379/0 auth=iam pool=64",
            "method=listsinceblock auth=cookie",
            "headers: {'x-app-access-sig': '[secure]', 'ts': '1898763662'}",
        ],
    );
}

/// A Sentry DSN given as its key alone, 32 hex digits under a `dsn` key (held-out corpora 20,
/// 22 and 23; values invented); a DSN that is a URL or a connection string, and DB2's `DSN`
/// command, are kept.
#[test]
fn a_sentry_dsn_key_alone_is_redacted() {
    assert_redacts(
        &[
            (
                "Integrations:SentryDSN=47INVENT4d5eede41297d1b61e70f4ca (EnvironmentVariables)",
                "Integrations:SentryDSN=<redacted> (EnvironmentVariables)",
            ),
            (
                "-Dsentry.dsn=b880f6e3278INVENT047a6e9a96b14a4 -jar app.jar",
                "-Dsentry.dsn=<redacted> -jar app.jar",
            ),
        ],
        &[
            "DATABASE_DSN=postgres://app@db:5432/orders",
            "dsn: host=db dbname=orders",
            "  DSN SYSTEM(DBP1)",
        ],
    );
}

/// A password glued to whose it is (`dbpass`, Moodle's `$CFG->dbpass`; heldout42, invented), not
/// a word that merely ends in `pass`.
#[test]
fn a_password_glued_to_its_owner_is_a_key() {
    assert_redacts(
        &[(
            "$CFG->dbpass    = 'Invent_9V4HqKCtXLE~';",
            "$CFG->dbpass    = '<redacted>';",
        )],
        &[
            "bypass=true lowpass=0.5 compass: north",
            "surpass: 3 trespass=blocked",
            r#"s3 client config: {"region":"ca-central-1","credentials":"instance-profile"}"#,
        ],
    );
}

#[test]
fn a_closing_bracket_or_ampersand_inside_a_generated_secret_is_part_of_it() {
    assert_redacts(
        &[
            (
                "DJANGO_SECRET_KEY=q8)f3pInvent!yq6*9m)ab",
                "DJANGO_SECRET_KEY=<redacted>",
            ),
            (
                "Bound app.secret-key=x7)m(zs_!INVENT&0vt1(s@m",
                "Bound app.secret-key=<redacted>",
            ),
            (
                "  api-key: Xy)MJsExample0#anBi]H2\n  region: eu",
                "  api-key: <redacted>\n  region: eu",
            ),
            ("password=Invent7&=l0v6*&a^b done", "password=<redacted> done"),
            // Another key after it, or closers alone, end the value.
            ("x?password=Invent7q&user=ops", "x?password=<redacted>&user=ops"),
            (
                "login(password=Invent7q) failed",
                "login(password=<redacted>) failed",
            ),
            (
                "{user=ops, password=Invent7q}]",
                "{user=ops, password=<redacted>}]",
            ),
            ("[password=Invent7q],host:db1", "[password=<redacted>],host:db1"),
        ],
        &[],
    );
}

/// Failure classes (held-out corpus 47): a SIM's Milenage keys after their names, Python's bytes
/// literal, `auth_password` (a secret named after whose it is), a REPL's `> password x`, and
/// FreeRADIUS' and SIPp's test clients; a request number after FreeRADIUS' `Auth:` is kept.
#[test]
fn telecom_keys_and_test_clients() {
    assert_redacts(
        &[
            (
                r#"{"security": {"k": "c49da294f03375156947449e9aa5174f", "amf": "8000", "op": null, "opc": "****"}}"#,
                r#"{"security": {"k": "<redacted>", "amf": "8000", "op": null, "opc": "****"}}"#,
            ),
            (
                "eap_aka: OPc=b65222376a4ef26c937f943b1db80839, AMF=8000",
                "eap_aka: OPc=<redacted>, AMF=8000",
            ),
            (
                r#"body: {\"imsi\":\"311920000000001\",\"ki\":\"e7b97ef9fb0b9066affb74d35b0ed1e7\"}"#,
                r#"body: {\"imsi\":\"311920000000001\",\"ki\":\"<redacted>\"}"#,
            ),
            (
                "BindTransceiver(seqNum=98, system_id=b'corvaline01', password=b'Invent7Q', system_type=b'')",
                "BindTransceiver(seqNum=98, system_id=b'corvaline01', password=b'<redacted>', system_type=b'')",
            ),
            (
                "INSERT INTO uacreg (l_uuid, auth_username, auth_password) VALUES ('cw2', 'corvaline', 'Invent_Q71Vea7Ik')",
                "INSERT INTO uacreg (l_uuid, auth_username, auth_password) VALUES ('cw2', 'corvaline', '<redacted>')",
            ),
            (
                "jcli : smppccm -u carrier-b\n> password INVENT7zh\n> ok",
                "jcli : smppccm -u carrier-b\n> password <redacted>\n> ok",
            ),
            (
                "+ radtest -t pap m2m-fleet-8581 test-pass 127.0.0.1 0 vGLxInventUc5r7I4Dc",
                "+ radtest -t pap m2m-fleet-8581 test-pass 127.0.0.1 0 <redacted>",
            ),
            (
                "echo \"Acct-Status-Type = Start\" | radclient -x 10.42.1.10:1813 acct 'glhiXH5RExampleRYgLj'",
                "echo \"Acct-Status-Type = Start\" | radclient -x 10.42.1.10:1813 acct '<redacted>'",
            ),
            (
                "sipp -sn uac -au 1360 -ap 'Invent-1BuT1hl' -r 5 edge:5060",
                "sipp -sn uac -au 1360 -ap '<redacted>' -r 5 edge:5060",
            ),
        ],
        &[
            "Wed Sep  5 09:41:12 2030 : Auth: (33176) Login OK: [m2m-1] (from client pgw-01 port 0)",
            "BindTransceiver(seqNum=39, password=b'<hidden>', system_type=b'')",
            // A hash that is no key's value, an operation, and a `k` that is no key.
            r#"{"op": "add", "k": 3, "trace": "4bf92f3577b34da6a3ce929d0e0e4736"}"#,
            "> password changed",
        ],
    );
}

/// Failure classes (held-out corpus 48): a class named after the secret it handles (a Spring
/// logger's `OhipTokenClient`), a card's token, a SASL mechanism named alone, and PKCE's
/// `code_challenge` name no secret; a card's PIN and `AUTH PLAIN <credential>` still do.
#[test]
fn handlers_card_tokens_mechanisms_and_challenges_are_no_secrets() {
    assert_redacts(
        &[
            (
                "C: AUTH PLAIN AGJvYgBJbnZlbnQ3UXpYeTk=",
                "C: AUTH PLAIN <redacted>",
            ),
            ("card_password=Invent7Qx9", "card_password=<redacted>"),
        ],
        &[
            "c.b.pmshub.ohip.OhipTokenClient          : POST /oauth/v1/tokens body: grant_type=client_credentials",
            "c.c.fhir.security.SmartAuthInterceptor   : JWKS cache refreshed from https://sso.example/certs (3 keys)",
            r#"{"booking_ref":"BMQGHABN","card_token":"tok_Nqxkgi5rquw3MqVK2ujC","last4":"0515"}"#,
            "msg=\"check synced\" card_token=tc_tok_a6j8d2CueDPunTKR total=46.36",
            "swaks --server smtp:587 --tls --auth LOGIN --auth-user \"$U\" --auth-password \"$P\"",
            "GET /portal/sso?state=j5jn&code_challenge=H3hEJAG3PUAitqeChmRYWeHVyX8fPBQeB779fhQxu0k HTTP/1.1",
        ],
    );
}

/// A password hash in the PHC string format is one value, its parameters' commas included (it
/// was cut at the first comma, leaving its salt and hash to other rules).
#[test]
fn a_phc_password_hash_is_one_value() {
    assert_redacts(
        &[
            (
                "encrypted_password: $argon2id$v=19$m=65536,t=3,p=4$8aWTZKDO3zkX5P$huTx8aWTZKDO3zk (user 9912)",
                "encrypted_password: <redacted> (user 9912)",
            ),
            (
                "password=$6$K4E8nRdNKm672ugX$ezUGvdFZDJ, next=1",
                "password=<redacted>, next=1",
            ),
        ],
        &["password=$PGPASS,user=x"],
    );
}

/// Failure class (held-out corpus 49): a key's qualifier right before the noun makes it a
/// credential though a part that names no credential (`device`, as in `deviceToken`) comes first.
#[test]
fn a_qualified_key_after_device_is_a_credential() {
    let redacted = redact("device_hmac_key = telBp0jgDzR55fMela2q5GEXAMPLEXPXTSQgZTnX2P6=");
    assert!(!redacted.contains("telBp0jgDzR55"), "{redacted}");
    for line in [
        "deviceToken=abcdef0123456789abcdef0123456789",
        "max_api_tokens=4096",
    ] {
        assert_eq!(redact(line), line);
    }
}

/// Failure class (held-out corpus 49): a PIN after its key, as digits or as a PKCS #11 login
/// (CloudHSM's `<user>:<password>`); `pin` inside a word or as another setting's name is kept.
#[test]
fn a_pin_is_a_secret_where_it_is_shaped_like_one() {
    assert_redacts(
        &[
            ("pin = drawd_signer:ExampleG5F7Cda3r", "pin = <redacted>"),
            (
                "HSM_PIN=drawd_signer:InventZDI5K74f\nAWS_REGION=eu-central-1",
                "HSM_PIN=<redacted>\nAWS_REGION=eu-central-1",
            ),
            ("card_pin: 482193", "card_pin: <redacted>"),
        ],
        &[
            "pin=true",
            "pin_memory=1",
            "ping=1234",
            "shipping: 12345",
            "pin: v1.2.3",
            r#""pin": "latest""#,
        ],
    );
}

/// Failure class (held-out corpus 50): a key that describes one secret noun may still end with
/// the secret itself (.NET's `TokenVault__ClientSecret`: the token client's secret), while one
/// ending with another noun names where a secret is kept (`userPasswordKey`); a placeholder's
/// kind before its `:` (`<secret:pids/pa-sip>`) is no key.
#[test]
fn a_key_ending_with_the_secret_is_a_credential_whatever_it_describes_first() {
    assert_redacts(
        &[
            (
                "TokenVault__ClientId=sedgecombe-farepay\nTokenVault__ClientSecret=K5XkATRW7nJuZ0kNExampleULYqI6KctqkMU",
                "TokenVault__ClientId=sedgecombe-farepay\nTokenVault__ClientSecret=<secret>",
            ),
            (
                "TOKEN_CLIENT_SECRET=K5XkATRW7nJuZ0kNExampleULYqI6KctqkMU",
                "TOKEN_CLIENT_SECRET=<secret>",
            ),
        ],
        &[
            "--set auth.secretKeys.userPasswordKey=password",
            "token_type=Bearer",
            r#"{"username":"pids-pa","password":"<secret:pids/pa-sip>"}"#,
        ],
    );
}

/// Failure class (held-out corpus 51): a request's path, its segments a resource's name and
/// ids, is no random word, though its line names `authorization`; a path with a random segment
/// (a webhook's secret) still is one.
#[test]
fn a_request_path_is_no_random_word() {
    assert_redacts(
        &[(
            r#"{"url":"/services/T0123ABCD/B0123ABCD/Hx8kd9EXAMPLEq2Lm4Np7Rs","authorization":"x"}"#,
            r#"{"url":"<secret>","authorization":"x"}"#,
        )],
        &[
            r#"{"req":{"method":"GET","url":"/v1/payslips/PS-2031-01-FLKZOYKY.pdf","headers":{"authorization":"[Redacted]"}}}"#,
            r#"{"req":{"id":13999,"method":"GET","url":"/v1/payslips/PS-2031-01-4ZGBTRNT"},"res":{"statusCode":200}}"#,
        ],
    );
}

/// Failure class (held-out corpora 12 and 52): a secret told in prose after its noun (`with
/// secret …`, `radius secret …`) when it has a generated token's shape; a secret's name after
/// the same noun is kept.
#[test]
fn a_generated_secret_after_its_noun_in_prose_is_redacted() {
    assert_redacts(
        &[
            (
                "verifying with secret Inv3nt.7udBMoyQiddUrO9 now",
                "verifying with secret <redacted> now",
            ),
            (
                r#"ipset restore: create radius-clients hash:ip comment "radius secret Inv3nt.7udBMoyQiddUrO9""#,
                r#"ipset restore: create radius-clients hash:ip comment "radius secret <redacted>""#,
            ),
        ],
        &[
            "rotating secret orders-api-key-2030 now",
            "secret rotated for prod/db",
        ],
    );
}

/// Failure class (held-out corpus 52): WildFly's and JBoss EAP's credential reference holds the
/// password in the clear after `clear-text`; the words elsewhere are prose.
#[test]
fn wildfly_clear_text_credential_is_redacted() {
    assert_redacts(
        &[(
            r#"/subsystem=elytron/credential-store=cs:add(location=cs.p12, credential-reference={clear-text="Inv3nt.kk1K8qdfkbjr"}, create=true)"#,
            r#"/subsystem=elytron/credential-store=cs:add(location=cs.p12, credential-reference={clear-text="<redacted>"}, create=true)"#,
        )],
        &["rendering clear-text body of 12 kB", "mail sent as clear-text"],
    );
}

/// Failure class (held-out corpus 54): a URL signing key named `security_key` (Thumbor's
/// `SECURITY_KEY`), and an HTTP scheme's credentials glued to its name (Solr's
/// `-Dbasicauth=user:password`); a key's id and an authentication's method are kept.
#[test]
fn a_security_key_and_glued_basic_auth_are_credentials() {
    assert_redacts(
        &[
            (
                "SECURITY_KEY = 'PIKlOZETtxpInventKCEmxkt'",
                "SECURITY_KEY = '<redacted>'",
            ),
            (
                r#"SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr-admin:InventwyPocgqKJ2h""#,
                r#"SOLR_AUTHENTICATION_OPTS="-Dbasicauth=<redacted>""#,
            ),
        ],
        &[
            "security_key_id=sk-2031-04",
            "basicauth_method=form",
            "SOLR_AUTH_TYPE=basic",
        ],
    );
}

/// Failure class (held-out corpus 54): a request log's `cookie=` field that names its cookies
/// is read as the `Cookie` header is: each cookie's value redacted, its name and an
/// already redacted value kept.
#[test]
fn a_cookie_field_naming_its_cookies_keeps_the_names() {
    assert_redacts(
        &[(
            r#"INFO "GET /members/api/member/" 200 74ms cookie=gm_session=Inv3ntK8sd7f6g5h4j3k2"#,
            r#"INFO "GET /members/api/member/" 200 74ms cookie=gm_session=<redacted>"#,
        )],
        &[r#"INFO "GET /members/api/member/" 200 74ms cookie=gm_session=<redacted>"#],
    );
}

/// Failure class (held-out corpus 55): Oracle's wallet takes a credential's password as the
/// third argument of `-createCredential`; without it, it prompts. (The connect string after the
/// option is redacted too, by the rule for a key naming a credential: a name lost, no secret.)
#[test]
fn an_oracle_wallet_credential_password_is_redacted() {
    assert_redacts(
        &[(
            "mkstore -wrl /opt/oracle/wallet -createCredential PHARMSYNC pharm_sync Inv3ntMM9pyyX3fUhfW",
            "mkstore -wrl /opt/oracle/wallet -createCredential <redacted> pharm_sync <redacted>",
        )],
        &["mkstore -wrl /opt/oracle/wallet -listCredential"],
    );
    assert_redacts(
        &[(
            "mkstore -wrl /u01/wallet -createCredential CMPRD CM_APP -pwd Inv3ntMM9pyyX3fUhfW",
            "mkstore -wrl /u01/wallet -createCredential <redacted> CM_APP -pwd <redacted>",
        )],
        &[],
    );
}

/// Failure class (held-out corpus 56): ArubaOS' administrative user takes its password as the
/// third argument (after the session limit on 8.x), and a RADIUS server profile's key is typed
/// at its prompt; the command's other forms and a key's name elsewhere are kept.
#[test]
fn arubaos_user_passwords_and_radius_keys_are_redacted() {
    assert_redacts(
        &[
            (
                "mgmt-user netops-admin root Inv3nt.GcEvvOvYS",
                "mgmt-user netops-admin root <redacted>",
            ),
            (
                "mgmt-user netops-admin root 3 Inv3nt.GcEvvOvYS",
                "mgmt-user netops-admin root 3 <redacted>",
            ),
            (
                r#"(mc-t1-01) [mynode] (RADIUS Server "cppm-2") #key Inv3nt.QFJaOh"#,
                r#"(mc-t1-01) [mynode] (RADIUS Server "cppm-2") #key <redacted>"#,
            ),
        ],
        &[
            "mgmt-user localauth-disable",
            "mgmt-user netops-admin root ********",
            "mgmt-user ssh-pubkey client-cert ops-ca netops-admin root",
            "see #key bindings in the README",
        ],
    );
}
