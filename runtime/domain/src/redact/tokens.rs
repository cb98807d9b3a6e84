//! Secrets recognised by their own shape, wherever they appear: vendor tokens by prefix
//! ([`PREFIXED`], after gitleaks' default rules), structured secrets by pattern ([`PATTERNS`]:
//! webhooks, private keys, JWTs, URLs with credentials...), and long random base64 words
//! ([`blobs`]).
//!
//! Each prefix and pattern is a trigger of the line's one Aho-Corasick scan, so a line that
//! holds none of them never runs these rules.

use base64::Engine as _;
use regex::{Captures, Regex};

use super::Finding;

/// The characters a token's body is made of.
#[derive(Debug, Clone, Copy)]
pub(super) enum Body {
    /// `[A-Za-z0-9]`
    Alnum,
    /// `[A-Za-z0-9_]`
    Word,
    /// `[A-Za-z0-9_-]` (base64url)
    Url,
    /// `[A-Za-z0-9_.-]` (tokens made of dotted parts)
    Dotted,
    /// `[A-Za-z0-9_=+/-]` (base64 of either alphabet)
    Base64,
    /// `[A-Za-z0-9!@#$%^&*(=+)_-]` (Django's `get_random_secret_key` alphabet, and capitals for a
    /// key someone edited)
    Django,
    /// `[0-9a-fA-F]`
    Hex,
    /// `[0-9a-fA-F-]`
    HexDash,
}

impl Body {
    fn accepts(self, b: u8) -> bool {
        match self {
            Self::Alnum => b.is_ascii_alphanumeric(),
            Self::Word => b.is_ascii_alphanumeric() || b == b'_',
            Self::Url => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'),
            Self::Dotted => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'),
            Self::Base64 => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'=' | b'+' | b'/'),
            Self::Django => b.is_ascii_alphanumeric() || b"!@#$%^&*(=+)_-".contains(&b),
            Self::Hex => b.is_ascii_hexdigit(),
            Self::HexDash => b.is_ascii_hexdigit() || b == b'-',
        }
    }
}

/// A token that starts with a fixed, case-sensitive prefix.
#[derive(Debug)]
pub(super) struct Prefixed {
    pub(super) prefix: &'static str,
    body: Body,
    /// The body's shortest length. Kept below each vendor's documented length so a token
    /// copied with a character missing, or a newer longer format, is still caught.
    min: usize,
    placeholder: &'static str,
}

const fn t(prefix: &'static str, body: Body, min: usize, placeholder: &'static str) -> Prefixed {
    Prefixed {
        prefix,
        body,
        min,
        placeholder,
    }
}

use Body::{Alnum, Base64, Django, Dotted, Hex, HexDash, Url, Word};

/// Vendor tokens by prefix. Sources: gitleaks' default rules and each vendor's token format
/// documentation (formats only; every example in this repository is invented).
pub(super) const PREFIXED: &[Prefixed] = &[
    // GitHub: personal, OAuth, user-to-server, server-to-server, refresh; fine-grained PATs.
    t("ghp_", Alnum, 30, "<github-token>"),
    t("gho_", Alnum, 30, "<github-token>"),
    t("ghu_", Alnum, 30, "<github-token>"),
    t("ghs_", Alnum, 30, "<github-token>"),
    t("ghr_", Alnum, 30, "<github-token>"),
    t("github_pat_", Word, 40, "<github-token>"),
    // GitLab: personal, deploy, pipeline trigger, runner, OAuth, CI job, feed, agent tokens.
    t("glpat-", Url, 20, "<gitlab-token>"),
    t("gldt-", Url, 20, "<gitlab-token>"),
    t("glptt-", Url, 20, "<gitlab-token>"),
    t("glrt-", Url, 20, "<gitlab-token>"),
    t("GR1348941", Url, 20, "<gitlab-token>"),
    t("glsoat-", Url, 20, "<gitlab-token>"),
    t("glcbt-", Url, 20, "<gitlab-token>"),
    t("glft-", Url, 20, "<gitlab-token>"),
    t("glagent-", Url, 40, "<gitlab-token>"),
    t("gloas-", Url, 40, "<gitlab-token>"),
    // Slack: bot, user, app-level, refresh, configuration tokens.
    t("xoxb-", Url, 10, "<slack-token>"),
    t("xoxp-", Url, 10, "<slack-token>"),
    t("xoxa-", Url, 10, "<slack-token>"),
    t("xoxr-", Url, 10, "<slack-token>"),
    t("xoxs-", Url, 10, "<slack-token>"),
    t("xoxc-", Url, 10, "<slack-token>"),
    t("xoxe-", Url, 10, "<slack-token>"),
    t("xoxe.", Dotted, 20, "<slack-token>"),
    t("xapp-", Url, 10, "<slack-token>"),
    // Django's generated development key (`startproject` writes it into settings.py).
    t("django-insecure-", Django, 40, "<django-secret-key>"),
    // Stripe secret and restricted keys, webhook signing secrets.
    t("sk_live_", Alnum, 10, "<stripe-key>"),
    t("sk_test_", Alnum, 10, "<stripe-key>"),
    t("rk_live_", Alnum, 10, "<stripe-key>"),
    t("rk_test_", Alnum, 10, "<stripe-key>"),
    t("whsec_", Base64, 20, "<stripe-key>"),
    // Google: API keys, OAuth access tokens, OAuth client secrets.
    t("AIza", Url, 30, "<google-api-key>"),
    t("ya29.", Dotted, 30, "<google-token>"),
    t("GOCSPX-", Url, 20, "<google-secret>"),
    // Package registries and CI.
    t("npm_", Alnum, 30, "<npm-token>"),
    t("pypi-", Url, 40, "<pypi-token>"),
    t("dckr_pat_", Url, 20, "<docker-token>"),
    t("dckr_oat_", Url, 20, "<docker-token>"),
    t("rubygems_", Hex, 40, "<rubygems-key>"),
    t("oy2", Alnum, 40, "<nuget-key>"),
    t("CLOJARS_", Alnum, 40, "<clojars-token>"),
    t("pul-", Hex, 40, "<pulumi-token>"),
    t("bkua_", Hex, 40, "<buildkite-token>"),
    // Email and messaging.
    t("SG.", Dotted, 40, "<sendgrid-key>"),
    t("xkeysib-", HexDash, 60, "<brevo-key>"),
    t("xsmtpsib-", HexDash, 60, "<brevo-key>"),
    t("key-", Hex, 32, "<mailgun-key>"),
    t("SK", Hex, 32, "<twilio-key>"),
    // AI providers.
    t("sk-proj-", Url, 20, "<openai-key>"),
    t("sk-svcacct-", Url, 20, "<openai-key>"),
    t("sk-admin-", Url, 20, "<openai-key>"),
    t("sk-ant-", Url, 20, "<anthropic-key>"),
    t("sk-", Url, 32, "<api-key>"),
    t("hf_", Alnum, 30, "<huggingface-token>"),
    t("api_org_", Alnum, 30, "<huggingface-token>"),
    t("r8_", Alnum, 30, "<replicate-token>"),
    t("gsk_", Alnum, 40, "<groq-key>"),
    t("pplx-", Alnum, 40, "<perplexity-key>"),
    t("xai-", Alnum, 60, "<xai-key>"),
    t("nvapi-", Url, 40, "<nvidia-key>"),
    t("lsv2_pk_", Word, 32, "<langsmith-key>"),
    t("lsv2_sk_", Word, 32, "<langsmith-key>"),
    // Secret stores and infrastructure.
    t("hvs.", Url, 24, "<vault-token>"),
    t("hvb.", Url, 24, "<vault-token>"),
    t("hvr.", Url, 24, "<vault-token>"),
    t("dp.pt.", Alnum, 40, "<doppler-token>"),
    t("dp.st.", Dotted, 40, "<doppler-token>"),
    t("dp.sa.", Alnum, 40, "<doppler-token>"),
    t("dp.ct.", Alnum, 40, "<doppler-token>"),
    t("ops_eyJ", Base64, 100, "<1password-token>"),
    t("AGE-SECRET-KEY-1", Alnum, 50, "<age-key>"),
    t("tskey-", Url, 20, "<tailscale-key>"),
    t("dop_v1_", Hex, 64, "<digitalocean-token>"),
    t("doo_v1_", Hex, 64, "<digitalocean-token>"),
    t("dor_v1_", Hex, 64, "<digitalocean-token>"),
    t("fo1_", Url, 40, "<flyio-token>"),
    t("dt0c01.", Dotted, 60, "<dynatrace-token>"),
    t("sha256~", Url, 40, "<openshift-token>"),
    t("HRKU-", Url, 40, "<heroku-key>"),
    t("LTAI", Alnum, 16, "<alibaba-key>"),
    t("sbp_", Hex, 40, "<supabase-token>"),
    t("vcp_", Alnum, 24, "<vercel-token>"),
    t("vci_", Alnum, 24, "<vercel-token>"),
    t("vca_", Alnum, 24, "<vercel-token>"),
    t("vcr_", Alnum, 24, "<vercel-token>"),
    t("vck_", Alnum, 24, "<vercel-token>"),
    t("glc_", Base64, 32, "<grafana-token>"),
    t("glsa_", Word, 32, "<grafana-token>"),
    t("pscale_tkn_", Url, 32, "<planetscale-token>"),
    t("pscale_pw_", Url, 32, "<planetscale-token>"),
    t("pscale_oauth_", Url, 32, "<planetscale-token>"),
    t("sntrys_", Base64, 40, "<sentry-token>"),
    t("sntryu_", Hex, 40, "<sentry-token>"),
    // Collaboration and SaaS.
    t("ATATT3", Base64, 50, "<atlassian-token>"),
    t("ATBB", Alnum, 32, "<bitbucket-token>"),
    t("BBDC-", Alnum, 40, "<bitbucket-token>"),
    t("lin_api_", Alnum, 40, "<linear-key>"),
    t("lin_oauth_", Alnum, 40, "<linear-key>"),
    t("ntn_", Alnum, 40, "<notion-token>"),
    t("secret_", Alnum, 43, "<notion-token>"),
    t("figd_", Url, 40, "<figma-token>"),
    t("PMAK-", HexDash, 50, "<postman-key>"),
    t("sgp_", Word, 40, "<sourcegraph-token>"),
    t("shpat_", Hex, 32, "<shopify-token>"),
    t("shpca_", Hex, 32, "<shopify-token>"),
    t("shppa_", Hex, 32, "<shopify-token>"),
    t("shpss_", Hex, 32, "<shopify-token>"),
    t("shippo_live_", Hex, 40, "<shippo-token>"),
    t("shippo_test_", Hex, 40, "<shippo-token>"),
    t("EZAK", Alnum, 50, "<easypost-key>"),
    t("EZTK", Alnum, 50, "<easypost-key>"),
    t("FLWSECK-", Url, 32, "<flutterwave-key>"),
    // (The test encryption key is 12 characters.)
    t("FLWSECK_TEST-", Url, 12, "<flutterwave-key>"),
    t("sq0atp-", Url, 22, "<square-token>"),
    t("sq0csp-", Url, 40, "<square-token>"),
    t("EAA", Url, 60, "<facebook-token>"),
    t("sk.eyJ", Dotted, 40, "<mapbox-token>"),
    t("sl.", Base64, 100, "<dropbox-token>"),
    t("rdme_", Alnum, 60, "<readme-key>"),
    t("ory_pat_", Alnum, 30, "<ory-token>"),
    t("dapi", Hex, 32, "<databricks-token>"),
    // More from gitleaks' default rules.
    t("p8e-", Alnum, 32, "<adobe-secret>"),
    t("v1.0-", HexDash, 100, "<cloudflare-key>"),
    t("dnkey-", Url, 40, "<defined-networking-key>"),
    t("duffel_live_", Base64, 40, "<duffel-token>"),
    t("duffel_test_", Base64, 40, "<duffel-token>"),
    t("fio-u-", Base64, 60, "<frameio-token>"),
    t("eyJrIjoi", Base64, 50, "<grafana-token>"),
    t("pat.", Dotted, 60, "<harness-token>"),
    t("ico-", Alnum, 32, "<infracost-key>"),
    t("s-s4t2ud-", Hex, 64, "<intra42-secret>"),
    t("s-s4t2af-", Hex, 64, "<intra42-secret>"),
    t("NRAK-", Alnum, 27, "<newrelic-key>"),
    t("NRII-", Url, 32, "<newrelic-key>"),
    t("API-", Alnum, 26, "<octopus-key>"),
    t("access-production-", HexDash, 36, "<plaid-token>"),
    t("access-development-", HexDash, 36, "<plaid-token>"),
    t("access-sandbox-", HexDash, 36, "<plaid-token>"),
    t("pnu_", Alnum, 36, "<prefect-token>"),
    t("tk-us-", Url, 48, "<scalingo-token>"),
    t("sm_pat_", Alnum, 16, "<settlemint-token>"),
    t("sm_aat_", Alnum, 16, "<settlemint-token>"),
    t("sm_sat_", Alnum, 16, "<settlemint-token>"),
    t("tfp_", Base64, 59, "<typeform-token>"),
    t("AKCp", Alnum, 60, "<artifactory-key>"),
    t("cmVmdGtu", Base64, 50, "<artifactory-key>"),
    t("A3-", Url, 30, "<1password-secret-key>"),
    t("glimt-", Url, 25, "<gitlab-token>"),
    t("glffct-", Url, 20, "<gitlab-token>"),
    t("sk_prod_", Alnum, 10, "<stripe-key>"),
    t("rk_prod_", Alnum, 10, "<stripe-key>"),
    t("xoxo-", Url, 10, "<slack-token>"),
    // Fly.io macaroon tokens (the `fo1_` form is above).
    t("fm1a_", Base64, 100, "<flyio-token>"),
    t("fm1r_", Base64, 100, "<flyio-token>"),
    t("fm2_", Base64, 100, "<flyio-token>"),
    t("sat.", Dotted, 60, "<harness-token>"),
    t("NRJS-", Hex, 19, "<newrelic-key>"),
    // Amazon Bedrock API keys: long-lived, and short-lived (a presigned URL in base64).
    t("ABSK", Base64, 100, "<aws-bedrock-key>"),
    t("bedrock-api-key-", Base64, 40, "<aws-bedrock-key>"),
    t("AQVN", Url, 35, "<yandex-key>"),
    // SonarQube user, project analysis and global analysis tokens.
    t("squ_", Hex, 40, "<sonarqube-token>"),
    t("sqp_", Hex, 40, "<sonarqube-token>"),
    t("sqa_", Hex, 40, "<sonarqube-token>"),
    // Honeycomb ingest keys.
    t("hcaik_", Alnum, 40, "<honeycomb-key>"),
    t("hcxik_", Alnum, 40, "<honeycomb-key>"),
];

