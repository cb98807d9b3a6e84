//! From an API Gateway proxy request to a typed, validated [`ApiRequest`]. Every problem is an
//! [`ApiError::InvalidParameter`] naming the parameter, path segment or body field.

use std::collections::BTreeMap;

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_domain::issue::IssueStatus;
use awsmon_domain::monitoring_event::EventType;
use awsmon_domain::report::ReportKind;
use awsmon_domain::{AccountId, EventId, Fingerprint, Region, Severity, Timestamp};
use base64::Engine;
use serde_json::{Map, Value};

use super::cursor::Cursor;
use super::error::ApiError;
use super::routes::{self, PathParams, RouteId};
use crate::ports::ItemFilter;

const DAY_MS: i64 = 86_400_000;
/// The widest event time range one listing may ask for.
pub const MAX_RANGE_DAYS: i64 = 31;
/// The range of an event listing without `from`.
pub const DEFAULT_RANGE_MS: i64 = DAY_MS;
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 500;
/// Silences and mutes last at least a minute and at most 90 days.
pub const MIN_SILENCE_SECS: i64 = 60;
pub const MAX_SILENCE_SECS: i64 = 90 * 86_400;
pub const MAX_REASON_CHARS: usize = 500;
/// The query parameters of `GET /events`; any other is refused by name.
pub const EVENT_PARAMETERS: &[&str] = &["account", "severity", "type", "from", "to", "limit", "cursor"];
/// The query parameters of `GET /issues`.
pub const ISSUE_PARAMETERS: &[&str] = &["status", "account", "severity", "limit", "cursor"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiRequest {
    ListEvents(EventQuery),
    GetEvent(EventId),
    ListIssues(IssueQuery),
    GetIssue(Fingerprint),
    AckIssue(Fingerprint),
    ResolveIssue(Fingerprint),
    /// Mute until the time given.
    MuteIssue(Fingerprint, Timestamp),
    ListSilences,
    CreateSilence(NewSilence),
    DeleteSilence(Fingerprint),
    ListAgents,
    GetAgent(AgentId),
    GetReport(ReportKind, ReportDate),
    OpenApi,
}

/// Page size: 1 to [`MAX_LIMIT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit(usize);

impl Limit {
    pub fn get(self) -> usize {
        self.0
    }

    fn parse(raw: Option<&str>) -> Result<Self, ApiError> {
        let Some(raw) = raw else {
            return Ok(Self(DEFAULT_LIMIT));
        };
        match raw.parse::<usize>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(Self(n)),
            _ => Err(ApiError::invalid(
                "limit",
                format!("must be a whole number from 1 to {MAX_LIMIT}"),
            )),
        }
    }
}

/// `[from, to)`, `from < to`, at most [`MAX_RANGE_DAYS`] wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    from: Timestamp,
    to: Timestamp,
}

impl TimeRange {
    pub fn new(from: Timestamp, to: Timestamp) -> Result<Self, ApiError> {
        if from >= to {
            return Err(ApiError::invalid("from", "must be before `to`"));
        }
        if to.millis_since(from) > MAX_RANGE_DAYS * DAY_MS {
            return Err(ApiError::invalid(
                "from",
                format!("the time range is at most {MAX_RANGE_DAYS} days"),
            ));
        }
        Ok(Self { from, to })
    }

    pub fn from(self) -> Timestamp {
        self.from
    }

