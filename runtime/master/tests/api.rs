//! The `api` function against real parts: events, issues and agents stored through the real
//! ingest path (`Master::handle` with SQS batches) in local AWS, then read and changed through
//! the API handler with API Gateway proxy requests. Every response body is validated against
//! the schema `docs/api/openapi.json` gives for its route and status.

mod support;

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_domain::agent_event::{AgentEvent, AgentIdentity, Heartbeat, SCHEMA_VERSION};
use awsmon_domain::issue::Issue;
use awsmon_domain::monitoring_event::{MonitoringEvent, SeverityPolicy, normalise};
use awsmon_domain::report::ReportKind;
use awsmon_domain::{AccountId, EventId, Region, Timestamp};
use awsmon_master::api::request::{EVENT_PARAMETERS, ISSUE_PARAMETERS};
use awsmon_master::api::routes::{self, ROUTES};
use awsmon_master::api::{Api, OPENAPI};
use awsmon_master::dynamodb::{self, DynamoStore};
use awsmon_master::handler::Master;
use awsmon_master::ports::{EventStore, now};
use awsmon_tests::MASTER_ACCOUNT;
use awsmon_tests::lambda_deploy::{build_zip, deploy};
use percent_encoding::{NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde_json::{Value, json};
use support::{TABLE, World, accept_all, failures, fixture, sqs_batch};

const HOUR_MS: i64 = 3_600_000;
/// The signed caller of every request (`requestContext.identity.userArn` under `AWS_IAM`).
const OPERATOR: &str = "arn:aws:sts::111111111111:assumed-role/awsmon-operator/EXAMPLE-session";

/// What a call returned.
#[derive(Debug)]
struct Reply {
    status: u16,
    body: Value,
    allow: Option<String>,
}

impl Reply {
    /// The `field` of a 400 `invalid-parameter` error.
    fn bad_field(&self) -> &str {
        assert_eq!(self.status, 400, "{self:?}");
        assert_eq!(self.body["error"]["code"], "invalid-parameter", "{self:?}");
        self.body["error"]["field"].as_str().unwrap_or_default()
    }

    fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or_default()
    }
}

/// The API under test, with the OpenAPI document every reply is checked against and the
/// routes exercised so far.
struct Client {
    api: Api<DynamoStore>,
    doc: Value,
    seen: Mutex<BTreeSet<(String, String)>>,
}

impl Client {
    fn new(store: DynamoStore) -> Self {
        Self {
            api: Api::new(store),
            doc: serde_json::from_str(OPENAPI).expect("the OpenAPI document is JSON"),
            seen: Mutex::new(BTreeSet::new()),
        }
    }

    async fn get(&self, target: &str) -> Reply {
        self.call("GET", target, None).await
    }

    async fn post(&self, target: &str, body: Option<&str>) -> Reply {
        self.call("POST", target, body).await
    }

    async fn call(&self, method: &str, target: &str, body: Option<&str>) -> Reply {
        let request = proxy_request(method, target, body);
        let response = self.api.handle(request, "invocation-1", now()).await;
        let status = u16::try_from(response.status_code).expect("an HTTP status");
        let body = match &response.body {
            Some(aws_lambda_events::encodings::Body::Text(text)) => serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("{method} {target}: not JSON ({e}): {text}")),
            None => Value::Null,
            Some(other) => panic!("{method} {target}: not a text body: {other:?}"),
        };
        if status == 204 {
            assert!(response.body.is_none(), "204 with a body");
        } else {
            assert_eq!(
                response.headers.get("content-type").and_then(|v| v.to_str().ok()),
                Some("application/json")
            );
        }
        let allow = response
            .headers
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let path = target.split('?').next().unwrap_or_default();
        let schema = match routes::find(method, path) {
            Ok((id, _)) => {
                let route = ROUTES.iter().find(|r| r.id == id).expect("a route of the table");
                self.seen
                    .lock()
                    .unwrap()
                    .insert((route.method.to_owned(), route.path.to_owned()));
                let responses = &self.doc["paths"][route.path][route.method.to_lowercase()]["responses"];
                let documented = &responses[status.to_string()];
                assert!(
                    documented.is_object(),
                    "{method} {target}: status {status} is not documented for {} {}: {body}",
                    route.method,
                    route.path
                );
                documented["content"]["application/json"]["schema"].clone()
            }
            // No route or no such method: the error schema.
            Err(_) => json!({"$ref": "#/components/schemas/Error"}),
        };
        if status != 204 {
            conform(
                &self.doc,
                &schema,
                &body,
                &format!("{method} {target} -> {status}"),
            );
        }
        Reply { status, body, allow }
    }

    fn seen(&self) -> BTreeSet<(String, String)> {
        self.seen.lock().unwrap().clone()
    }
}