/// No vendor token is longer (the longest, Dropbox's and Atlassian's, are a few hundred bytes);
/// the cap keeps a line of repeated prefixes (`sk-sk-sk-...`) linear.
const MAX_TOKEN_BYTES: usize = 1024;

/// The finding of `token` whose prefix the trigger scan found at `at`: the prefix in its exact
/// case, not glued to a word before it, then at least `min` body characters.
pub(super) fn prefixed_at(text: &str, at: usize, token: &Prefixed, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    if !text[at..].starts_with(token.prefix) {
        return;
    }
    if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
        return;
    }
    let body_start = at + token.prefix.len();
    let body = bytes[body_start..]
        .iter()
        .take(MAX_TOKEN_BYTES)
        .take_while(|b| token.body.accepts(**b))
        .count();
    // A trailing `.` ends a sentence, not a token.
    let body = bytes[body_start..body_start + body]
        .iter()
        .rposition(|b| *b != b'.')
        .map_or(0, |i| i + 1);
    let placeholder = repeated_characters(&text[body_start..body_start + body]);
    if body >= token.min && !placeholder {
        out.push(Finding::new(at, body_start + body, token.placeholder));
    }
}

/// A documentation placeholder where a token's random part goes: one character, repeated at
/// least eight times, between separators (`sk_test_xxxxxxxxxxxxxxxx`, SendGrid's
/// `SG.xxxxxxxx.xxxxxxxx`, a webhook's `XXXXXXXX`).
pub(super) fn repeated_characters(body: &str) -> bool {
    let mut characters = body.bytes().filter(|b| !matches!(b, b'.' | b'-' | b'_' | b'/'));
    let Some(first) = characters.next() else {
        return false;
    };
    let mut count = 1;
    characters.all(|b| {
        count += 1;
        b == first
    }) && count >= 8
}

/// A secret with structure: found by a regular expression that runs only when one of its
/// trigger words is in the line.
#[derive(Debug)]
pub(super) struct Pattern {
    /// Case-insensitive words whose presence makes the pattern run.
    pub(super) triggers: &'static [&'static str],
    pub(super) regex: &'static str,
    /// The capture group replaced (0: the whole match).
    group: usize,
    placeholder: &'static str,
    /// A match this returns true for is not a secret (given the group's text, the text
    /// after it, and every group).
    keep: Option<Keep>,
}

/// See [`Pattern::keep`].
type Keep = fn(value: &str, after: &str, captures: &Captures<'_>) -> bool;

const fn p(
    triggers: &'static [&'static str],
    regex: &'static str,
    group: usize,
    placeholder: &'static str,
) -> Pattern {
    p_keep(triggers, regex, group, placeholder, None)
}

const fn p_keep(
    triggers: &'static [&'static str],
    regex: &'static str,
    group: usize,
    placeholder: &'static str,
    keep: Option<Keep>,
) -> Pattern {
    Pattern {
        triggers,
        regex,
        group,
        placeholder,
        keep,
    }
}

