//! Links an operator clicks from an issue's message: the AWS console page of what the issue is
//! about, and the issue in the awsmon API.

use crate::issue::Issue;
use crate::monitoring_event::EventType;
use crate::timestamp::Timestamp;

/// Minutes of logs a Logs Insights link shows on either side of the issue's occurrences.
const QUERY_MARGIN_MS: i64 = 5 * 60_000;
/// The longest template text a Logs Insights link filters on (a URL must stay short).
const MAX_FILTER_CHARS: usize = 120;

/// `(label, url)` for each page that shows this issue, most useful first.
pub fn links(issue: &Issue, api_base: Option<&str>) -> Vec<(&'static str, String)> {
    let region = issue.region.as_str();
    let home =
        |service: &str| format!("https://{region}.console.aws.amazon.com/{service}/home?region={region}");
    let mut links = Vec::new();
    match issue.event_type {
        EventType::ErrorLog => links.push(("Logs Insights", logs_insights(issue))),
        EventType::Alarm => {
            if let Some(name) = arn_resource(&issue.resource, "alarm:") {
                links.push((
                    "Alarm",
                    format!("{}#alarmsV2:alarm/{}", home("cloudwatch"), encode(name)),
                ));
            }
        }
        EventType::LambdaError => {
            if let Some(name) = arn_resource(&issue.resource, "function:") {
                let name = name.split(':').next().unwrap_or(name);
                links.push((
                    "Lambda function",
                    format!("{}#/functions/{}", home("lambda"), encode(name)),
                ));
            }
        }
        EventType::EcsTaskFailure => {
            // arn:aws:ecs:<region>:<account>:task/<cluster>/<task id>
            if let Some((cluster, task)) =
                arn_resource(&issue.resource, "task/").and_then(|path| path.split_once('/'))
            {
                links.push((
                    "ECS task",
                    format!(
                        "https://{region}.console.aws.amazon.com/ecs/v2/clusters/{}/tasks/{}?region={region}",
                        encode(cluster),
                        encode(task)
                    ),
                ));
            }
        }
        _ => {}
    }
    if let Some(base) = api_base {
        links.push((
            "Issue in the API",
            format!("{}/issues/{}", base.trim_end_matches('/'), issue.id),
        ));
    }
    links
}

/// What follows `marker` in an ARN's resource part (`arn:partition:service:region:account:`).
fn arn_resource<'a>(arn: &'a str, marker: &str) -> Option<&'a str> {
    let resource = arn.splitn(6, ':').nth(5)?;
    resource.strip_prefix(marker).filter(|r| !r.is_empty())
}

/// A Logs Insights query on the issue's log group, over its occurrences (with a margin), that
/// finds its lines: the template's leading constant text, without the variable slots.
fn logs_insights(issue: &Issue) -> String {
    let region = issue.region.as_str();
    let start = Timestamp::from_millis(issue.first_seen.millis().saturating_sub(QUERY_MARGIN_MS));
    let end = issue.last_seen.plus_millis(QUERY_MARGIN_MS);
    let query = format!(
        "fields @timestamp, @logStream, @message\n| filter @message like \"{}\"\n| sort @timestamp desc\n| limit 100",
        filter_text(&issue.title)
    );
    let detail = format!(
        "~(end~'{}~start~'{}~timeType~'ABSOLUTE~tz~'UTC~editorString~'{}~source~(~'{}))",
        console_encode(&end.to_rfc3339()),
        console_encode(&start.to_rfc3339()),
        console_encode(&query),
        console_encode(&issue.resource),
    );
    // The console reads the fragment's `?` and `=` escaped as `$3F` and `$3D`.
    format!(
        "https://{region}.console.aws.amazon.com/cloudwatch/home?region={region}#logsV2:logs-insights$3FqueryDetail$3D{detail}"
    )
}

/// The constant text before a template's first variable slot (`<...>`), without characters
/// that would end the query's string.
fn filter_text(title: &str) -> String {
    let constant = title.split('<').next().unwrap_or_default();
    constant
        .chars()
        .filter(|c| !matches!(c, '"' | '\\'))
        .take(MAX_FILTER_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// What stays as it is in a URL path segment or the console's fragment values: letters, digits
/// and `-` `.` `_`.
const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_');

/// Percent-encoding of a URL path segment or query value.
fn encode(raw: &str) -> String {
    percent_encoding::utf8_percent_encode(raw, ESCAPED).to_string()
}

/// The console's encoding of values inside a fragment: percent-encoding with `*` for `%`.
fn console_encode(raw: &str) -> String {
    encode(raw).replace('%', "*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::tests::event;

    fn issue(event_type: EventType, resource: &str, title: &str) -> Issue {
        let mut e = event(1_795_000_000);
        e.event_type = event_type;
        e.resource = resource.into();
        e.title = title.into();
        Issue::open(&e).unwrap()
    }

    #[test]
    fn each_kind_of_issue_links_to_its_console_page_and_the_api() {
        let alarm = issue(
            EventType::Alarm,
            "arn:aws:cloudwatch:eu-west-1:222222222222:alarm:orders 5xx",
            "orders 5xx",
        );
        let found = links(&alarm, Some("https://api.example/prod/"));
        assert_eq!(
            found[0].1,
            "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/orders%205xx"
        );
        assert_eq!(
            found[1],
            (
                "Issue in the API",
                format!("https://api.example/prod/issues/{}", alarm.id)
            )
        );

        let lambda = issue(
            EventType::LambdaError,
            "arn:aws:lambda:eu-west-1:222222222222:function:checkout:live",
            "checkout failed",
        );
        assert!(links(&lambda, None)[0].1.ends_with("#/functions/checkout"));

        let task = issue(
            EventType::EcsTaskFailure,
            "arn:aws:ecs:eu-west-1:222222222222:task/web/0123abcd",
            "task stopped",
        );
        assert!(
            links(&task, None)[0]
                .1
                .ends_with("/ecs/v2/clusters/web/tasks/0123abcd?region=eu-west-1")
        );

        let odd = issue(EventType::Alarm, "not an arn", "x");
        assert!(links(&odd, None).is_empty());
    }

    #[test]
    fn a_log_issue_links_to_a_query_on_its_group_over_its_time_with_its_constant_text() {
        let log = issue(
            EventType::ErrorLog,
            "/aws/lambda/checkout",
            "ERROR \"payment\" declined for order <*>",
        );
        let (label, url) = &links(&log, None)[0];
        assert_eq!(*label, "Logs Insights");
        assert!(
            url.contains("#logsV2:logs-insights$3FqueryDetail$3D~(end~'2026-"),
            "{url}"
        );
        // The log group, and the constant text without quotes or slots.
        assert!(url.contains("source~(~'*2Faws*2Flambda*2Fcheckout)"), "{url}");
        assert!(
            url.contains("ERROR*20payment*20declined*20for*20order*22"),
            "{url}"
        );
        assert!(!url.contains('%') && !url.contains(' '), "{url}");
    }
}
