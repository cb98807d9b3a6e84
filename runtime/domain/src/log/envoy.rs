//! Envoy's access log, as the sidecars of App Mesh, ECS Service Connect, Istio and Consul write
//! it (the default text format, `[time] "GET /path HTTP/1.1" 503 UH …`, and JSON with
//! `response_code` and `response_flags`). A record is an error when it answered 500, 502, 503 or
//! 504 and its response flags say the proxy got no answer from the upstream (the flags that start
//! with `U`: no healthy host, a failed connection, an overflow of its circuit breaker, a timeout,
//! retries exhausted, a reset, a protocol error), or that the rate-limit service it asks first
//! failed (`RLSE`). The upstream logs nothing of it (the request never reached it), so the
//! record is the only report. A 5xx with no flag is the application's
//! own answer, told in its own log; other flags are a client's doing (`NR` no route, `DC` the
//! client closed, `RL` rate limited, `UAEX` refused by an authorization service). (These are the
//! records the default query and the keyword prefilter fetch: `" 503 U…`, `"response_flags":"U…"`,
//! `NoHealthyUpstream`, `" 500 RLSE`, `"response_flags":"RLSE"`.)
//!
//! Such records group by how and to which upstream they failed: the path and the method are the
//! request's, not the problem's. A record that did not fail is read as any other line.

use serde_json::{Map, Value};

/// The short response flags that say the upstream gave no answer, or that the rate-limit
/// service Envoy asks first failed (a request its `failure_mode_deny` refuses), and their long
/// names (`%RESPONSE_FLAGS_LONG%`).
const UPSTREAM_FAILURES: [(&str, &str); 8] = [
    ("UH", "NoHealthyUpstream"),
    ("UF", "UpstreamConnectionFailure"),
    ("UO", "UpstreamOverflow"),
    ("UT", "UpstreamRequestTimeout"),
    ("URX", "UpstreamRetryLimitExceeded"),
    ("UC", "UpstreamConnectionTermination"),
    ("UPE", "UpstreamProtocolError"),
    ("RLSE", "RateLimitServiceError"),
];

/// The statuses a proxy answers when the upstream gave none.
const FAILED_STATUSES: [&str; 4] = ["500", "502", "503", "504"];

/// The keys of a JSON access record that [`json_record`] reads.
pub const ACCESS_KEYS: [&str; 5] = [
    "response_flags",
    "response_code",
    "upstream_cluster",
    "authority",
    ":authority",
];

/// One access record: its status, its response flags and the upstream it was for, when the
/// record names it.
#[derive(Debug, PartialEq, Eq)]
pub struct AccessRecord {
    pub status: String,
    pub flags: String,
    pub upstream: Option<String>,
}

impl AccessRecord {
    /// Did the proxy get no answer from the upstream?
    pub fn failed(&self) -> bool {
        FAILED_STATUSES.contains(&self.status.as_str()) && self.failure().is_some()
    }

    /// The first flag that says how the upstream failed (`UF` of `UF,URX`: the retries ran out
    /// because the connection failed).
    fn failure(&self) -> Option<&str> {
        self.flags.split(',').find(|flag| {
            UPSTREAM_FAILURES
                .iter()
                .any(|(short, long)| flag == short || flag == long)
        })
    }

    /// The record's problem: how the upstream failed and which upstream it was (a record that
    /// did not fail, by all its flags).
    pub fn template(&self) -> String {
        let how = self.failure().unwrap_or(&self.flags);
        format!("envoy {how} to {}", self.upstream.as_deref().unwrap_or("-"))
    }
}

/// The access record `line` is, in Envoy's default text format: a bracketed time, the quoted
/// request line with its protocol, the status (`0` when none was sent), then the flags (`-`
/// when none). The upstream is the request's authority: the first later quoted field that is a
/// host name (not an address, a user agent or a request id).
pub fn text_record(line: &str) -> Option<AccessRecord> {
    let rest = line.strip_prefix('[')?;
    let (_, rest) = rest.split_once("] \"")?;
    let (request, rest) = rest.split_once("\" ")?;
    if !request.contains(" HTTP/") && !request.ends_with(" -") {
        return None;
    }
    let mut fields = rest.split(' ');
    let code = fields.next()?;
    let flags = fields.next()?;
    let flags_ok = flags == "-"
        || flags
            .split(',')
            .all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphabetic()));
    let code_ok = code.len() <= 3 && code.bytes().all(|b| b.is_ascii_digit());
    if !(code_ok && flags_ok) {
        return None;
    }
    let upstream = rest
        .split('"')
        .skip(1)
        .step_by(2)
        .find(|field| is_host_name(field))
        .map(str::to_owned);
    Some(AccessRecord {
        status: code.to_owned(),
        flags: flags.to_owned(),
        upstream,
    })
}