/// What follows `Bearer` is no token when it is a word (`Bearer authentication`) or the next
/// key of the line (`token_type=Bearer expires_in=3600`, `Bearer realm: x`): a token's `=` is
/// base64 padding at its end, never a separator before more text.
fn not_a_bearer_token(value: &str, after: &str, _: &Captures<'_>) -> bool {
    let word = value.len() < 24 && value.bytes().all(|b| b.is_ascii_alphabetic());
    // A key is a short identifier: shorter than a long random word, so no other rule replaces
    // a piece of it and a second pass reads the same key.
    let key_like = |key: &str| {
        key.len() < 32
            && key.starts_with(|c: char| c.is_ascii_alphabetic())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    // (On a second pass the next key's value may be a placeholder: `expires_in=<redacted>`.)
    let placeholder_after = super::placeholders(after).first().is_some_and(|p| p.0 == 0);
    let key_then_value = value.split_once('=').is_some_and(|(key, rest)| {
        (!rest.is_empty() || placeholder_after) && !rest.starts_with('=') && key_like(key)
    });
    let key_then_colon = after.starts_with(':') && key_like(value) && !value.contains('.');
    // A token shown masked but for its prefix and last characters (`Bearer pn_live_****O4Lb`):
    // the match stops at the mask.
    let masked = after.starts_with("***");
    word || key_then_value || key_then_colon || masked
}

/// SASL PLAIN credentials are `[authzid] NUL user NUL password` in base64: a word that decodes
/// to no NUL is prose (`AUTH PLAIN accepted`).
fn not_sasl_plain(value: &str, _: &str, _: &Captures<'_>) -> bool {
    let trimmed = value.trim_end_matches('=');
    let whole = &trimmed[..trimmed.len() - trimmed.len() % 4];
    BASE64.decode(whole).map_or(true, |bytes| !bytes.contains(&0))
}

/// Cisco's type 9 secret is a one-way hash, `$9$<salt>$<hash>`; Junos's `$9$` secret has no
/// second `$`.
fn cisco_type9_hash(_: &str, after: &str, _: &Captures<'_>) -> bool {
    after.starts_with('$')
}

/// An AWS key id is 20 characters: one that goes on in capitals and digits (a 21-character
/// unique id, `AROA…XU:`) is another id. (A capitalised word glued after a key id, `…PuTTY`,
/// starts with one capital and then lower case.)
fn longer_id(_: &str, after: &str, _: &Captures<'_>) -> bool {
    let run = after
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    run > 0 && !after.as_bytes().get(run).is_some_and(u8::is_ascii_lowercase)
}

/// A password that is already a mask (`postgresql://orders:***@`, `:xxxx@`), or a variable, is
/// kept.
fn masked_password(value: &str, _: &str, _: &Captures<'_>) -> bool {
    value.split_once(':').is_some_and(|(_, password)| {
        let masked = !password.is_empty()
            && password
                .chars()
                .all(|c| matches!(c, '*' | '•' | '●' | 'x' | 'X' | '#'));
        // `postgresql://app:${DB_PASSWORD}@db`: a variable the shell or the template fills in;
        // `:[YOUR-PASSWORD]@`: a placeholder a console's example shows.
        // (Symfony's `%env(DB_PASSWORD)%` too; and `%24%7BDB_PASSWORD%7D`, percent-encoded.)
        let decoded = ["%24", "%7B", "%7b", "%7D", "%7d"]
            .iter()
            .zip(["$", "{", "{", "}", "}"])
            .fold(password.to_owned(), |text, (escape, byte)| {
                text.replace(escape, byte)
            });
        let password = decoded.as_str();
        let variable = (password.starts_with("${") && password.ends_with('}'))
            || (password.starts_with("%env(") && password.ends_with(")%"))
            || (password.starts_with('[')
                && password.ends_with(']')
                && password[1..password.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || matches!(b, b'-' | b'_')));
        // `http://USERNAME:PASSWORD@proxy:8000`: a template naming what goes there, in capitals.
        let named = password.len() >= 4
            && password.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
            && super::keys::names_a_secret(password);
        // `rediss://default:REDACTED@host`, `:**redacted**@`, `:[hidden]@`: a client that
        // masked it already.
        let word = password.trim_matches(|c| matches!(c, '*' | '[' | ']' | '(' | ')' | '<' | '>'));
        let mask_word = ["redacted", "hidden", "masked", "filtered"]
            .iter()
            .any(|mask| word.eq_ignore_ascii_case(mask));
        masked || variable || named || mask_word
    })
}

/// A mask a logger printed instead of the value (`(redacted)`).
fn masked_already(value: &str, _: &str, _: &Captures<'_>) -> bool {
    super::keys::already_masked(value)
}

/// Not a credential: no digit, or no letter.
fn not_credential_like(value: &str, _: &str, _: &Captures<'_>) -> bool {
    !value.bytes().any(|b| b.is_ascii_digit()) || !value.bytes().any(|b| b.is_ascii_alphabetic())
}

/// A shell's reference (`$JWT`, `${DB_PASSWORD}`, `$(cat x)`) or a word too short to be a key.
fn reference_or_short(value: &str, _: &str, _: &Captures<'_>) -> bool {
    value.starts_with(['$', '`']) || value.len() < 8
}

/// A numeric uid:gid after `-u` is no password.
fn all_digits(value: &str, _: &str, _: &Captures<'_>) -> bool {
    value.bytes().all(|b| b.is_ascii_digit())
}

/// Is `value` not the base64 of `user:password` (printable text with a colon)?
fn not_user_and_password(value: &str, _: &str, _: &Captures<'_>) -> bool {
    use base64::Engine as _;
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(value) else {
        return true;
    };
    !(decoded.contains(&b':') && decoded.iter().all(|b| b.is_ascii_graphic() || *b == b' '))
}

/// A uid:gid's number, or a shell variable (`$TOKEN`, `${TOKEN}`): what a log shows of it is
/// its name.
fn digits_or_variable(value: &str, line: &str, captures: &Captures<'_>) -> bool {
    // (`-u ci:****`: a CI log's mask of the password, already hidden.)
    all_digits(value, line, captures) || value.starts_with('$') || value.bytes().all(|b| b == b'*')
}

/// A variable the shell or a template fills in (`$DB_PASSWORD`, `${DB_PASSWORD}`): a log shows its
/// name.
fn shell_variable(value: &str, _: &str, _: &Captures<'_>) -> bool {
    value.starts_with('$')
}

/// Hex alone is a hash, not one of these mixed-case keys.
fn lower_hex(value: &str, _: &str, _: &Captures<'_>) -> bool {
    value
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// An id with no digit is a word (`passport photo`), not a passport number.
fn no_digit(value: &str, _: &str, _: &Captures<'_>) -> bool {
    !value.bytes().any(|b| b.is_ascii_digit())
}

/// `<add key="..." value="..."/>` holds a secret only when its key names one.
fn key_names_no_secret(_: &str, _: &str, captures: &Captures<'_>) -> bool {
    captures
        .get(1)
        .is_none_or(|key| !super::keys::names_a_secret(key.as_str()))
}

/// A value a secret key's own rules keep (a reference, `${db.password}`; a mask; prose), or one
/// whose key names no secret.
fn kept_or_key_names_no_secret(value: &str, after: &str, captures: &Captures<'_>) -> bool {
    key_names_no_secret(value, after, captures) || super::keys::cannot_be_a_password(value)
}

/// Tools that read a password from their input, as a regular expression's alternation (one
/// list for both shapes of feeding them: a pipe and a here-string), by name or by path
/// (`/usr/sbin/chpasswd`). (IBM MQ's sample programs, `amqsputc` and its kin, read it first when
/// `MQSAMP_USER_ID` is set; Cyrus SASL's `saslpasswd2` reads it with `-p`.)
macro_rules! stdin_password_readers {
    () => {
        r"(?:[^\s|<]*/)?\b(?:realm\s+join|kinit|smbpasswd|chpasswd|passwd\s+--stdin|saslpasswd2|pamtester|cryptsetup|[^|\n<]*--password-stdin|[^|\n<]*--passphrase-fd\s+0|amqs[a-z0-9]+)"
    };
}

/// At most 128 (the trigger scan runs each one once per line with a 128-bit set).
pub(super) const PATTERNS: &[Pattern] = &[
    // Junos writes a configured secret (a RADIUS, BGP or IKE key) as `$9$…`, an encoding any
    // `$9$` decoder reverses: the secret itself, whatever key it follows.
    p_keep(
        &["$9$"],
        r"\$9\$[A-Za-z0-9./-]{6,}",
        0,
        "<junos-secret>",
        Some(cisco_type9_hash),
    ),
    // A password file's entry, `user:` and the password's hash in the modular crypt format
    // (`htpasswd`'s `$apr1$salt$hash` and `$2y$`, `/etc/shadow`'s `$6$`, `$argon2id$v=19$m=…`),
    // also with each `$` doubled as a Compose file or a Traefik label escapes it: a password to
    // anyone who runs a cracker. (A device's configured hash, `enable secret 5 $1$…`, is the
    // device's, as secret scanners leave it.)
    p(
        &[
            "$1$", "$2a$", "$2b$", "$2y$", "$5$", "$6$", "$y$", "$apr1$", "$argon2", "$scrypt$", "$pbkdf2",
        ],
        r#"(?m)(?:^|[\s"'\[,=])[A-Za-z0-9._@-]{1,64}:(\$\$?(?:1|2[aby]|5|6|y|apr1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha[0-9]+)?)\$[A-Za-z0-9./+=,$-]{16,})"#,
        1,
        "<password-hash>",
    ),
    // A TSIG key given as `algorithm:name:secret` (`dig -y`, `nsupdate -y`, BIND's tools): the
    // base64 after the key's name is the shared secret.
    p(
        &["hmac-md5:", "hmac-sha"],
        r"\bhmac-(?:md5|sha1|sha224|sha256|sha384|sha512):[A-Za-z0-9._-]+:([A-Za-z0-9+/]{16,}={0,2})",
        1,
        "<redacted>",
    ),
    // Incoming webhooks carry their secret in the URL.
    p(
        &["hooks.slack.com"],
        r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]+",
        0,
        "<slack-webhook>",
    ),
    p(
        &["/api/webhooks/"],
        r"(?:https?://)?(?:[a-z]+\.)?discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]+",
        0,
        "<discord-webhook>",
    ),
    p(
        &["webhook.office.com"],
        r#"(?:https?://)?[A-Za-z0-9.-]*webhook\.office\.com/[^\s"'<>]+"#,
        0,
        "<teams-webhook>",
    ),
    // user:password@ in any URL (the password may hold an `@`: the last one before the host).
    p_keep(
        &["://"],
        r#"[A-Za-z][A-Za-z0-9+.-]*://([^/\s:@"'<>]*:[^/\s"'<>]+)@"#,
        1,
        "<credentials>",
        Some(masked_password),
    ),
    // A token as a URL's user name, with no password (`https://<token>:@packagecloud.io`,
    // `https://<token>@host`): 20 or more letters and digits, with both, are no one's name.
    p_keep(
        &["://"],
        r#"[A-Za-z][A-Za-z0-9+.-]*://([A-Za-z0-9_-]{20,}):?@[A-Za-z0-9]"#,
        1,
        "<credentials>",
        Some(not_credential_like),
    ),
    // Build and deploy hooks: the URL's last segment is the capability (`/build_hooks/<id>`).
    p_keep(
        &["build_hooks/", "deploy_hooks/", "/webhooks/", "/hooks/"],
        r#"/(?:build_hooks|deploy_hooks|webhooks|hooks)/([A-Za-z0-9_]{16,})\b"#,
        1,
        "<redacted>",
        Some(not_credential_like),
    ),
    // A private key block, from its header to its footer or the end of the text (a line may
    // hold only the header, or be cut in the middle).
    p(
        &["-----begin"],
        r"-----BEGIN[A-Z0-9 ]* PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]* PRIVATE KEY(?: BLOCK)?-----|\z)",
        0,
        "<private-key>",
    ),
    // ... or only its tail: the base64 lines before a footer.
    // Other secret key blocks: OpenVPN's static key (`tls-auth`, `tls-crypt`), from header
    // to footer.
    p(
        &["-----begin"],
        r"-----BEGIN [A-Za-z0-9 ]*(?i:static key|secret key)[A-Za-z0-9 ]*-----[\s\S]*?(?:-----END [A-Za-z0-9 ]*-----|\z)",
        0,
        "<private-key>",
    ),
    p(
        &["-----end"],
        r"(?:[A-Za-z0-9+/=]{16,}\s+|[A-Za-z0-9+/=]{1,15}\r?\n)*-----END[A-Z0-9 ]* PRIVATE KEY(?: BLOCK)?-----",
        0,
        "<private-key>",
    ),
    // PuTTY key files: everything from the header, the private lines, or the MAC on.
    p(
        &["putty-user-key-file-"],
        r"PuTTY-User-Key-File-[0-9]+:[\s\S]*",
        0,
        "<private-key>",
    ),
    p(&["private-lines:"], r"Private-Lines:[\s\S]*", 0, "<private-key>"),
    p(
        &["private-mac:"],
        r"Private-MAC:\s*[0-9A-Fa-f]+",
        0,
        "<private-key>",
    ),
    p(
        &["eyj"],
        r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*",
        0,
        "<jwt>",
    ),
    p_keep(
        &["bearer"],
        r"(?i)\bbearer\s+([A-Za-z0-9._~+/=-]{8,})",
        1,
        "<token>",
        Some(not_a_bearer_token),
    ),
    p_keep(
        &[
            "akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka", "a3t",
        ],
        // No word boundaries: a key id glued to other text (`keyAKIA...`, `AKIA...PuTTY`) is
        // still one, and the decision must not depend on a neighbour a second pass replaces.
        r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}",
        0,
        "<aws-access-key-id>",
        Some(longer_id),
    ),
    // curl -u user:password, --user user:password (a numeric uid:gid is no password, nor a
    // variable the shell fills in: `-u ci-bot:$JENKINS_API_TOKEN`).
    Pattern {
        triggers: &["-u", "--user"],
        // (The user is no placeholder: `-u <card>:x` is a first pass's output. Nor has it an
        // `=`: `-url=jdbc:postgresql://db/orders` is another option, its value a URL.)
        regex: r#"(?:^|[\s"'\[,])(?:-u|--user)(?:\s+|=)?['"]?[^\s:'"<>=]*:([^\s'"<]+)"#,
        group: 1,
        placeholder: "<password>",
        keep: Some(digits_or_variable),
    },
    // ... and `-u token:` with an empty password (Mixpanel, Stripe, Mailgun take the secret as
    // the user): a user shaped like a credential.
    Pattern {
        triggers: &["-u", "--user"],
        regex: r#"(?:^|\s)(?:-u|--user)(?:\s+|=)?['"]?([A-Za-z0-9_-]{16,}):(?:\s|['"]|$)"#,
        group: 1,
        placeholder: "<password>",
        keep: Some(not_credential_like),
    },
    // Telegram bot tokens: bot id, colon, 35 characters starting with AA.
    // (Also glued into the Bot API's URL path: `/bot<token>/sendMessage`.)
    p(
        &[":aa"],
        r"(?:\b|/bot)([0-9]{8,10}:AA[A-Za-z0-9_-]{30,})",
        1,
        "<telegram-token>",
    ),
    // Google OAuth refresh tokens.
    p(&["1//0"], r"\b1//0[A-Za-z0-9_-]{30,}", 0, "<google-token>"),
    // Terraform Cloud / HCP tokens.
    p(
        &[".atlasv1."],
        r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{40,}",
        0,
        "<terraform-token>",
    ),
    // Airtable personal access tokens.
    p(
        &["pat"],
        r"\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b",
        0,
        "<airtable-token>",
    ),
    // Mailchimp API keys: 32 hex and the data center.
    p(&["-us"], r"\b[0-9a-f]{32}-us[0-9]{1,2}\b", 0, "<mailchimp-key>"),
    // Microsoft Entra (Azure AD) client secrets: three characters, a digit, `Q~`.
    p(
        &["q~"],
        r"(?:^|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})",
        1,
        "<azure-secret>",
    ),
    // LaunchDarkly SDK keys, mobile keys and API access tokens: the kind, then a uuid. Not
    // after a word or a dash (`my-api-<uuid>` names a resource).
    p(
        &["sdk-", "mob-", "api-"],
        r"(?:^|[^A-Za-z0-9_.-])((?:sdk|mob|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        1,
        "<launchdarkly-key>",
    ),
    // Braintree access tokens: environment, merchant id, hex secret.
    p(
        &["access_token$"],
        r"access_token\$[a-z]{2,12}\$[0-9a-z]{16}\$[0-9a-f]{32}",
        0,
        "<braintree-token>",
    ),
    // Zapier hooks (`/hooks/catch/<account>/<hook>/`): anyone with the URL can trigger the Zap.
    p(
        &["hooks.zapier.com"],
        r"(?:https?://)?hooks\.zapier\.com/hooks/[a-z]+/[0-9]+/[A-Za-z0-9]+/?",
        0,
        "<zapier-webhook>",
    ),
    // Authress service client access keys.
    p(
        &[".acc_", ".acc-"],
        r"\b(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}",
        0,
        "<authress-key>",
    ),
    // ClickHouse Cloud API secret keys.
    p_keep(
        &["4b1d"],
        r"\b4b1d[A-Za-z0-9]{38}\b",
        0,
        "<clickhouse-key>",
        Some(lower_hex),
    ),
    // MaxMind license keys.
    p(
        &["_mmk"],
        r"\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b",
        0,
        "<maxmind-key>",
    ),
    // Sidekiq Enterprise/Pro credentials in Bundler's variables.
    p(
        &["__contribsys__com"],
        r#"(?i)BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?\s*[:=]\s*["']?([a-f0-9]{8}:[a-f0-9]{8})"#,
        1,
        "<redacted>",
    ),
    // Yandex Cloud IAM tokens.
    p(
        &["t1."],
        r"\bt1\.[A-Za-z0-9_-]+=*\.[A-Za-z0-9_-]{86}=*",
        0,
        "<yandex-token>",
    ),
    // .NET `appSettings` and NuGet `packageSourceCredentials`: the value of a key that names
    // a secret (`<add key="ClearTextPassword" value="x" />`), unless a secret key's rules keep
    // it (NuGet's `Password` is DPAPI-protected ciphertext).
    p_keep(
        &["<add key"],
        r#"(?i)<add\s+key\s*=\s*"([^"<>]{1,100})"\s+value\s*=\s*"([^"<>]*)""#,
        2,
        "<redacted>",
        Some(kept_or_key_names_no_secret),
    ),
    // SMTP `AUTH PLAIN <base64 of user and password>`.
    p_keep(
        &["auth plain"],
        r"(?i)\bAUTH\s+PLAIN\s+([A-Za-z0-9+/]{8,}={0,2})",
        1,
        "<redacted>",
        Some(not_sasl_plain),
    ),
    // The password flags of redis-cli (`-a x`) and the OpenLDAP tools (`-w x`).
    p(
        &["redis-cli"],
        r#"redis-cli\b[^\n]*?\s-a\s+['"]?([^\s'"<]+)"#,
        1,
        "<redacted>",
    ),
    // (Also the LDAP helpers that take the same flags, Squid's `basic_ldap_auth`,
    // `ext_ldap_group_acl`: any command named for LDAP that binds as someone, `-D`.)
    p(
        &["ldap"],
        r#"\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop|url)\b[^\n]*?\s-w\s+['"]?([^\s'"<]+)"#,
        1,
        "<redacted>",
    ),
    p(
        &["ldap"],
        r#"\b[a-z_]*ldap[a-z_]*\b[^\n]*?\s-D\s[^\n]*?\s-w\s+['"]?([^\s'"<]+)"#,
        1,
        "<redacted>",
    ),
    // Any tool that binds to LDAP as a distinguished name takes its password after `-w`
    // (FreeIPA's `ipa-getkeytab`, `ipa-replica-manage`, 389's `dsconf`): `-D <dn> ... -w <x>`.
    p(
        &["-w "],
        r#"\s-D\s+['"]?(?i:cn|uid|dc|ou)=[^\n]*?\s-w\s+['"]?([^\s'"<]+)"#,
        1,
        "<redacted>",
    ),
    // A literal echoed into a tool that reads a password from its input (`echo 'x' | realm
    // join`, `(echo x; echo x) | smbpasswd -s`, `echo x | passwd --stdin`, `echo x | docker
    // login --password-stdin`, `echo -n x | cryptsetup luksOpen`, `gpg --passphrase-fd 0`); a
    // variable (`echo $TOKEN`) is kept.
    p(
        &["echo "],
        concat!(
            r#"\becho\s+(?:-[neE]\s+)?['"]?([^\s'"|;&<$][^\s'"|;&<]*)['"]?\s*(?:;\s*echo\s[^|\n]*)?\)?\s*\|\s*(?:sudo\s+(?:-\S+\s+)*)?"#,
            stdin_password_readers!()
        ),
        1,
        "<redacted>",
    ),
    // ... and a here-string fed to one (`pamtester login bob authenticate <<< 'x'`).
    p(
        &["<<<"],
        concat!(
            stdin_password_readers!(),
            r#"[^\n<]*<<<\s*['"]?([^\s'"<$][^\s'"<]*)"#
        ),
        1,
        "<redacted>",
    ),
    // Driver's licence numbers, only after the words (`driver_license=`, `driving licence
    // number:`): 5 to 20 capitals, digits and dashes, at least one digit.
    p_keep(
        &["license", "licence"],
        r#"(?i)(?:driver'?s?|driving)[ _-]?licen[cs]e(?:[ _.-]?(?:no|nr|num|number|id))?\.?["']?\s*[:=#]{0,2}\s*["']?((?-i:[A-Z0-9][A-Z0-9-]{4,19}))\b"#,
        1,
        "<driver-licence>",
        Some(no_digit),
    ),
    // MySQL/MariaDB `CREATE USER … IDENTIFIED BY 'x'` (and `IDENTIFIED WITH plugin BY 'x'`).
    p(
        &["identified "],
        r#"(?i)\bIDENTIFIED\s+(?:WITH\s+\S+\s+)?BY\s+(?:PASSWORD\s+)?'((?:[^'\\]|\\.)+)'"#,
        1,
        "<redacted>",
    ),
    // The same statement inside a quoted field that escapes its quotes (Aurora MySQL's audit log:
    // `'CREATE USER \'etl\'@\'%\' IDENTIFIED BY \'x\''`).
    p(
        &["identified "],
        r#"(?i)\bIDENTIFIED\s+(?:WITH\s+\S+\s+)?BY\s+(?:PASSWORD\s+)?\\'((?:[^'\\]|\\[^'])+)\\'"#,
        1,
        "<redacted>",
    ),
    // Redis `AUTH` as MONITOR and the slow log print it: `"AUTH" "user" "pw"`, `"AUTH" "pw"`.
    p_keep(
        &["\"auth\""],
        r#"(?i)"AUTH"(?:\s+"(?:[^"\\]|\\.)*")?\s+"((?:[^"\\]|\\.)+)""#,
        1,
        "<redacted>",
        Some(masked_already),
    ),
    // GitHub Actions `::add-mask::value`: the value is a secret by definition.
    p(&["::add-mask::"], r#"::add-mask::([^\s'"<]+)"#, 1, "<redacted>"),
    // Oracle connect strings: `user/password@//host:port/service`, `user/pw@host:1521/SVC`, also
    // after a JDBC driver's prefix (`jdbc:oracle:thin:user/pw@//host:1521/SVC`).
    p_keep(
        &[
            "@//",
            "sqlplus",
            "rman ",
            "expdp",
            "impdp",
            "sqlldr",
            "jdbc:oracle:",
        ],
        r#"(?:^|[\s'"=]|jdbc:oracle:(?:thin|oci8?):)[A-Za-z][A-Za-z0-9_$#.]*/([^\s/@'"<]+)@(?://)?[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?/"#,
        1,
        "<password>",
        Some(shell_variable),
    ),
    // The same login given to Oracle's tools without a host, by a TNS alias or none
    // (`expdp userid=system/pw@LEGACY`, `sqlldr userid=STAGE/pw@ORCLPDB`, `sqlplus scott/pw`).
    p(
        &["userid", "sqlplus", "expdp", "impdp", "sqlldr"],
        r#"(?i)(?:\buserid\s*=\s*|\b(?:sqlplus|expdp|impdp|sqlldr)\s+(?:-\S+\s+)*)['"]?[A-Za-z][A-Za-z0-9_$#.]*/([^\s/@'"<]+)"#,
        1,
        "<password>",
    ),
    // MySQL's `IDENTIFIED BY` with a double-quoted value (Oracle's `CREATE USER x IDENTIFIED BY
    // "pw"`, MySQL in ANSI_QUOTES off).
    p(
        &["identified "],
        r#"(?i)\bIDENTIFIED\s+(?:WITH\s+\S+\s+)?BY\s+(?:PASSWORD\s+)?"((?:[^"\\]|\\.)+)""#,
        1,
        "<redacted>",
    ),
    // Browser automation typing into a password field (Puppeteer's and Playwright's
    // `page.type('#password', 'x')`, `fill(...)`; Selenium's `find_element(By.ID,
    // "password").send_keys("x")`, `findElement(By.id("pwd")).sendKeys("x")`), as canary and
    // end-to-end test scripts log them.
    p(
        &["pass", "pwd"],
        r#"(?i)(?:\.(?:type|fill)\(\s*(?:'[^'\n]*(?:passw|pwd)[^'\n]*'|"[^"\n]*(?:passw|pwd)[^"\n]*"|`[^`\n]*(?:passw|pwd)[^`\n]*`)\s*,\s*|(?:passw|pwd)[^'"\n]*['"]\)*\.(?:send_keys|sendKeys)\(\s*)['"`]([^'"`\n]+)['"`]"#,
        1,
        "<redacted>",
    ),
    // An expect script's answer to a password prompt (`expect "password:"` then `send "x\r"`).
    p(
        &["pass"],
        r#"(?i)\bexpect\s+(?:-\S+\s+)*["'{][^"'}\n]*(?:passw|passphrase)[^"'}\n]*["'}]\s*\n\s*send\s+(?:--\s+)?["'{]((?:[^"'}\n\\]|\\[^r n])+)"#,
        1,
        "<redacted>",
    ),
    // The stream key at the end of an RTMP ingest URL (YouTube's `rtmp://a.rtmp.youtube.com/
    // live2/<key>`, Amazon IVS's `rtmps://<id>.global-contribute.live-video.net:443/app/<key>`,
    // Twitch's `/app/<key>`): whoever has it can stream to the channel. A stream's name
    // (`/live/feed`) has no digit or is short.
    p_keep(
        &["rtmp"],
        r#"(?i)\brtmps?://[^\s/'"<]+/[^\s/'"<]+/([A-Za-z0-9_-]{16,})\b"#,
        1,
        "<stream-key>",
        Some(not_credential_like),
    ),
    // An API key given as the user of HTTP Basic with an unused password (`curl -u <key>:x`,
    // `-u <key>:`), as SpeedCurve's, Mailchimp's and Harvest's APIs take it.
    p_keep(
        &["-u", "--user"],
        r#"(?:^|\s)(?:-u|--user)\s+['"]?([A-Za-z0-9_-]{20,}):(?:[xX]|)(?:['"]|\s|$)"#,
        1,
        "<redacted>",
        Some(not_credential_like),
    ),
    // A secret flag's value as the next element of a command's argument list (ECS and Batch
    // `command` overrides, Kubernetes `args`: `["export.py", "--db-password", "x"]`).
    p_keep(
        &["pass", "pwd", "secret", "token", "key"],
        r#"["'](--?[A-Za-z][A-Za-z0-9_.-]*)["']\s*,\s*["']([^"'\n]+)["']"#,
        2,
        "<redacted>",
        Some(kept_or_key_names_no_secret),
    ),
    // A secret set in a network device's configuration (FortiOS' and VyOS' `set passwd x`,
    // `set psksecret ENC x`), one setting a line.
    p_keep(
        &["pass", "pwd", "secret", "psk", "key"],
        r#"(?m)^\s*set\s+([A-Za-z][A-Za-z0-9_-]*)\s+(?:ENC\s+)?([^\s'"]+)\s*$"#,
        2,
        "<redacted>",
        Some(kept_or_key_names_no_secret),
    ),
    // An XML element that names a secret in its `name` or `key` attribute, its value its text
    // or its `value` (a Java bean's `<property name="managerPassword">x</property>`, Spring's
    // `<property name="password" value="x"/>`, a Java properties file stored as XML, `<entry
    // key="database.password">x</entry>`, an Ant or Maven `<parameter name="secret">`).
    p_keep(
        &["pass", "pwd", "secret", "token", "key"],
        r#"<[A-Za-z][\w:.-]*\s+(?:name|key)=["']([^"']+)["']\s*(?:>|value=["'])([^<"'\n]+)(?:</[A-Za-z][\w:.-]*>|["'])"#,
        2,
        "<redacted>",
        Some(kept_or_key_names_no_secret),
    ),
    // curl's user with its short options combined (`curl -fsu health:x http://...`).
    p_keep(
        &["curl"],
        r#"\bcurl\b[^\n]*?\s-[A-Za-z]+u\s*['"]?[^\s:'"<>=]+:([^\s'"<]+)"#,
        1,
        "<password>",
        Some(all_digits),
    ),
    // The password PHP's stack traces print as PDO's third argument (`PDO->__construct('mysql:
    // host=db', 'app', 'x', Array)`, before PHP 8.2 marked it a `SensitiveParameter`).
    p(
        &["pdo"],
        r#"(?i)(?:PDO->__construct|new PDO)\(\s*'[^'\n]*'\s*,\s*'[^'\n]*'\s*,\s*'([^'\n]+)'"#,
        1,
        "<password>",
    ),
    // A value a shell script writes into a file named for a secret (`echo <64 hex> >
    // /secrets/jwt.hex`, `printf '%s' x > /run/secrets/db_password`, a `set -x` trace).
    p_keep(
        &["echo ", "printf "],
        r#"\b(?:echo(?:\s+-[neE]+)?|printf\s+(?:'%s'|"%s"|%s))\s+["']?([^\s"'|<>;]+)["']?\s*(?:>>?|\|\s*(?:sudo\s+)?tee(?:\s+-a)?)\s*["']?[^\s"']*(?:secret|jwt|token|passw|pass\b|key|cred)[^\s"']*"#,
        1,
        "<redacted>",
        Some(reference_or_short),
    ),
    // A FIX session's password (tag 554, `Password`; 925, `NewPassword`) in a logged message, its
    // fields split by SOH, or by `|` or `^A` as logs often render SOH.
    p(
        &["554=", "925="],
        r"(?:^|\x01|\||\^A)(?:554|925)=([^\x01|^\s]+)",
        1,
        "<password>",
    ),
    // Resend API keys: `re_`, 8, `_`, 24.
    p_keep(
        &["re_"],
        r"\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{24,}\b",
        0,
        "<resend-key>",
        Some(not_credential_like),
    ),
    // PagerDuty Events API routing (integration) keys: 32 hex after the key's name. (An AMQP
    // `routing_key` is a dotted name, not hex.)
    p(
        &[
            "routing_key",
            "routing-key",
            "routingkey",
            "integration_key",
            "service_key",
        ],
        // (Also at the end of a variable's name: `PAGERDUTY_ROUTING_KEY=`.)
        r#"(?i)(?:\b|_)(?:routing|integration|service)[_-]?key["']?\s*[:=]\s*["']?([0-9a-f]{32})\b"#,
        1,
        "<pagerduty-key>",
    ),
    // A SIM's secret keys, as 3GPP's Milenage names them (TS 35.206): the subscriber key K (`Ki`
    // in HLRs and SIM vendors' files) and the operator key OP or the OPc derived from it, 128
    // bits each, 32 hex digits after their names (Open5GS' `"k"`, `"opc"`; FreeRADIUS' `OPc=`).
    p(
        &[
            "\"k\"", "\"ki", "ki=", "ki:", "\"opc", "opc=", "opc:", "\"op\"", "op=",
        ],
        r#"(?i)(?:^|[^a-z0-9_])(?:ki?|opc?)\\?["']?\s*[:=]\s*\\?["']?([0-9a-f]{32})\b"#,
        1,
        "<redacted>",
    ),
    // SQL's symmetric encryption with its key in the statement (PostgreSQL's pgcrypto, MySQL's
    // `AES_ENCRYPT`): the literal after the data is the key.
    p(
        &["crypt("],
        r#"(?i)\b(?:pgp_sym|aes)_(?:en|de)crypt\s*\([^,()]+,\s*'([^'\s]+)'"#,
        1,
        "<redacted>",
    ),
    // Postfix's `sasl_passwd` map: `[relay]:port user:password` (an SES SMTP relay's credentials;
    // a variable a template fills in is kept). A user that is an address is the e-mail rule's.
    p_keep(
        &["]:587", "]:25 ", "]:25\t", "]:465", "]:2587", "]:2465"],
        r"(?m)^\[[^\]\s]+\]:[0-9]{1,5}[ \t]+[^\s:@]+:(\S+)",
        1,
        "<redacted>",
        Some(shell_variable),
    ),
    // Go's MySQL driver DSN has no scheme: `user:password@tcp(host:3306)/db`, `@unix(/sock)`.
    p(
        &["@tcp(", "@tcp6(", "@unix("],
        r#"(?:^|[\s'"=])[A-Za-z0-9_.$-]+:([^\s@'"<]+)@(?:tcp6?|unix)\("#,
        1,
        "<password>",
    ),
    // Samba's `-U user%password` (smbclient, rpcclient, net) and `wbinfo
    // --authenticate=user%password`: the password after the `%`.
    Pattern {
        triggers: &["-u", "--user", "--authenticate"],
        regex: r#"(?:^|\s)(?:-U|--user(?:name)?|--authenticate)(?:\s+|=)['"]?[^\s%:'"<]*%([^\s'"<]+)"#,
        group: 1,
        placeholder: "<password>",
        keep: None,
    },
    // PowerShell turns a literal into a SecureString: the literal is the secret, given after
    // its switches (`-AsPlainText -Force -String 'x'`) or piped in (`'x' | ConvertTo-SecureString`).
    p(
        &["convertto-securestring"],
        r#"(?i)ConvertTo-SecureString(?:\s+-(?:AsPlainText|Force))*\s+(?:-String\s+)?['"]([^'"<]+)['"]"#,
        1,
        "<redacted>",
    ),
    p(
        &["convertto-securestring"],
        r#"(?i)['"]([^'"<\n]+)['"]\s*\|\s*ConvertTo-SecureString\b"#,
        1,
        "<redacted>",
    ),
    // HTTP Basic credentials wherever they are written, not only after `Authorization:` (a
    // VCL's `req.http.Authorization != "Basic b3Bz..."`, a config's `auth: Basic ...`): the
    // base64 of `user:password`.
    p_keep(
        &["basic "],
        r"\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})",
        1,
        "<redacted>",
        Some(not_user_and_password),
    ),
    // PostgreSQL's md5 password hash (`pg_authid`, PgBouncer's `userlist.txt`): `md5` and the
    // MD5 of password and user, which logs in as well as the password does.
    p(&["md5"], r"\b(md5[0-9a-f]{32})\b", 1, "<redacted>"),
    // Python requests' HTTP basic auth: `auth=("user", "password")`, `HTTPBasicAuth('u', 'p')`.
    p(
        &["auth=(", "auth = (", "httpbasicauth(", "httpdigestauth("],
        r#"(?:\bauth\s*=\s*\(|HTTP(?:Basic|Digest)Auth\()\s*['"][^'"]*['"]\s*,\s*['"]([^'"<]+)['"]"#,
        1,
        "<password>",
    ),
    // Loggly's customer token in its documented places: the HTTP inputs' path
    // (`logs-01.loggly.com/inputs/<token>/tag/…`, `/bulk/<token>`) and the syslog structured
    // data `[<token>@41058 …]` (41058 is Loggly's enterprise number).
    p(
        &["loggly.com"],
        r"loggly\.com(?::[0-9]+)?/(?:inputs|bulk)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        1,
        "<loggly-token>",
    ),
    p(
        &["@41058"],
        r"\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@41058\b",
        1,
        "<loggly-token>",
    ),
    // Terraform state of a `random_password` resource: its `result` is the password.
    p(
        &["random_password"],
        r#""type":\s*"random_password"[^\n]*?"result":\s*"((?:[^"\\]|\\.)+)""#,
        1,
        "<redacted>",
    ),
    // Mandrill (Mailchimp Transactional) API keys: `md-` and 22 characters.
    p_keep(
        &["md-"],
        r"\bmd-[A-Za-z0-9_-]{22}\b",
        0,
        "<mandrill-key>",
        Some(not_credential_like),
    ),
    // AWS AppSync API keys: `da2-` and 26 letters and digits (lower case as AppSync issues them;
    // any case, as a key copied or invented with a marker is still one).
    p(&["da2-"], r"\bda2-[A-Za-z0-9]{26}\b", 0, "<appsync-key>"),
    // Passport numbers, only after the word (`passport_no=`, `Reisepass:`): 6 to 9 letters
    // and digits alone are any id.
    p_keep(
        &[
            "passport",
            "reisepass",
            "passnummer",
            "passeport",
            "pasaporte",
            "passaporte",
            "passaporto",
            "paspoort",
            "paszport",
        ],
        r#"(?i)(?:passport|reisepass|passnummer|passeport|pasaporte|passaporte|passaporto|paspoort|paszport)(?:[ _.-]?(?:no|nr|num|number|nummer|numero|número|numéro|id))?\.?["']?\s*[:=#]{0,2}\s*["']?((?-i:[A-Z0-9]{6,9}))\b"#,
        1,
        "<passport>",
        Some(no_digit),
    ),
];

/// Every match of `pattern` (compiled as `regex`) in `text`.
pub(super) fn pattern(text: &str, pattern: &Pattern, regex: &Regex, out: &mut Vec<Finding>) {
    for captures in regex.captures_iter(text) {
        let Some(m) = captures.get(pattern.group) else {
            continue;
        };
        if pattern
            .keep
            .is_some_and(|keep| keep(m.as_str(), &text[m.end()..], &captures))
        {
            continue;
        }
        // The secret part of a webhook's URL is its last (`…/services/T000/B000/XXXXXXXX`).
        let last = m.as_str().rsplit(['/', '.', ':', '=']).next().unwrap_or_default();
        if last.len() >= 8 && repeated_characters(last) {
            continue;
        }

        out.push(Finding::new(m.start(), m.end(), pattern.placeholder));
    }
}

/// Base64 words of at least this many characters are examined.
const BLOB_MIN: usize = 32;

/// Long random base64 words with no prefix of their own:
/// - exactly 40 characters: the shape of an AWS secret access key (`<aws-secret>`);
/// - a private key's body (`MII...` DER, `b3BlbnNzaC1rZXktdjE` OpenSSH, `lQ`/`xc` OpenPGP
///   secret key packets), 60 characters or more: a line cut out of a key block;
/// - any other length when the line also names a secret (`key`, `token`, `password`...)
///   without the `key=value` shape the [`super::keys`] rules need (`api key AbC...`).
///
/// A word counts as random when it mixes upper case, lower case and digits and its characters
/// are spread out (Shannon entropy); hex ids, uuids, paths and CamelCase names are not.
///
/// `bounds` are the starts and ends of the findings so far (sorted): a word ends there as it ends at
/// their placeholders on a second pass.
pub(super) fn blobs(text: &str, names_a_secret: bool, bounds: &[usize], out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let is_blob = |i: usize| BLOB_BYTES[bytes[i] as usize];
    // A run of at least BLOB_MIN bytes covers one index ≡ BLOB_MIN - 1 (mod BLOB_MIN): probe
    // only those, and measure the run around a probe that lands in one.
    let mut probe = BLOB_MIN - 1;
    // Where PEM blocks of public material are: found once, when a word first needs it.
    let mut public_blocks = None;
    while probe < bytes.len() {
        if !is_blob(probe) {
            probe += BLOB_MIN;
            continue;
        }
        let run_start = (0..probe).rev().find(|&i| !is_blob(i)).map_or(0, |i| i + 1);
        let run_end = (probe..bytes.len()).find(|&i| !is_blob(i)).unwrap_or(bytes.len());
        // The next probe past this run.
        probe = run_end + (BLOB_MIN - 1 - run_end % BLOB_MIN);
        if run_end - run_start < BLOB_MIN {
            continue;
        }
        // `bounds` is sorted: the cuts inside this run are one slice of it.
        let first = bounds.partition_point(|&b| b <= run_start);
        let last = bounds.partition_point(|&b| b < run_end);
        let cuts = bounds[first..last.max(first)].iter().copied();
        let mut piece_start = run_start;
        for piece_end in cuts.chain([run_end]) {
            blob(
                text,
                piece_start,
                piece_end,
                names_a_secret,
                &mut public_blocks,
                out,
            );
            piece_start = piece_end;
        }
    }
}

/// The finding of the word `text[run_start..run_end]`, if it is a secret.
fn blob(
    text: &str,
    run_start: usize,
    run_end: usize,
    names_a_secret: bool,
    public_blocks: &mut Option<Vec<(usize, usize)>>,
    out: &mut Vec<Finding>,
) {
    let bytes = text.as_bytes();
    // `%3Dabc...`: the two hex digits belong to the percent-escape, not to the word (a finding
    // must not split an escape, or the decoded view of the output reads differently).
    let escaped = run_start > 0
        && bytes[run_start - 1] == b'%'
        && bytes[run_start..run_end.min(run_start + 2)]
            .iter()
            .filter(|b| b.is_ascii_hexdigit())
            .count()
            == 2;
    let run_start = if escaped { run_start + 2 } else { run_start };
    if run_end < run_start + BLOB_MIN {
        return;
    }
    let len = run_end - run_start;
    if len < BLOB_MIN {
        return;
    }
    let run = &bytes[run_start..run_end];
    // Base64 padding.
    let padding = bytes[run_start + len..]
        .iter()
        .take(2)
        .take_while(|b| **b == b'=')
        .count();
    let word = &text[run_start..run_start + len];
    if nkey_seed(word) {
        out.push(Finding::new(run_start, run_start + len, "<nkey-seed>"));
        return;
    }
    match bitcoin_key(&text[..run_start], word) {
        Some(BitcoinKey::Public) => return,
        Some(BitcoinKey::Private) => {
            out.push(Finding::new(run_start, run_start + len, "<private-key>"));
            return;
        }
        None => {}
    }
    // DER (`MII`) and OpenSSH (`openssh-key-v1` in base64) bodies start with structure
    // (lengths, names), not randomness; OpenPGP secret key packets (`lQ`, `xc`) are random
    // from their first bytes on.
    let structured = ["MII", "b3BlbnNzaC1rZXktdjE"].iter().any(|p| word.starts_with(p));
    let pgp = ["lQ", "xc"].iter().any(|p| word.starts_with(p));
    let is_random = random(run) && !name_and_digest(word) && !made_of_words(word);
    let key_body = len >= 60 && (structured || (pgp && is_random));
    if !key_body && !is_random {
        return;
    }
    // Stripe's publishable keys are public by design, whatever the line calls them.
    let publishable = word.starts_with("pk_live_") || word.starts_with("pk_test_");
    let public = der_certificate(word)
        || publishable
        || (!key_body
            && (public_content(&text[..run_start], word)
                || jwk_public_member(text, &text[..run_start])
                || json_without_secrets(word)
                || compressed_or_text(word)
                || request_path(word)));
    if public {
        return;
    }
    // A line of a certificate or public key block (`-----BEGIN CERTIFICATE-----`).
    let blocks = public_blocks.get_or_insert_with(|| pem_public_blocks(text));
    let in_block = blocks.partition_point(|&(start, _)| start <= run_start);
    if in_block > 0 && run_start < blocks[in_block - 1].1 {
        return;
    }
    // A Discord bot token: base64 of the bot's numeric id, a 6-character timestamp, then this
    // word (its HMAC).
    if let Some(start) = discord_bot_token(text, run_start) {
        out.push(Finding::new(start, run_start + len + padding, "<discord-token>"));
        return;
    }
    let aws = len == 40 && !word.contains(['_', '-']);
    // A line that is nothing but a long random word: a line of a key or certificate
    // block, or an encoded secret, never a log message.
    let alone = len >= 40 && line_is_only(bytes, run_start, run_start + len + padding);
    // 60 random characters and more: a line of an armored key or an encoded secret.
    let long = len >= 60;
    if !key_body && named_harmless(&text[..run_start], out) {
        return;
    }
    // A signature published with what verifies it (SNS, DKIM), or a ciphertext in an object of
    // ciphertexts (a SealedSecret's `encryptedData`).
    let signature = key_before(&text[..run_start]).is_some_and(|(_, key)| {
        let key = key.to_ascii_lowercase();
        key.contains("sig") || matches!(key.as_str(), "b" | "bh")
    });
    if !key_body
        && ((signature && super::keys::published_signature(text, run_start))
            || super::keys::inside_opaque_object(text, run_start)
            || super::keys::starts_a_ciphertext(&text[run_start..])
            || iis_encrypted(&text[..run_start])
            || weblogic_encrypted(&text[..run_start]))
    {
        return;
    }
    let placeholder = if key_body {
        "<private-key>"
    } else if aws {
        "<aws-secret>"
    } else if names_a_secret || alone || long || jwk_private_member(text, &text[..run_start]) {
        "<secret>"
    } else {
        return;
    };
    out.push(Finding::new(run_start, run_start + len + padding, placeholder));
}

/// A Bitcoin key, public or private, by its BIP32 prefix or its place in an output descriptor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BitcoinKey {
    Public,
    Private,
}

