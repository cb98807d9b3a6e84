//! The route table: the one list of what the API serves. The router matches requests against
//! it and the OpenAPI conformance test compares it with `docs/api/openapi.json`, so a route
//! cannot be added to one without the other.

use awsmon_domain::reason::printable;
use percent_encoding::percent_decode_str;

use super::error::ApiError;

/// The most characters of a path a refusal repeats.
const MAX_PATH_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteId {
    ListEvents,
    GetEvent,
    ListIssues,
    GetIssue,
    AckIssue,
    ResolveIssue,
    MuteIssue,
    ListSilences,
    CreateSilence,
    DeleteSilence,
    ListAgents,
    GetAgent,
    GetReport,
    OpenApi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub method: &'static str,
    /// OpenAPI path template: `{name}` stands for one path segment (percent-decoded).
    pub path: &'static str,
    pub id: RouteId,
}

const fn route(method: &'static str, path: &'static str, id: RouteId) -> Route {
    Route { method, path, id }
}

pub const ROUTES: &[Route] = &[
    route("GET", "/events", RouteId::ListEvents),
    route("GET", "/events/{id}", RouteId::GetEvent),
    route("GET", "/issues", RouteId::ListIssues),
    route("GET", "/issues/{id}", RouteId::GetIssue),
    route("POST", "/issues/{id}/ack", RouteId::AckIssue),
    route("POST", "/issues/{id}/resolve", RouteId::ResolveIssue),
    route("POST", "/issues/{id}/mute", RouteId::MuteIssue),
    route("GET", "/silences", RouteId::ListSilences),
    route("POST", "/silences", RouteId::CreateSilence),
    route("DELETE", "/silences/{id}", RouteId::DeleteSilence),
    route("GET", "/agents", RouteId::ListAgents),
    route("GET", "/agents/{id}", RouteId::GetAgent),
    route("GET", "/reports/{kind}/{date}", RouteId::GetReport),
    route("GET", "/openapi.json", RouteId::OpenApi),
];

/// Path parameters by name, decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathParams(Vec<(&'static str, String)>);

impl PathParams {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// The route for `method` and `path`: 404 when no template matches the path, 405 when one
/// does but not with this method.
pub fn find(method: &str, path: &str) -> Result<(RouteId, PathParams), ApiError> {
    // `/events/` is `/events`: a trailing slash is not a different resource.
    let trimmed = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
    let mut allowed = Vec::new();
    for route in ROUTES {
        let Some(params) = matches(route.path, &segments)? else {
            continue;
        };
        if route.method == method {
            return Ok((route.id, params));
        }
        allowed.push(route.method);
    }
    // Repeated in the response and the log: bounded, on one line.
    let path = printable(path, MAX_PATH_CHARS);
    if allowed.is_empty() {
        Err(ApiError::NoRoute { path })
    } else {
        Err(ApiError::MethodNotAllowed {
            method: printable(method, 16),
            path,
            allowed,
        })
    }
}

fn matches(template: &'static str, segments: &[&str]) -> Result<Option<PathParams>, ApiError> {
    let parts: Vec<&'static str> = template.split('/').skip(1).collect();
    if parts.len() != segments.len() {
        return Ok(None);
    }
    let mut params = Vec::new();
    for (part, segment) in parts.iter().zip(segments) {
        match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            Some(name) if !segment.is_empty() => {
                let decoded = percent_decode_str(segment)
                    .decode_utf8()
                    .map_err(|_| ApiError::invalid(name, "is not UTF-8 once percent-decoded"))?;
                params.push((name, decoded.into_owned()));
            }
            Some(_) => return Ok(None),
            None if part == segment => {}
            None => return Ok(None),
        }
    }
    Ok(Some(PathParams(params)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_templates_decodes_segments_and_tells_404_from_405() {
        let (id, params) = find("GET", "/agents/222222222222%2Feu-west-1").unwrap();
        assert_eq!(
            (id, params.get("id")),
            (RouteId::GetAgent, "222222222222/eu-west-1")
        );
        let (id, params) = find("GET", "/reports/daily/2026-11-24/").unwrap();
        assert_eq!(id, RouteId::GetReport);
        assert_eq!((params.get("kind"), params.get("date")), ("daily", "2026-11-24"));
        assert_eq!(find("POST", "/issues/x/ack").unwrap().0, RouteId::AckIssue);
        assert!(matches!(find("GET", "/nope"), Err(ApiError::NoRoute { .. })));
        assert!(matches!(find("GET", "/events//x"), Err(ApiError::NoRoute { .. })));
        match find("PUT", "/silences") {
            Err(ApiError::MethodNotAllowed { allowed, .. }) => assert_eq!(allowed, ["GET", "POST"]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            find("GET", "/events/%FF"),
            Err(ApiError::InvalidParameter { field, .. }) if field == "id"
        ));
    }
}
