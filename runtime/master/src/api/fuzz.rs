//! The API's parsers under the domain's fuzzer (`awsmon_domain::fuzz`): the proxy event as a
//! direct invoke may carry it, through the deserialiser the Lambda runtime uses, then
//! [`super::request::parse`]; and [`super::cursor::Cursor::decode`] on mutated cursors.

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_domain::Timestamp;
use awsmon_domain::fuzz::{Rng, budget, mutate, mutate_json, run, well_formed_reason};
use serde_json::{Value, json};

use super::cursor::Cursor;
use super::error::ApiError;
use super::request::parse;

const NOW: Timestamp = Timestamp::from_millis(1_795_510_800_000);
/// Field names are bounded to 64 characters, messages are ours.
const MAX_MESSAGE_CHARS: usize = 400;

fn well_formed(error: &ApiError) -> Result<(), String> {
    if let ApiError::InvalidParameter { field, message } = error {
        well_formed_reason(field, 70)?;
        well_formed_reason(message, MAX_MESSAGE_CHARS)?;
    }
    well_formed_reason(&error.body().to_string(), MAX_MESSAGE_CHARS + 200)
}

fn seeds() -> Vec<Value> {
    let request = |method: &str, path: &str, query: Value, body: Value| {
        json!({"httpMethod": method, "path": path, "queryStringParameters": query,
               "multiValueQueryStringParameters": query.as_object().map(|q| {
                   q.iter().map(|(k, v)| (k.clone(), json!([v]))).collect::<serde_json::Map<_, _>>()
               }),
               "requestContext": {"httpMethod": method, "requestId": "req-1"},
               "headers": {}, "body": body, "isBase64Encoded": false})
    };
    let cursor = Cursor::new(
        "events;account=;severity=;type=;status=".into(),
        Some((NOW.millis() - 86_400_000, NOW.millis())),
        "2026-11-24".into(),
    )
    .encode();
    vec![
        request(
            "GET",
            "/events",
            json!({"limit": "10", "severity": "high", "from": "2026-11-23T09:00:00Z"}),
            Value::Null,
        ),
        request(
            "GET",
            "/events",
            json!({"cursor": cursor, "account": "123456789012", "type": "alarm"}),
            Value::Null,
        ),
        request(
            "GET",
            "/issues",
            json!({"status": "open", "limit": "500"}),
            Value::Null,
        ),
        request("GET", "/issues/0123456789abcdef", json!({}), Value::Null),
        request(
            "POST",
            "/issues/0123456789abcdef/mute",
            json!({}),
            json!("{\"duration_secs\": 3600}"),
        ),
        request(
            "POST",
            "/silences",
            json!({}),
            json!(
                "{\"reason\": \"deploy\", \"event_type\": \"alarm\", \"expires_at\": \"2026-11-25T09:00:00Z\"}"
            ),
        ),
        request("GET", "/agents/123456789012%2Feu-west-1", json!({}), Value::Null),
        request("GET", "/reports/daily/2026-11-24", json!({}), Value::Null),
    ]
}

#[test]
fn fuzz_api_requests() {
    let seeds = seeds();
    run(
        "api-requests",
        budget(600),
        |rng: &mut Rng, _| {
            let seed = rng.pick(&seeds);
            if rng.chance(5) {
                mutate(rng, &seed.to_string())
            } else {
                mutate_json(rng, seed).to_string()
            }
        },
        |raw| {
            let Ok(request) = serde_json::from_str::<ApiGatewayProxyRequest>(raw) else {
                // The runtime refuses what does not deserialise, before the function runs.
                return Ok(());
            };
            match parse(&request, NOW) {
                Ok(_) => Ok(()),
                Err(e) => well_formed(&e),
            }
        },
    )
    .assert_clean();
}

#[test]
fn fuzz_cursors() {
    let base = Cursor::new(
        "events;account=;severity=;type=;status=".into(),
        Some((NOW.millis() - 2 * 86_400_000, NOW.millis())),
        "2026-11-23".into(),
    );
    let mut full = base.clone();
    for shard in 0..16 {
        full.positions
            .insert(shard, format!("{}#err-{shard}", NOW.millis() - 86_400_000));
    }
    let seeds = [
        serde_json::to_value(&base).unwrap_or_default(),
        serde_json::to_value(&full).unwrap_or_default(),
        serde_json::to_value(Cursor::new(
            "issues;account=;severity=;type=;status=".into(),
            None,
            "issues".into(),
        ))
        .unwrap_or_default(),
    ];
    run(
        "cursors",
        budget(1_500),
        |rng, _| {
            let json = mutate_json(rng, rng.clone().pick(&seeds)).to_string();
            use base64::Engine;
            let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
            if rng.chance(5) {
                mutate(rng, &encoded)
            } else {
                encoded
            }
        },
        |raw| match Cursor::decode(raw) {
            Ok(cursor) => {
                // What is accepted reads back, and asks for at most 31 days of groups.
                if Cursor::decode(&cursor.encode()).ok().as_ref() != Some(&cursor) {
                    return Err("an accepted cursor does not read back".into());
                }
                match cursor.range {
                    Some((from, to)) if to - from > 31 * 86_400_000 => Err("a range over 31 days".into()),
                    _ => Ok(()),
                }
            }
            Err(e) => well_formed(&e),
        },
    )
    .assert_clean();
}