/// What `word` is when it is a Bitcoin key: an extended key (BIP32: `xpub…`/`tpub…` and
/// SLIP-132's `ypub`/`zpub` are public, `xprv…` private; a derivation path may follow it), or a
/// WIF private key (51 or 52 base58 characters from `5`, `K`, `L`, `9` or `c`) as an output
/// descriptor holds it (BIP380: `wpkh(K…)`, `pkh(`, `tr(`, after an origin
/// `[d34db33f/84h/0h/0h]`). `before` is the text before the word.
fn bitcoin_key(before: &str, word: &str) -> Option<BitcoinKey> {
    let base58 = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_alphanumeric() && !matches!(b, b'0' | b'O' | b'I' | b'l'))
    };
    // (In a descriptor a derivation path may follow it: `xpub…/0/*`.)
    let extended = word
        .get(..111)
        .filter(|key| base58(key) && (word.len() == 111 || word.as_bytes()[111] == b'/'));
    if let Some(key) = extended {
        let prefix = &key[..4];
        if matches!(
            prefix,
            "xpub" | "tpub" | "ypub" | "zpub" | "upub" | "vpub" | "Ypub" | "Zpub"
        ) {
            return Some(BitcoinKey::Public);
        }
        if matches!(
            prefix,
            "xprv" | "tprv" | "yprv" | "zprv" | "uprv" | "vprv" | "Yprv" | "Zprv"
        ) {
            return Some(BitcoinKey::Private);
        }
    }
    let wif = matches!(word.len(), 51 | 52) && word.starts_with(['5', 'K', 'L', '9', 'c']) && base58(word);
    if !wif {
        return None;
    }
    // The descriptor's function, after the key's origin if it has one. (Only the bytes just
    // before the word are read: a line of many words stays linear.)
    let mut from = before.len().saturating_sub(MAX_DESCRIPTOR_BYTES);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    let function = before
        .strip_suffix(']')
        .and_then(|b| b.rfind('[').map(|open| &b[..open]))
        .unwrap_or(before);
    // (`multi(2,K…,L…)` and `sortedmulti(…)` list their keys after the threshold.)
    let in_multi = function.ends_with(',')
        && function
            .rfind("multi(")
            .is_some_and(|open| !function[open..].contains(')'));
    let in_descriptor = in_multi
        || ["pk(", "pkh(", "wpkh(", "tr(", "combo("]
            .iter()
            .any(|f| function.ends_with(f));
    in_descriptor.then_some(BitcoinKey::Private)
}