/// An API Gateway REST (v1) proxy event, the shape local AWS's HTTP front (and API Gateway)
/// sends for `/{proxy+}`.
fn proxy_request(method: &str, target: &str, body: Option<&str>) -> ApiGatewayProxyRequest {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut single = serde_json::Map::new();
    let mut multi = serde_json::Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
        let (name, value) = (decode(name), decode(value));
        single.insert(name.clone(), json!(value));
        multi
            .entry(name)
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .expect("an array")
            .push(json!(value));
    }
    let nullable = |map: serde_json::Map<String, Value>| {
        if map.is_empty() {
            Value::Null
        } else {
            Value::Object(map)
        }
    };
    serde_json::from_value(json!({
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": method,
        "headers": {"Content-Type": "application/json"},
        "multiValueHeaders": {"Content-Type": ["application/json"]},
        "queryStringParameters": nullable(single),
        "multiValueQueryStringParameters": nullable(multi),
        "pathParameters": {"proxy": path.trim_start_matches('/')},
        "stageVariables": null,
        "requestContext": {
            "accountId": MASTER_ACCOUNT, "apiId": "local", "resourcePath": "/{proxy+}",
            "httpMethod": method, "path": format!("/local{path}"), "stage": "local",
            "requestId": format!("req-{}", now().millis()),
            "identity": {"sourceIp": "127.0.0.1", "userArn": OPERATOR, "caller": "AROAEXAMPLE:EXAMPLE-session"},
        },
        "body": body,
        "isBase64Encoded": false,
    }))
    .expect("a proxy request")
}

/// OpenAPI 3.0 schema objects as JSON Schema: `nullable: true` becomes a `null` type.
fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> =
                map.iter().map(|(k, v)| (k.clone(), json_schema(v))).collect();
            if out.remove("nullable") == Some(Value::Bool(true)) {
                if let Some(Value::String(kind)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([kind, "null"]));
                }
                if let Some(Value::Array(values)) = out.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        other => other.clone(),
    }
}

/// Validate `body` against `schema` of the document, with `$ref`s into its components.
fn conform(doc: &Value, schema: &Value, body: &Value, what: &str) {
    let mut root = json_schema(schema);
    root["components"] = json_schema(&doc["components"]);
    let validator = jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{what}: bad schema: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: the body does not conform: {errors:?}\n{body}"
    );
}

fn enc(raw: &str) -> String {
    utf8_percent_encode(raw, NON_ALPHANUMERIC).to_string()
}

fn alarm_at(name: &str, state: &str, account: &str, at: Timestamp) -> String {
    let mut event = fixture("cloudwatch-alarm-state-change.json");
    event["account"] = json!(account);
    event["detail"]["alarmName"] = json!(name);
    event["resources"] = json!([format!("arn:aws:cloudwatch:us-east-1:{account}:alarm:{name}")]);
    event["detail"]["state"]["value"] = json!(state);
    event["detail"]["state"]["timestamp"] = json!(at.to_rfc3339());
    event.to_string()
}

/// A low-severity GuardDuty finding of `account` updated at `at`; `n` tells findings apart.
fn low_finding_at(n: i64, account: &str, at: Timestamp) -> String {
    let mut event = fixture("events/guardduty-ssh-brute-force-low.json");
    event["account"] = json!(account);
    event["detail"]["id"] = json!(format!("finding{n}"));
    event["detail"]["updatedAt"] = json!(at.to_rfc3339());
    event.to_string()
}

fn ecs_failure_at(task: &str, at: Timestamp) -> String {
    let mut event = fixture("ecs-task-state-change-stopped-failure.json");
    let arn = format!("arn:aws:ecs:us-west-2:111122223333:task/FargateCluster/{task}");
    event["resources"] = json!([arn]);
    event["detail"]["taskArn"] = json!(arn);
    event["detail"]["stoppedAt"] = json!(at.to_rfc3339());
    event.to_string()
}

fn heartbeat(started_at: Timestamp) -> String {
    let event = AgentEvent::Heartbeat(Heartbeat {
        schema_version: SCHEMA_VERSION,
        id: EventId::derive("hb", &[&started_at.millis().to_string()]),
        agent: AgentIdentity {
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            agent_version: "0.1.0".into(),
        },
        started_at,
        duration_ms: 100,
        schedule_period_secs: 300,
        config_hash: "c0ffee".into(),
        log_groups_watched: 3,
        queries: 1,
        lines_matched: 0,
        lines_not_errors: 0,
        events_published: 0,
        covered_ms: 300_000,
        failed_chunks: 0,
        errors: vec![],
    });
    json!({
        "version": "0", "id": "envelope", "source": "awsmon.agent",
        "detail-type": event.detail_type().as_str(), "account": "222222222222",
        "region": "eu-west-1", "time": started_at.to_rfc3339(), "resources": [],
        "detail": event.detail_json(),
    })
    .to_string()
}

/// Store `bodies` through the real ingest path, ten messages a batch as SQS delivers them;
/// returns the events as normalised.
async fn ingest(master: &Master, bodies: &[String]) -> Vec<MonitoringEvent> {
    for (i, chunk) in bodies.chunks(10).enumerate() {
        let (response, _) = master
            .handle(sqs_batch(chunk), &format!("ingest-{i}"))
            .await
            .expect("batch");
        assert_eq!(failures(&response), 0, "{response}");
    }
    bodies
        .iter()
        .map(|b| normalise(&serde_json::from_str(b).unwrap(), &SeverityPolicy::default()).expect("valid"))
        .collect()
}