    pub fn to(self) -> Timestamp {
        self.to
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventQuery {
    pub filter: ItemFilter,
    pub range: TimeRange,
    pub limit: Limit,
    pub cursor: Option<Cursor>,
}

impl EventQuery {
    /// What a cursor of this listing is bound to besides its time range.
    pub fn signature(&self) -> String {
        signature("events", &self.filter)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueQuery {
    pub filter: ItemFilter,
    pub limit: Limit,
    pub cursor: Option<Cursor>,
}

impl IssueQuery {
    pub fn signature(&self) -> String {
        signature("issues", &self.filter)
    }
}

fn signature(listing: &str, filter: &ItemFilter) -> String {
    format!(
        "{listing};account={};severity={};type={};status={}",
        filter.account_id.as_ref().map_or("", AccountId::as_str),
        filter.severity.map_or("", Severity::as_str),
        filter.event_type.map_or("", EventType::as_str),
        filter.status.map_or("", IssueStatus::as_str),
    )
}

/// A silence to create: what it matches (at least one matcher; an absent one matches every
/// value, as the domain's `Silence`), until when, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSilence {
    pub account_id: Option<AccountId>,
    pub event_type: Option<EventType>,
    pub fingerprint: Option<Fingerprint>,
    pub expires_at: Timestamp,
    pub reason: String,
}

/// `<account>/<region>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentId(String);

impl AgentId {
    pub fn parse(raw: &str) -> Result<Self, ApiError> {
        let valid = raw.split_once('/').is_some_and(|(account, region)| {
            AccountId::parse(account).is_ok() && Region::parse(region).is_ok()
        });
        if valid {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ApiError::invalid(
                "id",
                "an agent id is `<12-digit account>/<region>` (URL-encoded)",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A UTC day, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDate(String);

impl ReportDate {
    pub fn parse(raw: &str) -> Result<Self, ApiError> {
        let shaped = raw.len() == 10
            && raw.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if shaped && Timestamp::parse(&format!("{raw}T00:00:00Z")).is_ok() {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ApiError::invalid("date", "must be a date YYYY-MM-DD"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Query parameters, checked against what the route accepts.
struct Query(BTreeMap<String, String>);

/// The values of each parameter name. `QueryMap::iter` indexes a name's first value and panics
/// on a name with none (`{"": []}` in a direct invoke); its serialised form has no such path.
fn values_by_name(map: &aws_lambda_events::query_map::QueryMap) -> BTreeMap<String, Vec<String>> {
    serde_json::to_value(map)
        .ok()
        .and_then(|value| serde_json::from_value(value).ok())
        .unwrap_or_default()
}

impl Query {
    fn of(request: &ApiGatewayProxyRequest, accepted: &[&str]) -> Result<Self, ApiError> {
        let single = values_by_name(&request.query_string_parameters);
        let multi = values_by_name(&request.multi_value_query_string_parameters);
        let mut params = BTreeMap::new();
        for name in single.keys().chain(multi.keys()) {
            if params.contains_key(name) {
                continue;
            }
            if name.is_empty() {
                return Err(ApiError::invalid("query", "a parameter has no name"));
            }
            if !accepted.contains(&name.as_str()) {
                // A typo must not silently widen a listing.
                return Err(ApiError::invalid(
                    name.as_str(),
                    "is not a parameter of this route",
                ));
            }
            let values = |map: &BTreeMap<String, Vec<String>>| map.get(name).map_or(0, Vec::len);
            if values(&single).max(values(&multi)) > 1 {
                return Err(ApiError::invalid(name.as_str(), "is given more than once"));
            }
            let Some(value) = single
                .get(name)
                .or_else(|| multi.get(name))
                .and_then(|v| v.first())
            else {
                return Err(ApiError::invalid(name.as_str(), "has no value"));
            };
            params.insert(name.clone(), value.clone());
        }
        Ok(Self(params))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    fn account(&self) -> Result<Option<AccountId>, ApiError> {
        self.get("account")
            .map(|raw| AccountId::parse(raw).map_err(|e| ApiError::invalid("account", e.to_string())))
            .transpose()
    }

    fn severity(&self) -> Result<Option<Severity>, ApiError> {
        self.get("severity")
            .map(|raw| {
                raw.parse::<Severity>()
                    .map_err(|e| ApiError::invalid("severity", e.to_string()))
            })
            .transpose()
    }

    fn time(&self, name: &'static str) -> Result<Option<Timestamp>, ApiError> {
        self.get(name)
            .map(|raw| {
                Timestamp::parse(raw).map_err(|e| {
                    ApiError::invalid(
                        name,
                        format!("must be an RFC 3339 time within years 0001-9999: {e}"),
                    )
                })
            })
            .transpose()
    }

    fn cursor(&self) -> Result<Option<Cursor>, ApiError> {
        self.get("cursor").map(Cursor::decode).transpose()
    }
}

/// Parse and validate; `now` fixes the default time range of an event listing.
pub fn parse(request: &ApiGatewayProxyRequest, now: Timestamp) -> Result<ApiRequest, ApiError> {
    let path = request.path.as_deref().unwrap_or("/");
    let (route, params) = routes::find(request.http_method.as_str(), path)?;
    let no_query = |request| Query::of(request, &[]).map(|_| ());
    Ok(match route {
        RouteId::ListEvents => ApiRequest::ListEvents(event_query(request, now)?),
        RouteId::GetEvent => {
            no_query(request)?;
            ApiRequest::GetEvent(
                EventId::parse(params.get("id")).map_err(|e| ApiError::invalid("id", e.to_string()))?,
            )
        }
        RouteId::ListIssues => ApiRequest::ListIssues(issue_query(request)?),
        RouteId::GetIssue => {
            no_query(request)?;
            ApiRequest::GetIssue(issue_id(&params)?)
        }
        RouteId::AckIssue => {
            no_query(request)?;
            ApiRequest::AckIssue(issue_id(&params)?)
        }
        RouteId::ResolveIssue => {
            no_query(request)?;
            ApiRequest::ResolveIssue(issue_id(&params)?)
        }
        RouteId::MuteIssue => {
            no_query(request)?;
            let id = issue_id(&params)?;
            let body = json_body(request, &["until", "duration_secs"])?;
            ApiRequest::MuteIssue(id, expiry(&body, "until", now)?)
        }
        RouteId::ListSilences => {
            no_query(request)?;
            ApiRequest::ListSilences
        }
        RouteId::CreateSilence => {
            no_query(request)?;
            ApiRequest::CreateSilence(new_silence(request, now)?)
        }
        RouteId::DeleteSilence => {
            no_query(request)?;
            let id = params.get("id");
            ApiRequest::DeleteSilence(
                Fingerprint::parse(id)
                    .map_err(|_| ApiError::invalid("id", "a silence id is 16 lowercase hex digits"))?,
            )
        }
        RouteId::ListAgents => {
            no_query(request)?;
            ApiRequest::ListAgents
        }
        RouteId::GetAgent => {
            no_query(request)?;
            ApiRequest::GetAgent(AgentId::parse(params.get("id"))?)
        }
        RouteId::GetReport => {
            no_query(request)?;
            let raw = params.get("kind");
            let kind =
                ReportKind::parse(raw).ok_or_else(|| ApiError::invalid("kind", "must be daily or weekly"))?;
            ApiRequest::GetReport(kind, ReportDate::parse(params.get("date"))?)
        }
        RouteId::OpenApi => {
            no_query(request)?;
            ApiRequest::OpenApi
        }
    })
}

fn issue_id(params: &PathParams) -> Result<Fingerprint, ApiError> {
    let id = params.get("id");
    Fingerprint::parse(id).map_err(|_| ApiError::invalid("id", "an issue id is 16 lowercase hex digits"))
}

fn event_query(request: &ApiGatewayProxyRequest, now: Timestamp) -> Result<EventQuery, ApiError> {
    let query = Query::of(request, EVENT_PARAMETERS)?;
    let event_type = query
        .get("type")
        .map(|raw| {
            EventType::parse(raw).ok_or_else(|| {
                let known: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                ApiError::invalid("type", format!("must be one of {}", known.join(", ")))
            })
        })
        .transpose()?;
    let filter = ItemFilter {
        account_id: query.account()?,
        severity: query.severity()?,
        event_type,
        status: None,
    };
    let (from, to) = (query.time("from")?, query.time("to")?);
    let limit = Limit::parse(query.get("limit"))?;
    let cursor = query.cursor()?;
    let range = match cursor.as_ref().and_then(|c| c.range) {
        // Later pages keep the range of the first, whose default depended on its time.
        Some((cursor_from, cursor_to)) => {
            let range = TimeRange::new(
                Timestamp::from_millis(cursor_from),
                Timestamp::from_millis(cursor_to),
            )
            .map_err(|_| ApiError::invalid("cursor", "not a cursor of this API (bad range)"))?;
            let differs = from.is_some_and(|f| f != range.from()) || to.is_some_and(|t| t != range.to());
            if differs {
                return Err(ApiError::invalid("cursor", "was made for another time range"));
            }
            range
        }
        None => {
            let to = to.unwrap_or(now);
            let from = from.unwrap_or(to.plus_millis(-DEFAULT_RANGE_MS));
            TimeRange::new(from, to)?
        }
    };
    let parsed = EventQuery {
        filter,
        range,
        limit,
        cursor,
    };
    check_cursor(parsed.cursor.as_ref(), &parsed.signature(), true)?;
    Ok(parsed)
}

fn issue_query(request: &ApiGatewayProxyRequest) -> Result<IssueQuery, ApiError> {
    let query = Query::of(request, ISSUE_PARAMETERS)?;
    let status = query
        .get("status")
        .map(|raw| {
            IssueStatus::parse(raw).ok_or_else(|| {
                ApiError::invalid("status", "must be one of open, acknowledged, resolved, muted")
            })
        })
        .transpose()?;
    let parsed = IssueQuery {
        filter: ItemFilter {
            account_id: query.account()?,
            severity: query.severity()?,
            event_type: None,
            status,
        },
        limit: Limit::parse(query.get("limit"))?,
        cursor: query.cursor()?,
    };
    check_cursor(parsed.cursor.as_ref(), &parsed.signature(), false)?;
    Ok(parsed)
}

fn check_cursor(cursor: Option<&Cursor>, signature: &str, ranged: bool) -> Result<(), ApiError> {
    match cursor {
        Some(c) if c.query != signature || c.range.is_some() != ranged => Err(ApiError::invalid(
            "cursor",
            "was made for another listing or other filters",
        )),
        _ => Ok(()),
    }
}

/// The JSON object a request carries, with no other fields than `fields`.
fn json_body(request: &ApiGatewayProxyRequest, fields: &[&str]) -> Result<Map<String, Value>, ApiError> {
    let raw = match (&request.body, request.is_base64_encoded) {
        (Some(body), true) => base64::engine::general_purpose::STANDARD
            .decode(body)
            .map_err(|_| ApiError::invalid("body", "is not valid base64"))?,
        (Some(body), false) => body.clone().into_bytes(),
        (None, _) => return Err(ApiError::invalid("body", "a JSON object is required")),
    };
    let body: Map<String, Value> = match serde_json::from_slice(&raw) {
        Ok(Value::Object(map)) => map,
        _ => return Err(ApiError::invalid("body", "must be a JSON object")),
    };
    if let Some(unknown) = body.keys().find(|k| !fields.contains(&k.as_str())) {
        return Err(ApiError::invalid(
            unknown.clone(),
            "is not a field of this request",
        ));
    }
    Ok(body)
}

/// A string field, `None` when absent or null.
fn text<'a>(body: &'a Map<String, Value>, name: &'static str) -> Result<Option<&'a str>, ApiError> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ApiError::invalid(name, "must be a string")),
    }
}

/// An expiry given as a time (`at_field`) or as `duration_secs` from now, exactly one of them,
/// between [`MIN_SILENCE_SECS`] and [`MAX_SILENCE_SECS`] from now.
fn expiry(body: &Map<String, Value>, at_field: &'static str, now: Timestamp) -> Result<Timestamp, ApiError> {
    match (
        text(body, at_field)?,
        body.get("duration_secs").filter(|v| !v.is_null()),
    ) {
        (Some(_), Some(_)) => Err(ApiError::invalid(
            at_field,
            format!("give `{at_field}` or `duration_secs`, not both"),
        )),
        (None, None) => Err(ApiError::invalid(
            at_field,
            format!("`{at_field}` or `duration_secs` is required"),
        )),
        (Some(raw), None) => {
            let at = Timestamp::parse(raw).map_err(|e| {
                ApiError::invalid(
                    at_field,
                    format!("must be an RFC 3339 time within years 0001-9999: {e}"),
                )
            })?;
            let secs = (at.millis() - now.millis()).div_euclid(1000);
            if !(MIN_SILENCE_SECS..=MAX_SILENCE_SECS).contains(&secs) {
                return Err(ApiError::invalid(
                    at_field,
                    format!(
                        "must be between {MIN_SILENCE_SECS} s and {} days from now",
                        MAX_SILENCE_SECS / 86_400
                    ),
                ));
            }
            Ok(at)
        }
        (None, Some(duration)) => match duration.as_i64() {
            Some(secs) if (MIN_SILENCE_SECS..=MAX_SILENCE_SECS).contains(&secs) => {
                Ok(now.plus_millis(secs * 1000))
            }
            _ => Err(ApiError::invalid(
                "duration_secs",
                format!("must be a whole number of seconds from {MIN_SILENCE_SECS} to {MAX_SILENCE_SECS}"),
            )),
        },
    }
}

fn new_silence(request: &ApiGatewayProxyRequest, now: Timestamp) -> Result<NewSilence, ApiError> {
    let body = json_body(
        request,
        &[
            "account_id",
            "event_type",
            "fingerprint",
            "expires_at",
            "duration_secs",
            "reason",
        ],
    )?;
    let account_id = text(&body, "account_id")?
        .map(|raw| AccountId::parse(raw).map_err(|e| ApiError::invalid("account_id", e.to_string())))
        .transpose()?;
    let event_type = text(&body, "event_type")?
        .map(|raw| {
            EventType::parse(raw).ok_or_else(|| ApiError::invalid("event_type", "is not an event type"))
        })
        .transpose()?;
    let fingerprint = text(&body, "fingerprint")?
        .map(|raw| Fingerprint::parse(raw).map_err(|e| ApiError::invalid("fingerprint", e.to_string())))
        .transpose()?;
    let expires_at = expiry(&body, "expires_at", now)?;
    let reason = text(&body, "reason")?.unwrap_or("").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(ApiError::invalid(
            "reason",
            format!("a reason of 1 to {MAX_REASON_CHARS} characters is required"),
        ));
    }
    if account_id.is_none() && event_type.is_none() && fingerprint.is_none() {
        // A silence without a matcher would mute every notification of every account.
        return Err(ApiError::invalid(
            "account_id",
            "a silence needs at least one matcher: account_id, event_type or fingerprint \
             (a silence of everything is refused; mute issues one by one instead)",
        ));
    }
    Ok(NewSilence {
        account_id,
        event_type,
        fingerprint,
        expires_at,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = Timestamp::from_millis(1_795_510_800_000);

    /// A proxy event as a direct invoke may carry it, through the same deserialiser the Lambda
    /// runtime uses.
    fn request(path: &str, query: &str) -> ApiGatewayProxyRequest {
        let raw = format!(
            r#"{{"httpMethod":"GET","path":"{path}","queryStringParameters":{query},"multiValueQueryStringParameters":{query},"requestContext":{{"httpMethod":"GET"}}}}"#
        );
        serde_json::from_str(&raw).expect("a proxy event")
    }

    fn refusal(path: &str, query: &str) -> (String, String) {
        match parse(&request(path, query), NOW) {
            Err(ApiError::InvalidParameter { field, message }) => (field, message),
            other => panic!("{query}: {other:?}"),
        }
    }

    /// Issue 20: `{"": []}` panicked inside `QueryMap::iter` and became an invocation error.
    #[test]
    fn a_parameter_without_a_name_or_a_value_is_a_400_not_a_panic() {
        assert_eq!(refusal("/events", r#"{"": []}"#).0, "query");
        assert_eq!(refusal("/events", r#"{"": ["x"]}"#).0, "query");
        assert_eq!(
            refusal("/events", r#"{"limit": []}"#),
            ("limit".into(), "has no value".into())
        );
        assert_eq!(refusal("/issues", r#"{"limit": ["1", "2"]}"#).0, "limit");
        assert_eq!(refusal("/agents", r#"{"x": []}"#).0, "x");
        assert!(parse(&request("/events", r#"{"limit": ["7"]}"#), NOW).is_ok());
        assert!(parse(&request("/events", "{}"), NOW).is_ok());
    }

    #[test]
    fn refusals_never_repeat_the_value_and_stay_on_one_bounded_line() {
        let secret = "password%3DEXAMPLE";
        for name in ["account", "severity", "type", "from", "to", "limit", "cursor"] {
            let (field, message) = refusal("/events", &format!(r#"{{"{name}": ["{secret}\n"]}}"#));
            assert_eq!(field, name);
            assert!(
                !message.contains("EXAMPLE") && !message.contains('\n'),
                "{name}: {message}"
            );
        }
        let (field, _) = refusal("/events", &format!(r#"{{"{}\n": ["1"]}}"#, "p".repeat(10_000)));
        assert!(
            field.chars().count() <= super::super::error::MAX_FIELD_CHARS + 1 && !field.contains('\n'),
            "{field}"
        );
    }

    #[test]
    fn times_outside_years_1_to_9999_are_refused_by_name() {
        for (query, field) in [
            (r#"{"from": ["0000-12-31T23:59:00-00:01"]}"#, "from"),
            (
                r#"{"to": ["9999-12-31T23:59:59+00:00"], "from": ["0000-01-01T00:00:00+00:01"]}"#,
                "from",
            ),
        ] {
            assert_eq!(refusal("/events", query).0, field, "{query}");
        }
    }
}