/// How far before a WIF key its descriptor's function is looked for (a `multi(` lists up to 20
/// keys of 52 characters).
const MAX_DESCRIPTOR_BYTES: usize = 1_200;

/// A NATS nkey seed: `S`, the key type (`U`ser, `A`ccount, `O`perator, `N` server, `C`luster,
/// `X` curve), then base32 to 58 characters. (Public nkeys start with the type letter itself.)
fn nkey_seed(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 58
        && b[0] == b'S'
        && matches!(b[1], b'U' | b'A' | b'O' | b'N' | b'C' | b'X')
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || (b'2'..=b'7').contains(c))
}

/// A long base64 word that is public by what it is: an SSH public key (`ssh-ed25519 AAAAC3…`;
/// its blob names its own type) or the content of a `data:` URI (`data:image/png;base64,…`).
fn public_content(before: &str, word: &str) -> bool {
    // The key's wire format: a 4-byte length, then the type name (`ssh-rsa`, `ssh-ed25519`,
    // `ecdsa-sha2-nistp256`, `sk-ssh-ed25519@openssh.com`).
    let ssh_public_key = word.starts_with("AAAA")
        && word
            .get(..16)
            .and_then(|head| BASE64.decode(head).ok())
            .is_some_and(|head| {
                let name = &head[4..];
                [&b"ssh-"[..], b"ecdsa-", b"sk-"]
                    .iter()
                    .any(|p| name.starts_with(p))
            });
    // (A PEM block inside the URI, `LS0tLS1CRUdJTi…`, may be a private key: read as one.)
    let data_uri = !word.starts_with("LS0tLS1")
        && before.strip_suffix(";base64,").is_some_and(|uri| {
            uri.rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | '='))
                .next()
                .is_some_and(|uri| uri.starts_with("data:"))
        });
    // A Subresource Integrity digest (`sha512-lXG2…==`, npm's lockfiles), a Go module's checksum
    // (`h1:3lS2…=`, go.sum): the hash of public content.
    let integrity = ["sha256-", "sha384-", "sha512-"]
        .iter()
        .any(|p| word.starts_with(p))
        || before.ends_with(" h1:")
        || before.ends_with("/go.mod h1:");
    ssh_public_key || data_uri || integrity || base64_public_pem(word)
}