/// Ids newest first, the order of the listing (time, then id, descending).
fn newest_first<'a>(events: impl IntoIterator<Item = &'a MonitoringEvent>) -> Vec<String> {
    let mut keyed: Vec<(i64, String)> = events
        .into_iter()
        .map(|e| (e.time.millis(), e.id.to_string()))
        .collect();
    keyed.sort_by(|a, b| b.cmp(a));
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// Follow `next_cursor` to the end; returns the ids in order and the number of pages.
async fn walk(client: &Client, first: &str, id_field: &str) -> (Vec<String>, usize) {
    let mut ids = Vec::new();
    let mut pages = 0;
    let mut target = first.to_owned();
    loop {
        let reply = client.get(&target).await;
        assert_eq!(reply.status, 200, "{target}: {reply:?}");
        pages += 1;
        assert!(pages < 200, "the cursor does not end");
        for item in reply.body["items"].as_array().expect("items") {
            ids.push(item[id_field].as_str().expect("an id").to_owned());
        }
        match reply.body["next_cursor"].as_str() {
            None => return (ids, pages),
            Some(cursor) => {
                let sep = if first.contains('?') { '&' } else { '?' };
                target = format!("{first}{sep}cursor={cursor}");
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn event_pages_walk_every_stored_event_once_newest_first_with_every_filter() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let client = Client::new(world.store());
    let now = now();
    let base = Timestamp::from_millis(now.millis() - HOUR_MS);
    // Over four days (so several day partitions), two accounts, three severities and three
    // types, with ties on the same millisecond.
    let mut bodies = Vec::new();
    for i in 0..36 {
        let at = base.plus_millis(-i * 97 * 60_000);
        let account = if i % 3 == 0 {
            "444455556666"
        } else {
            "123456789012"
        };
        // INSUFFICIENT_DATA is ignored: low-severity events are GuardDuty findings.
        bodies.push(if i % 4 == 0 {
            low_finding_at(i, account, at)
        } else {
            alarm_at(&format!("alarm-{}", i % 7), "ALARM", account, at)
        });
        if i % 5 == 0 {
            bodies.push(ecs_failure_at(&format!("task{i}"), at));
        }
    }
    // Outside the range asked below: older, and after `to`.
    let range_from = base.plus_millis(-80 * HOUR_MS);
    bodies.push(alarm_at(
        "too-old",
        "ALARM",
        "123456789012",
        range_from.plus_millis(-1),
    ));
    let events = ingest(&master, &bodies).await;
    let to = now;
    let in_range: Vec<&MonitoringEvent> = events
        .iter()
        .filter(|e| e.time >= range_from && e.time < to)
        .collect();
    assert_eq!(in_range.len(), events.len() - 1);
    // An expired event in the range (TTL not yet applied): never returned.
    let mut expired = events[1].clone();
    expired.id = EventId::parse("alarm-expired").unwrap();
    let short_lived = DynamoStore::new(world.dynamodb.clone(), TABLE, 0);
    short_lived
        .record(&expired, None, &[])
        .await
        .expect("expired event");

    let range = format!(
        "from={}&to={}",
        enc(&range_from.to_rfc3339()),
        enc(&to.to_rfc3339())
    );
    let (ids, pages) = walk(&client, &format!("/events?{range}&limit=7"), "id").await;
    assert_eq!(
        ids,
        newest_first(in_range.iter().copied()),
        "all events, newest first, once"
    );
    assert!(pages >= 6, "{pages} pages");

    // One page holds them all with the largest limit.
    let (ids_one_page, _) = walk(&client, &format!("/events?{range}&limit=500"), "id").await;
    assert_eq!(ids_one_page, ids);

    // Pattern 5: one account.
    let (ids, _) = walk(
        &client,
        &format!("/events?{range}&account=444455556666&limit=4"),
        "id",
    )
    .await;
    let expected = newest_first(
        in_range
            .iter()
            .copied()
            .filter(|e| e.account_id.as_str() == "444455556666"),
    );
    assert!(expected.len() > 8);
    assert_eq!(ids, expected);

    // Severity and type, alone and with the account.
    let (ids, _) = walk(&client, &format!("/events?{range}&severity=low&limit=3"), "id").await;
    let expected = newest_first(in_range.iter().copied().filter(|e| e.severity.as_str() == "low"));
    assert!(expected.len() > 3);
    assert_eq!(ids, expected);
    let (ids, _) = walk(
        &client,
        &format!("/events?{range}&type=ecs-task-failure&limit=2"),
        "id",
    )
    .await;
    let expected = newest_first(
        in_range
            .iter()
            .copied()
            .filter(|e| e.event_type.as_str() == "ecs-task-failure"),
    );
    assert_eq!((ids.len(), ids), (8, expected));
    let (ids, _) = walk(
        &client,
        &format!("/events?{range}&account=123456789012&severity=high&type=alarm&limit=5"),
        "id",
    )
    .await;
    let expected = newest_first(in_range.iter().copied().filter(|e| {
        e.account_id.as_str() == "123456789012"
            && e.severity.as_str() == "high"
            && e.event_type.as_str() == "alarm"
    }));
    assert_eq!(ids, expected);

    // The default range is the last 24 hours.
    let (ids, _) = walk(&client, "/events?limit=50", "id").await;
    let day_ago = now.plus_millis(-24 * HOUR_MS);
    let expected = newest_first(events.iter().filter(|e| e.time >= day_ago.plus_millis(60_000)));
    assert!(
        ids.len() >= expected.len() && ids.len() < in_range.len(),
        "{} {}",
        ids.len(),
        expected.len()
    );
    assert!(expected.iter().all(|id| ids.contains(id)));

    // A cursor keeps the first page's range and is refused for other filters.
    let first = client.get(&format!("/events?{range}&limit=3")).await;
    let cursor = first.body["next_cursor"].as_str().expect("a cursor").to_owned();
    let other = client
        .get(&format!("/events?{range}&limit=3&severity=high&cursor={cursor}"))
        .await;
    assert_eq!(other.bad_field(), "cursor");
    let moved = client
        .get(&format!(
            "/events?from={}&limit=3&cursor={cursor}",
            enc(&day_ago.to_rfc3339())
        ))
        .await;
    assert_eq!(moved.bad_field(), "cursor");

    // One event; an expired one and an unknown one are not found.
    let one = client.get(&format!("/events/{}", events[0].id)).await;
    assert_eq!(one.status, 200);
    assert_eq!(one.body, serde_json::to_value(&events[0]).unwrap());
    assert_eq!(client.get("/events/alarm-expired").await.status, 404);
    assert_eq!(client.get("/events/alarm-nope").await.code(), "not-found");
    assert_eq!(client.get("/events/a%20b").await.bad_field(), "id");
}

#[tokio::test(flavor = "multi_thread")]
async fn event_listing_refuses_bad_parameters_naming_each() {
    let world = World::start().await;
    let client = Client::new(world.store());
    let cases = [
        ("account=12345", "account"),
        ("severity=urgent", "severity"),
        ("type=alarms", "type"),
        ("from=yesterday", "from"),
        ("to=2026-13-01T00:00:00Z", "to"),
        ("from=2026-11-24T10:00:00Z&to=2026-11-24T09:00:00Z", "from"),
        ("from=2026-10-01T00:00:00Z&to=2026-11-24T00:00:00Z", "from"),
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("limit=ten", "limit"),
        ("cursor=!!", "cursor"),
        ("cursor=eyJ2IjoxfQ", "cursor"),
        ("account=123456789012&account=444455556666", "account"),
        ("sevrity=high", "sevrity"),
    ];
    for (query, field) in cases {
        let reply = client.get(&format!("/events?{query}")).await;
        assert_eq!(reply.bad_field(), field, "{query}: {reply:?}");
    }
    // A cursor of the issue listing is not one of the event listing.
    let issues = client.get("/issues?limit=1").await;
    assert_eq!(issues.status, 200);
    let forged = awsmon_master::api::cursor::Cursor::new(
        "issues;account=;severity=;type=;status=".into(),
        None,
        "issues".into(),
    )
    .encode();
    assert_eq!(
        client.get(&format!("/events?cursor={forged}")).await.bad_field(),
        "cursor"
    );
    assert_eq!(client.get(&format!("/issues?cursor={forged}")).await.status, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn issues_page_by_last_seen_and_people_acknowledge_and_resolve_them() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let client = Client::new(world.store());
    let base = now().plus_millis(-HOUR_MS);
    // 21 issues over the 16 shards; the first three see a second event later.
    let mut bodies: Vec<String> = (0..21)
        .map(|i| {
            alarm_at(
                &format!("issue-{i}"),
                "ALARM",
                if i % 2 == 0 {
                    "123456789012"
                } else {
                    "444455556666"
                },
                base.plus_millis(-i * 60_000),
            )
        })
        .collect();
    bodies.extend((0..3).map(|i| {
        alarm_at(
            &format!("issue-{i}"),
            "ALARM",
            if i % 2 == 0 {
                "123456789012"
            } else {
                "444455556666"
            },
            base.plus_millis(30_000 + i),
        )
    }));
    let events = ingest(&master, &bodies).await;
    // (last seen, issue id, account, alarm name)
    let mut issues: Vec<(i64, String, String, String)> = Vec::new();
    for event in &events {
        let id = Issue::id_for(event).to_string();
        match issues.iter_mut().find(|(_, i, _, _)| *i == id) {
            Some(entry) => entry.0 = entry.0.max(event.time.millis()),
            None => issues.push((
                event.time.millis(),
                id,
                event.account_id.to_string(),
                event.resource.clone(),
            )),
        }
    }
    issues.sort_by(|a, b| (b.0, &b.1).cmp(&(a.0, &a.1)));
    let expected: Vec<String> = issues.iter().map(|(_, id, _, _)| id.clone()).collect();

    let (ids, pages) = walk(&client, "/issues?limit=4", "id").await;
    assert_eq!(ids, expected);
    assert!(pages >= 6);
    let (ids, _) = walk(&client, "/issues?account=444455556666&limit=3", "id").await;
    let odd: Vec<String> = issues
        .iter()
        .filter(|(_, _, account, _)| account == "444455556666")
        .map(|(_, id, _, _)| id.clone())
        .collect();
    assert_eq!(ids, odd);
    let (ids, _) = walk(&client, "/issues?severity=low", "id").await;
    assert!(ids.is_empty());

    // Acknowledge, then resolve; each change only from a status that allows it.
    let id = &expected[0];
    let got = client.get(&format!("/issues/{id}")).await;
    assert_eq!(
        (
            got.status,
            got.body["status"].as_str(),
            got.body["count"].as_u64()
        ),
        (200, Some("open"), Some(2))
    );
    let version = got.body["version"].as_u64().unwrap();
    let acked = client.post(&format!("/issues/{id}/ack"), None).await;
    assert_eq!(
        (acked.status, acked.body["status"].as_str()),
        (200, Some("acknowledged"))
    );
    assert_eq!(acked.body["version"].as_u64(), Some(version + 1));
    // Issue 14: the caller of every change is recorded and shown.
    assert_eq!(
        (
            &acked.body["changed_by"]["caller"],
            &acked.body["changed_by"]["status"]
        ),
        (&json!(OPERATOR), &json!("acknowledged")),
        "{acked:?}"
    );
    let at = Timestamp::parse(acked.body["changed_by"]["at"].as_str().unwrap_or_default()).expect("a time");
    assert!((now().millis() - at.millis()).abs() < 60_000, "{acked:?}");
    assert_eq!(
        client.get(&format!("/issues/{id}")).await.body,
        acked.body,
        "what it returned is stored"
    );
    let again = client.post(&format!("/issues/{id}/ack"), None).await;
    assert_eq!((again.status, again.code()), (409, "invalid-transition"));
    let resolved = client.post(&format!("/issues/{id}/resolve"), None).await;
    assert_eq!(
        (resolved.status, resolved.body["status"].as_str()),
        (200, Some("resolved"))
    );
    assert_eq!(
        client.post(&format!("/issues/{id}/resolve"), None).await.status,
        409
    );
    assert_eq!(client.post(&format!("/issues/{id}/ack"), None).await.status, 409);
    let (ids, _) = walk(&client, "/issues?status=resolved", "id").await;
    assert_eq!(ids, std::slice::from_ref(id));
    let (ids, _) = walk(&client, "/issues?status=open&limit=100", "id").await;
    assert_eq!(ids.len(), expected.len() - 1);

    // Ingest still works on the changed issue (same version rule): a new event reopens it.
    let (_, _, account, arn) = &issues[0];
    let name = arn.rsplit(':').next().unwrap();
    let reopened = alarm_at(name, "ALARM", account, base.plus_millis(HOUR_MS / 2));
    ingest(&master, &[reopened]).await;
    let issue = client.get(&format!("/issues/{id}")).await;
    assert_eq!(
        (issue.body["status"].as_str(), issue.body["regressions"].as_u64()),
        (Some("open"), Some(1))
    );

    // Mute for an hour: listed as muted; a resolved issue cannot be muted.
    let muted_id = &expected[1];
    let muted = client
        .post(
            &format!("/issues/{muted_id}/mute"),
            Some(r#"{"duration_secs": 3600}"#),
        )
        .await;
    assert_eq!(
        (muted.status, muted.body["status"].as_str()),
        (200, Some("muted")),
        "{muted:?}"
    );
    let until = Timestamp::parse(muted.body["muted_until"].as_str().unwrap()).unwrap();
    assert!((until.millis() - now().millis() - HOUR_MS).abs() < 60_000);
    let (ids, _) = walk(&client, "/issues?status=muted", "id").await;
    assert_eq!(ids, std::slice::from_ref(muted_id));
    let later = now().plus_millis(2 * HOUR_MS).to_rfc3339();
    let moved = client
        .post(
            &format!("/issues/{muted_id}/mute"),
            Some(&json!({"until": later}).to_string()),
        )
        .await;
    assert_eq!(
        moved.body["muted_until"].as_str(),
        Some(Timestamp::parse(&later).unwrap().to_rfc3339().as_str())
    );
    let resolved_id = &expected[2];
    assert_eq!(
        client
            .post(&format!("/issues/{resolved_id}/resolve"), None)
            .await
            .status,
        200
    );
    let refused = client
        .post(
            &format!("/issues/{resolved_id}/mute"),
            Some(r#"{"duration_secs": 3600}"#),
        )
        .await;
    assert_eq!((refused.status, refused.code()), (409, "invalid-transition"));
    let mute_cases = [
        (None, "body"),
        (Some("{}"), "until"),
        (Some(r#"{"until": "tomorrow"}"#), "until"),
        (Some(r#"{"duration_secs": 1}"#), "duration_secs"),
        (
            Some(r#"{"duration_secs": 60, "until": "2030-01-01T00:00:00Z"}"#),
            "until",
        ),
        (Some(r#"{"duration_secs": 60, "reason": "x"}"#), "reason"),
    ];
    for (body, field) in mute_cases {
        let reply = client.post(&format!("/issues/{muted_id}/mute"), body).await;
        assert_eq!(reply.bad_field(), field, "{body:?}");
    }
    let unknown = client
        .post("/issues/0123456789abcdef/mute", Some(r#"{"duration_secs": 60}"#))
        .await;
    assert_eq!(unknown.status, 404);

    for target in [
        "/issues/0123456789abcdef",
        "/issues/0123456789abcdef/ack",
        "/issues/0123456789abcdef/resolve",
    ] {
        let reply = if target.ends_with("issues/0123456789abcdef") {
            client.get(target).await
        } else {
            client.post(target, None).await
        };
        assert_eq!((reply.status, reply.code()), (404, "not-found"), "{target}");
    }
    for target in [
        "/issues/NOT-HEX",
        "/issues/abc/ack",
        "/issues/0123456789ABCDEF/resolve",
    ] {
        let reply = if target.ends_with("HEX") {
            client.get(target).await
        } else {
            client.post(target, None).await
        };
        assert_eq!(reply.bad_field(), "id", "{target}");
    }
    for (query, field) in [
        ("status=closed", "status"),
        ("account=1", "account"),
        ("severity=x", "severity"),
        ("limit=-1", "limit"),
        ("type=alarm", "type"),
    ] {
        assert_eq!(
            client.get(&format!("/issues?{query}")).await.bad_field(),
            field,
            "{query}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn silences_are_made_listed_and_ended_and_bad_bodies_name_their_field() {
    let world = World::start().await;
    let client = Client::new(world.store());
    let made = client
        .post(
            "/silences",
            Some(r#"{"account_id": "123456789012", "event_type": "alarm", "duration_secs": 3600, "reason": "maintenance"}"#),
        )
        .await;
    assert_eq!(made.status, 201, "{made:?}");
    assert_eq!(made.body["created_by"], json!(OPERATOR), "{made:?}");
    let id = made.body["id"].as_str().unwrap().to_owned();
    let expires = Timestamp::parse(made.body["expires_at"].as_str().unwrap()).unwrap();
    assert!((expires.millis() - now().millis() - HOUR_MS).abs() < 60_000);
    let later = now().plus_millis(2 * HOUR_MS).to_rfc3339();
    let second = client
        .post(
            "/silences",
            Some(
                &json!({"fingerprint": "0123456789abcdef", "expires_at": later, "reason": "noisy"})
                    .to_string(),
            ),
        )
        .await;
    assert_eq!(second.status, 201);
    // The ingest path sees them as active silences (pattern 7).
    let active = world.store().silences(now()).await.unwrap();
    assert_eq!(active.len(), 2);

    let listed = client.get("/silences").await;
    assert!(
        listed.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["created_by"] == json!(OPERATOR)),
        "{listed:?}"
    );
    let ids: Vec<&str> = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [second.body["id"].as_str().unwrap(), id.as_str()],
        "latest expiry first"
    );

    let deleted = client.call("DELETE", &format!("/silences/{id}"), None).await;
    assert_eq!(deleted.status, 204);
    assert_eq!(
        client
            .call("DELETE", &format!("/silences/{id}"), None)
            .await
            .code(),
        "not-found"
    );
    assert_eq!(
        client.get("/silences").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        client.call("DELETE", "/silences/xyz", None).await.bad_field(),
        "id"
    );

    let past = now().plus_millis(-HOUR_MS).to_rfc3339();
    let cases = [
        (None, "body"),
        (Some("not json"), "body"),
        (Some("[1]"), "body"),
        (Some(r#"{"duration_secs": 3600}"#), "reason"),
        (Some(r#"{"duration_secs": 3600, "reason": "   "}"#), "reason"),
        (Some(r#"{"reason": "x"}"#), "expires_at"),
        (Some(r#"{"reason": "x", "duration_secs": 5}"#), "duration_secs"),
        (Some(r#"{"reason": "x", "duration_secs": "1h"}"#), "duration_secs"),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "expires_at": "2030-01-01T00:00:00Z"}"#),
            "expires_at",
        ),
        (Some(r#"{"reason": "x", "expires_at": "soon"}"#), "expires_at"),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "account_id": "12"}"#),
            "account_id",
        ),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "event_type": "fire"}"#),
            "event_type",
        ),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "fingerprint": "zz"}"#),
            "fingerprint",
        ),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "acount_id": "123456789012"}"#),
            "acount_id",
        ),
        (Some(r#"{"reason": 7, "duration_secs": 60}"#), "reason"),
        // Issue 14: a silence without a matcher muted everything.
        (Some(r#"{"reason": "x", "duration_secs": 60}"#), "account_id"),
        (
            Some(r#"{"reason": "x", "duration_secs": 60, "account_id": null, "event_type": null}"#),
            "account_id",
        ),
    ];
    for (body, field) in cases {
        assert_eq!(
            client.post("/silences", body).await.bad_field(),
            field,
            "{body:?}"
        );
    }
    let everything = client
        .post("/silences", Some(r#"{"reason": "x", "duration_secs": 60}"#))
        .await;
    assert!(
        everything.body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("at least one matcher")),
        "{everything:?}"
    );
    let past_body = json!({"reason": "x", "expires_at": past, "event_type": "alarm"}).to_string();
    assert_eq!(
        client.post("/silences", Some(&past_body)).await.bad_field(),
        "expires_at"
    );
    assert_eq!(client.get("/silences?x=1").await.bad_field(), "x");
}

#[tokio::test(flavor = "multi_thread")]
async fn agents_reports_and_routing_errors() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let client = Client::new(world.store());
    ingest(&master, &[heartbeat(now().plus_millis(-60_000))]).await;

    let agents = client.get("/agents").await;
    assert_eq!(agents.status, 200);
    let items = agents.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["agent_id"], "222222222222/eu-west-1");
    let agent = client.get("/agents/222222222222%2Feu-west-1").await;
    assert_eq!((agent.status, &agent.body), (200, &items[0]));
    assert_eq!(
        client.get("/agents/222222222222%2Fus-east-1").await.code(),
        "not-found"
    );
    assert_eq!(client.get("/agents/222222222222").await.bad_field(), "id");
    assert_eq!(
        client.get("/agents/222222222222%2Feu_west").await.bad_field(),
        "id"
    );

    // The report of yesterday, built and stored by daily-report (one instant: midnight may pass).
    let today = now();
    master
        .report(ReportKind::Daily, today, "report-1")
        .await
        .expect("report");
    let yesterday = dynamodb::day(today.plus_millis(-24 * HOUR_MS));
    let report = client.get(&format!("/reports/daily/{yesterday}")).await;
    assert_eq!(
        (report.status, report.body["kind"].as_str()),
        (200, Some("daily"))
    );
    assert_eq!(
        report.body["start"].as_str().map(|s| &s[..10]),
        Some(yesterday.as_str())
    );
    assert_eq!(
        client.get(&format!("/reports/weekly/{yesterday}")).await.code(),
        "not-found"
    );
    assert_eq!(
        client.get("/reports/monthly/2026-11-24").await.bad_field(),
        "kind"
    );
    for date in ["2026-11-31", "2026-1-24", "24-11-2026", "2026-11-24x"] {
        assert_eq!(
            client.get(&format!("/reports/daily/{date}")).await.bad_field(),
            "date",
            "{date}"
        );
    }

    // Routing: unknown paths, wrong methods (with Allow), trailing slashes.
    assert_eq!(client.get("/nothing").await.code(), "no-route");
    assert_eq!(client.get("/events/a/b").await.status, 404);
    let wrong = client.call("PUT", "/silences", Some("{}")).await;
    assert_eq!(
        (wrong.status, wrong.code(), wrong.allow.as_deref()),
        (405, "method-not-allowed", Some("GET, POST"))
    );
    assert_eq!(
        client
            .call("DELETE", "/issues/0123456789abcdef", None)
            .await
            .status,
        405
    );
    assert_eq!(client.get("/agents/").await.status, 200);
    let spec = client.get("/openapi.json").await;
    assert_eq!(spec.body, client.doc);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_store_is_a_500_or_503_that_tells_nothing_of_its_cause() {
    let world = World::start().await;
    let missing = Client::new(DynamoStore::new(
        world.dynamodb.clone(),
        "awsmon-missing-table",
        90,
    ));
    for target in [
        "/events",
        "/issues",
        "/events/alarm-1",
        "/agents",
        "/silences",
        "/reports/daily/2026-11-24",
    ] {
        let reply = missing.get(target).await;
        assert!(matches!(reply.status, 500 | 503), "{target}: {reply:?}");
        let text = reply.body.to_string();
        assert!(
            !text.contains("awsmon-missing-table") && !text.contains("DynamoDB"),
            "{text}"
        );
        assert_eq!(
            reply.code(),
            if reply.status == 500 {
                "internal"
            } else {
                "unavailable"
            }
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_documented_route_is_served_and_every_route_is_documented() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let client = Client::new(world.store());
    let today = now();
    let at = today.plus_millis(-HOUR_MS);
    let events = ingest(
        &master,
        &[
            alarm_at("conformance", "ALARM", "123456789012", at),
            heartbeat(at),
        ],
    )
    .await;
    master
        .report(ReportKind::Daily, today, "report-1")
        .await
        .expect("report");
    let issue = Issue::id_for(&events[0]);
    let yesterday = dynamodb::day(today.plus_millis(-24 * HOUR_MS));

    // Success, then bad input, then not found, of each route.
    let calls: Vec<(&str, String, Option<String>, u16)> = vec![
        ("GET", "/events?limit=1".into(), None, 200),
        ("GET", "/events?limit=x".into(), None, 400),
        ("GET", format!("/events/{}", events[0].id), None, 200),
        ("GET", "/events/%20".into(), None, 400),
        ("GET", "/events/nope".into(), None, 404),
        ("GET", "/issues?status=open".into(), None, 200),
        ("GET", "/issues?status=x".into(), None, 400),
        ("GET", format!("/issues/{issue}"), None, 200),
        ("GET", "/issues/x".into(), None, 400),
        ("GET", "/issues/0000000000000000".into(), None, 404),
        ("POST", format!("/issues/{issue}/ack"), None, 200),
        ("POST", format!("/issues/{issue}/ack"), None, 409),
        ("POST", "/issues/x/ack".into(), None, 400),
        ("POST", "/issues/0000000000000000/ack".into(), None, 404),
        (
            "POST",
            format!("/issues/{issue}/mute"),
            Some(r#"{"duration_secs": 600}"#.into()),
            200,
        ),
        (
            "POST",
            format!("/issues/{issue}/mute"),
            Some(r#"{"until": "soon"}"#.into()),
            400,
        ),
        (
            "POST",
            "/issues/0000000000000000/mute".into(),
            Some(r#"{"duration_secs": 600}"#.into()),
            404,
        ),
        ("POST", format!("/issues/{issue}/resolve"), None, 200),
        (
            "POST",
            format!("/issues/{issue}/mute"),
            Some(r#"{"duration_secs": 600}"#.into()),
            409,
        ),
        ("POST", format!("/issues/{issue}/resolve"), None, 409),
        ("POST", "/issues/x/resolve".into(), None, 400),
        ("POST", "/issues/0000000000000000/resolve".into(), None, 404),
        (
            "POST",
            "/silences".into(),
            Some(r#"{"duration_secs": 600, "reason": "r", "event_type": "alarm"}"#.into()),
            201,
        ),
        ("POST", "/silences".into(), Some("{}".into()), 400),
        ("GET", "/silences".into(), None, 200),
        ("DELETE", "/silences/0000000000000000".into(), None, 404),
        ("DELETE", "/silences/x".into(), None, 400),
        ("GET", "/agents".into(), None, 200),
        ("GET", "/agents/222222222222%2Feu-west-1".into(), None, 200),
        ("GET", "/agents/x".into(), None, 400),
        ("GET", "/agents/111111111111%2Feu-west-1".into(), None, 404),
        ("GET", format!("/reports/daily/{yesterday}"), None, 200),
        ("GET", "/reports/daily/x".into(), None, 400),
        ("GET", "/reports/weekly/2020-01-06".into(), None, 404),
        ("GET", "/openapi.json".into(), None, 200),
    ];
    for (method, target, body, status) in calls {
        let reply = client.call(method, &target, body.as_deref()).await;
        assert_eq!(reply.status, status, "{method} {target}: {reply:?}");
    }
    let silence = client.get("/silences").await.body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        client
            .call("DELETE", &format!("/silences/{silence}"), None)
            .await
            .status,
        204
    );

    let documented: BTreeSet<(String, String)> = client.doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.to_uppercase(), path.clone()))
        })
        .collect();
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    assert_eq!(
        documented, routed,
        "the router and the document list the same routes"
    );
    assert_eq!(client.seen(), documented, "every documented route was exercised");

    // The query parameters documented for each listing are exactly those its parser accepts.
    for (path, accepted) in [("/events", EVENT_PARAMETERS), ("/issues", ISSUE_PARAMETERS)] {
        let documented: BTreeSet<&str> = client.doc["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(documented, accepted.iter().copied().collect(), "{path}");
        for name in documented {
            let reply = client.get(&format!("{path}?{name}=!")).await;
            assert_eq!(reply.bad_field(), name, "{path}: {reply:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_deployed_api_function_answers_through_the_http_front() {
    let zip = build_zip("awsmon-master", awsmon_contract::functions::MASTER_BINARY);
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    ingest(
        &master,
        &[alarm_at(
            "deployed",
            "ALARM",
            "123456789012",
            now().plus_millis(-60_000),
        )],
    )
    .await;
    // The API needs the table only: no webhook parameters, no DLQ.
    let env = [
        (awsmon_master::config::TABLE_NAME, TABLE.to_owned()),
        ("AWS_LAMBDA_LOG_FORMAT", "JSON".to_owned()),
    ];
    deploy(&world.aws, MASTER_ACCOUNT, "api", &zip, &env).await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let issues = http
        .get(world.aws.http_url(MASTER_ACCOUNT, "api", "/issues?limit=5"))
        .send()
        .await
        .expect("GET /issues");
    assert_eq!(
        issues.status().as_u16(),
        200,
        "launcher log:\n{}",
        world.aws.log()
    );
    let body: Value = serde_json::from_str(&issues.text().await.unwrap()).unwrap();
    assert_eq!(body["items"][0]["title"], "Alarm deployed is ALARM", "{body}");
    let spec = http
        .get(world.aws.http_url(MASTER_ACCOUNT, "api", "/openapi.json"))
        .send()
        .await
        .expect("GET /openapi.json");
    assert_eq!(spec.status().as_u16(), 200);
    assert_eq!(spec.text().await.unwrap(), OPENAPI);
    let bad = http
        .get(world.aws.http_url(MASTER_ACCOUNT, "api", "/events?limit=0"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status().as_u16(), 400);
    let bad: Value = serde_json::from_str(&bad.text().await.unwrap()).unwrap();
    assert_eq!(bad["error"]["field"], "limit");
}