/// The access record a JSON object is, when it has Envoy's `response_flags` and
/// `response_code`; the upstream is its `upstream_cluster` or its `authority`.
pub fn json_record(map: &Map<String, Value>) -> Option<AccessRecord> {
    let flags = map.get("response_flags")?.as_str()?;
    let status = match map.get("response_code")? {
        Value::Number(code) => code.to_string(),
        Value::String(code) => code.clone(),
        _ => return None,
    };
    let upstream = ACCESS_KEYS[2..]
        .iter()
        .find_map(|key| map.get(*key).and_then(Value::as_str))
        .filter(|name| !name.is_empty() && *name != "-")
        .map(str::to_owned);
    Some(AccessRecord {
        status,
        flags: flags.to_owned(),
        upstream,
    })
}

/// `inventory.quillmart.local:8080`, `orders`: a name with a letter, no space and no `/`, and
/// not a UUID (a request id).
fn is_host_name(field: &str) -> bool {
    let name = field.rsplit_once(':').map_or(field, |(host, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            host
        } else {
            field
        }
    });
    !name.is_empty()
        && name.bytes().any(|b| b.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        && name.contains('.')
        && !(name.len() == 36 && name.bytes().filter(|&b| b == b'-').count() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_record_fails_on_an_upstream_flag_and_names_its_authority() {
        let record = text_record(
            r#"[2029-10-17T02:33:15.218Z] "POST /v1/reservations HTTP/1.1" 503 UH 226 19 0 - "10.52.227.227" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)" "262784ea-7278-4f04-8b78-a99a975b5841" "inventory.quillmart.local:8080" "-""#,
        )
        .expect("a record");
        assert!(record.failed());
        assert_eq!(record.template(), "envoy UH to inventory.quillmart.local:8080");
        let retried = text_record(
            r#"[2026-11-22T21:03:26.235Z] "PUT /carts/2938 HTTP/1.1" 503 UF,URX 3546 7876 24203 19294 "192.0.2.94" "curl/8.5.0" "8d992c94-6ca2-42a8-b2f1-2341f81ca61b" "payments.orders-mesh.local:8080" "10.0.3.7:8080""#,
        )
        .expect("a record");
        assert!(retried.failed());
        for clean in [
            r#"[2029-10-12T15:49:22.012Z] "GET /v1/score HTTP/1.1" 200 - 2207 8990 365 417 "10.52.94.31" "Quillmart/5.2.0 (iOS 18.1)" "9b9daed7-1159-4c45-af23-7a9051b0c1d2" "score.quillmart.local" "10.0.1.9:8080""#,
            r#"[2028-12-02T02:35:07.658Z] "GET /.env HTTP/2" 404 NR route_not_found - "-" 0 0 0 - "-" "Go-http-client/1.1" "5884ee92-2969-4392-80db-957cd4626c85" "www.example.com" "-""#,
            r#"[2029-10-12T15:49:22.012Z] "POST /v1/score HTTP/1.1" 500 - 2207 8990 365 417 "-" "curl/8.5.0" "9b9d" "score.quillmart.local" "10.0.1.9:8080""#,
            r#"[2029-10-12T15:49:22.012Z] "POST /v1/score HTTP/1.1" 0 DC 2207 0 365 - "-" "curl/8.5.0" "9b9d" "score.quillmart.local" "-""#,
        ] {
            assert!(!text_record(clean).expect("a record").failed(), "{clean}");
        }
        assert_eq!(
            text_record("[2029-10-12 15:49:22.012][12][info][main] starting"),
            None
        );
        assert_eq!(text_record(r#"[x] "quoted" words then more"#), None);
    }

    #[test]
    fn a_json_record_fails_on_an_upstream_flag() {
        let map = |text: &str| match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map,
            _ => panic!("{text}"),
        };
        let record = json_record(&map(
            r#"{"method":"POST","path":"/merchants/qm-eu/transactions","response_code":503,"response_flags":"UF","upstream_cluster":"braintree-egress"}"#,
        ))
        .expect("a record");
        assert!(record.failed());
        assert_eq!(record.template(), "envoy UF to braintree-egress");
        let long = json_record(&map(
            r#"{"response_code":503,"response_flags":"UpstreamConnectionFailure"}"#,
        ))
        .expect("a record");
        assert!(long.failed());
        assert!(
            !json_record(&map(r#"{"response_code":200,"response_flags":"-"}"#))
                .expect("a record")
                .failed()
        );
        assert_eq!(json_record(&map(r#"{"level":"error","msg":"x"}"#)), None);
    }
}