/// A PEM block of public material written in base64 whole (a kubeconfig's
/// `certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t…`): its header says what it
/// is. A private key's header is never public.
fn base64_public_pem(word: &str) -> bool {
    if !word.starts_with("LS0tLS1CRUdJTi") {
        return false;
    }
    let Some(header) = word.get(..48).and_then(|head| BASE64.decode(head).ok()) else {
        return false;
    };
    [
        &b"-----BEGIN CERTIFICATE"[..],
        b"-----BEGIN PUBLIC KEY",
        b"-----BEGIN X509 CRL",
    ]
    .iter()
    .any(|p| header.starts_with(p))
}

/// Where a Discord bot token starts, when the word at `hmac_start` is its last part:
/// `<base64 of 17-20 digits>.<6 url-safe>.<hmac>`.
fn discord_bot_token(text: &str, hmac_start: usize) -> Option<usize> {
    let before = text[..hmac_start].strip_suffix('.')?;
    let url_safe = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    let timestamp = before.bytes().rev().take_while(|b| url_safe(*b)).count();
    if timestamp != 6 {
        return None;
    }
    let before = before[..before.len() - 6].strip_suffix('.')?;
    let id_len = before.bytes().rev().take_while(|b| url_safe(*b)).count();
    if !(23..=28).contains(&id_len) {
        return None;
    }
    let id_start = before.len() - id_len;
    let id = &before[id_start..];
    let whole = &id[..id.len() - id.len() % 4];
    let digits = URL_SAFE.decode(whole).ok()?;
    (digits.len() >= 17 && digits.iter().all(u8::is_ascii_digit)).then_some(id_start)
}

/// The public members of a JSON Web Key (`"n"` and `"e"` of an RSA key, `"x"` and `"y"` of an
/// EC or OKP key) in a document that is one (`"kty"`): a JWKS publishes them. The private
/// members (`"d"`, `"p"`, `"q"`, `"dp"`, `"dq"`, `"qi"`, `"k"`) stay secrets.
fn jwk_public_member(text: &str, before: &str) -> bool {
    key_before(before).is_some_and(|(_, key)| matches!(key, "n" | "e" | "x" | "y")) && is_jwk(text)
}

/// A private member of a JSON Web Key (`"k"` of a symmetric key, `"d"` of a private one): a
/// secret whatever else the line says.
fn jwk_private_member(text: &str, before: &str) -> bool {
    key_before(before).is_some_and(|(_, key)| matches!(key, "k" | "d" | "p" | "q" | "dp" | "dq" | "qi"))
        && is_jwk(text)
}

/// Does `text` hold a JSON Web Key, its `kty` member quoted or not (`{kty:'oct', …}` in code)?
fn is_jwk(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b"kty").any(|at| {
        let after = text[at + 3..].trim_start_matches(['"', '\'']);
        after.trim_start_matches(' ').starts_with(':')
    })
}

/// A DER X.509 certificate on one line (`MIID…CCA…gAwIBAgI…`): a SEQUENCE whose first element
/// is a SEQUENCE (the to-be-signed certificate) opening with its `[0]` version. A private key's
/// first element is its version INTEGER.
fn der_certificate(word: &str) -> bool {
    (word.starts_with("MII")
        && word
            .get(..12)
            .and_then(|head| BASE64.decode(head).ok())
            .is_some_and(|head| matches!(head[..], [0x30, 0x82, _, _, 0x30, 0x82, _, _, 0xa0])))
        || der_public_key(word)
}

/// A public key in DER, as X.509's `SubjectPublicKeyInfo` writes it (a DKIM record's `p=`, a
/// JWKS's `x5c` key, `ssh-keygen -e -m PKCS8`): a sequence whose first element is the algorithm
/// (RSA, EC, Ed25519, X25519), not a private key's version number.
fn der_public_key(word: &str) -> bool {
    const ALGORITHMS: [&[u8]; 4] = [
        &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
        &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01],
        &[0x2b, 0x65, 0x70],
        &[0x2b, 0x65, 0x6e],
    ];
    let Some(head) = word.get(..24).and_then(|head| BASE64.decode(head).ok()) else {
        return false;
    };
    // The outer sequence's length in its short or long form, then the algorithm's sequence and
    // its object identifier.
    let inner = match head[..] {
        [0x30, 0x81, _, ..] => 3,
        [0x30, 0x82, _, _, ..] => 4,
        [0x30, length, ..] if length < 0x80 => 2,
        _ => return false,
    };
    let Some([0x30, _, 0x06, oid_length, rest @ ..]) = head.get(inner..) else {
        return false;
    };
    ALGORITHMS
        .iter()
        .any(|algorithm| usize::from(*oid_length) == algorithm.len() && rest.starts_with(algorithm))
}

/// The byte ranges of PEM blocks of public material in `text` (certificates, certificate
/// requests, CRLs, public keys, OpenPGP public key blocks): from the end of the header to the
/// footer, or to the end of the text. A private key block is never one.
fn pem_public_blocks(text: &str) -> Vec<(usize, usize)> {
    const PUBLIC: &[&str] = &[
        "CERTIFICATE",
        "TRUSTED CERTIFICATE",
        "X509 CERTIFICATE",
        "CERTIFICATE REQUEST",
        "NEW CERTIFICATE REQUEST",
        "X509 CRL",
        "PUBLIC KEY",
        "RSA PUBLIC KEY",
        "EC PUBLIC KEY",
        "PGP PUBLIC KEY BLOCK",
    ];
    let bytes = text.as_bytes();
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&bytes[from..], b"-----BEGIN ").map(|i| from + i) {
        let label_start = at + "-----BEGIN ".len();
        let Some(label_len) = memchr::memmem::find(&bytes[label_start..], b"-----") else {
            break;
        };
        let body_start = label_start + label_len + "-----".len();
        let end =
            memchr::memmem::find(&bytes[body_start..], b"-----END ").map_or(bytes.len(), |i| body_start + i);
        if PUBLIC.contains(&&text[label_start..label_start + label_len]) {
            blocks.push((body_start, end));
        }
        from = end.max(body_start);
    }
    blocks
}

/// A base64 word that decodes to a JSON document (`eyJ…` is `{"`; a payload, not a JWT: no
/// dots) whose text names no secret (`{"order_id":1234,"status":"paid"}`, a Kinesis record).
/// A document naming a key, token, password… (a Docker `{"auths": …}`) is still redacted.
pub(super) fn json_without_secrets(word: &str) -> bool {
    if !["eyJ", "W3s", "ewo", "ew0K"].iter().any(|p| word.starts_with(p)) {
        return false;
    }
    // Whole 4-character groups only: a word cut short still decodes.
    let trimmed = word.trim_end_matches('=');
    let whole = &trimmed[..trimmed.len() - trimmed.len() % 4];
    let decoded = if whole.contains(['-', '_']) {
        URL_SAFE.decode(whole)
    } else {
        BASE64.decode(whole)
    };
    let Ok(decoded) = decoded else {
        return false;
    };
    let text = decoded.trim_ascii_start();
    let json = text.starts_with(b"{") || text.starts_with(b"[");
    let printable = text
        .iter()
        .all(|b| !b.is_ascii_control() || b.is_ascii_whitespace());
    json && printable && !super::keys::holds_keyword(text)
}

/// A base64 word that is a payload, not a key: gzip data (`H4sI`, a CloudWatch Logs
/// subscription record) or text with spaces or lines (EC2 `UserData`, a script) that names no
/// secret. A credential pair (`user:password`) has neither and stays redacted.
pub(super) fn compressed_or_text(word: &str) -> bool {
    if word.starts_with("H4sI") {
        return true;
    }
    let text_byte = |b: &u8| (b' '..=b'~').contains(b) || matches!(b, b'\n' | b'\t' | b'\r');
    // The first 12 bytes first: random bytes are almost never all text.
    let head = word.get(..16).and_then(|h| BASE64.decode(h).ok());
    if !head.is_some_and(|h| h.iter().all(text_byte)) {
        return false;
    }
    let trimmed = word.trim_end_matches('=');
    let whole = &trimmed[..trimmed.len() - trimmed.len() % 4];
    let Ok(decoded) = BASE64.decode(whole) else {
        return false;
    };
    decoded.iter().all(text_byte) && decoded.contains(&b'\n') && !super::keys::holds_keyword(&decoded)
}

/// Base64 without padding, in either alphabet (padding is trimmed before decoding).
const BASE64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD_NO_PAD;
const URL_SAFE: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The key right before a value (`x-amz-id-2` in `x-amz-id-2: v`, `NextToken` in
/// `NextToken=v`), if any.
fn key_before(before: &str) -> Option<(usize, &str)> {
    let key_end = before.trim_end_matches([' ', '=', ':', '"', '\'']).len();
    if key_end == before.len() {
        return None;
    }
    let key = &before[..key_end];
    let start = key
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((start, &key[start..])).filter(|(_, k)| !k.is_empty())
}

/// A long random word after a key that says what it is and that it is no secret: an id
/// (`x-amz-id-2`, `HostId`), a token that is no credential (`NextToken`, `token_type`), or a
/// digest (`CodeSha256`, `ETag`, `checksum`).
///
/// A key another finding covers counts for nothing: a second pass sees its placeholder.
fn named_harmless(before: &str, findings: &[Finding]) -> bool {
    key_before(before).is_some_and(|(start, key)| {
        let end = start + key.len();
        // Nor does a "key" that is itself a value (`?code=NextToken: x`).
        let a_value = before[..start].ends_with(['=', ':']);
        if a_value || findings.iter().any(|f| f.start < end && start < f.end) {
            return false;
        }
        let key = key.strip_suffix("-2").unwrap_or(key);
        // `public key: <base64>` (`wg show`, `ssh-keygen -l`): two words naming public material.
        let public_key = key.eq_ignore_ascii_case("key")
            && before[..start]
                .strip_suffix(' ')
                .is_some_and(|b| b.to_ascii_lowercase().ends_with("public"));
        public_key
            || in_envelope(&before[..start])
            || super::keys::names_opaque(key)
            || key.to_ascii_lowercase().ends_with("id")
            || super::keys::mentions_but_not_secret(key)
            || super::keys::names_a_digest(key)
            || super::keys::names_public(key)
    })
}

/// A name joined to a hex digest (`SimpleNotificationService-9f86d081884c7d659a2feaa0c55ad015`,
/// a certificate's or a bundle's file name, also as a URL path's last segment, a CI cache's key
/// `Linux-node-<sha256>`, IAM Identity Center's role `AWSReservedSSO_PowerUserAccess_<16 hex>`):
/// an identifier, not a random word. Random base64 is never all lower-case hex over 16
/// characters after a name of letters.
fn name_and_digest(word: &str) -> bool {
    let file = word.rsplit('/').next().unwrap_or(word);
    file.rsplit_once(['-', '_']).is_some_and(|(name, digest)| {
        name.len() >= 3
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'_'))
            && digest.len() >= 16
            && digest
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// A path or a generated name, told by the words among its parts and no long random part: a
/// URL's path (`com/ui/o-1A2B3C-na1/session/7d4e1f8b5c2d9a6e`, `projects/9820/locations/global/
/// ...`), a CloudFormation physical name (`media-stack-BucketNotificationsHandler-4GhT2kLm9QzX`).
/// Random base64 has a `/` or `-` in one character of 32 and a part of three lower-case letters
/// rarely, two such parts almost never; a path that ends in a secret (`receiver/v1/http/<key>`)
/// has a long random part, and is judged whole.
/// `/v1/payslips/PS-2031-01-FLKZOYKY`: a request's path, its segments a resource's name and
/// ids, with no random segment (a webhook's secret in its path, `/services/T0/B1/<24 random>`,
/// has one).
fn request_path(word: &str) -> bool {
    let Some(path) = word.strip_prefix('/') else {
        return false;
    };
    let segments: Vec<&str> = path.split('/').collect();
    segments.len() >= 3
        && segments
            .iter()
            .any(|segment| segment.len() >= 3 && segment.bytes().all(|b| b.is_ascii_lowercase()))
        && segments.iter().all(|segment| !made_of_random_characters(segment))
}

/// 16 characters and more with at least two capitals, two small letters and two digits, not a
/// name before a digest: what a generated secret is made of.
fn made_of_random_characters(part: &str) -> bool {
    let class = |f: fn(&u8) -> bool| part.as_bytes().iter().filter(|b| f(b)).count() >= 2;
    part.len() >= 16
        && class(u8::is_ascii_uppercase)
        && class(u8::is_ascii_lowercase)
        && class(u8::is_ascii_digit)
        && !name_and_digest(part)
}

pub(super) fn made_of_words(word: &str) -> bool {
    let mut count = 0;
    let mut words = 0;
    for part in word.split(['/', '-']) {
        count += 1;
        words += usize::from(part.len() >= 3 && part.bytes().all(|b| b.is_ascii_lowercase()));
        if made_of_random_characters(part) {
            return false;
        }
    }
    count >= 3 && words >= 2
}

/// Whether a word starting where `before` ends is WebLogic's encrypted value (`{AES256}…`, older
/// domains' `{AES}…` and `{3DES}…`, in `boot.properties` and `config.xml`): decrypted only with the
/// domain's own `SerializedSystemIni.dat`.
fn weblogic_encrypted(before: &str) -> bool {
    WEBLOGIC_CIPHERTEXTS.iter().any(|p| before.ends_with(p))
}

/// How WebLogic marks its encrypted values.
pub(super) const WEBLOGIC_CIPHERTEXTS: [&str; 3] = ["{AES256}", "{AES}", "{3DES}"];

/// Whether a word starting where `before` ends is an IIS configuration's encrypted attribute
/// (`password="[enc:IISWASOnlyCngProvider:…:enc]"`).
fn iis_encrypted(before: &str) -> bool {
    let mut from = before.len().saturating_sub(128);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    before[from..].rsplit_once("[enc:").is_some_and(|(_, provider)| {
        provider.ends_with(':') && provider.bytes().all(|b| b.is_ascii_alphanumeric() || b == b':')
    })
}

/// Whether a field starting where `before` ends is inside SOPS's encrypted envelope
/// (`ENC[AES256_GCM,data:…,iv:…,tag:…]`): its parts are ciphertext, nonce and tag.
fn in_envelope(before: &str) -> bool {
    let mut from = before.len().saturating_sub(1024);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    before
        .rfind("ENC[")
        .is_some_and(|open| !before[open..].contains([']', '\n']))
}

/// Whether `bytes[start..end]` is alone on its line (spaces aside).
fn line_is_only(bytes: &[u8], start: usize, end: usize) -> bool {
    let blank = |b: &u8| *b == b' ' || *b == b'\t' || *b == b'\r';
    let before = bytes[..start].iter().rev().find(|b| !blank(b));
    let after = bytes[end..].iter().find(|b| !blank(b));
    before.is_none_or(|b| *b == b'\n') && after.is_none_or(|b| *b == b'\n')
}

/// `[A-Za-z0-9+/_-]`, as a table: this loop runs over every line.
static BLOB_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'_' | b'-');
        b += 1;
    }
    table
};

/// Mixed case and digits, and at least 4.2 bits of entropy per character (random base64 has
/// about 5; English words and CamelCase identifiers under 4).
pub(super) fn random(word: &[u8]) -> bool {
    let upper = word.iter().filter(|b| b.is_ascii_uppercase()).count();
    let lower = word.iter().filter(|b| b.is_ascii_lowercase()).count();
    let digits = word.iter().filter(|b| b.is_ascii_digit()).count();
    if upper < 2 || lower < 2 || digits < 2 {
        return false;
    }
    let mut counts = [0u32; 256];
    for &b in word {
        counts[b as usize] += 1;
    }
    let n = word.len() as f64;
    let entropy: f64 = counts
        .iter()
        .filter(|c| **c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum();
    entropy >= 4.2
}
