//! Checks of configuration values that need no AWS call, so that `terraform plan` reports them
//! on the attribute before anything is made. Pure: each returns why a value is wrong.

/// A value's problem, in words for the diagnostic's detail.
pub type Problem = String;

fn is_account(raw: &str) -> bool {
    raw.len() == 12 && raw.bytes().all(|b| b.is_ascii_digit())
}

fn is_partition(raw: &str) -> bool {
    matches!(raw, "aws" | "aws-cn" | "aws-us-gov" | "aws-iso" | "aws-iso-b")
}

fn is_region(raw: &str) -> bool {
    awsmon_domain::Region::parse(raw).is_ok()
}

/// A Lambda function name (and what awsmon derives from it: `<name>-schedule`, ...).
pub fn function_name(raw: &str) -> Result<(), Problem> {
    if raw.is_empty() || raw.len() > 55 {
        return Err(format!(
            "must be 1 to 55 characters (awsmon adds suffixes up to Lambda's 64), got {}",
            raw.len()
        ));
    }
    if !raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(format!(
            "may contain only letters, digits, '-' and '_', got {raw:?}"
        ));
    }
    Ok(())
}

/// `arn:<partition>:events:<region>:<account>:event-bus/<name>`.
pub fn event_bus_arn(raw: &str) -> Result<(), Problem> {
    let parts: Vec<&str> = raw.splitn(6, ':').collect();
    let valid = parts.len() == 6
        && parts[0] == "arn"
        && is_partition(parts[1])
        && parts[2] == "events"
        && is_region(parts[3])
        && is_account(parts[4])
        && parts[5]
            .strip_prefix("event-bus/")
            .is_some_and(|name| !name.is_empty());
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be an event bus ARN like arn:aws:events:eu-west-1:111111111111:event-bus/awsmon, got {raw:?}"
        ))
    }
}

/// `arn:<partition>:iam::<account>:role/<path/name>`.
pub fn role_arn(raw: &str) -> Result<(), Problem> {
    let parts: Vec<&str> = raw.splitn(6, ':').collect();
    let valid = parts.len() == 6
        && parts[0] == "arn"
        && is_partition(parts[1])
        && parts[2] == "iam"
        && parts[3].is_empty()
        && is_account(parts[4])
        && parts[5]
            .strip_prefix("role/")
            .is_some_and(|name| !name.is_empty());
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be an IAM role ARN like arn:aws:iam::222222222222:role/awsmon-agent, got {raw:?}"
        ))
    }
}

/// EventBridge schedule expressions: `rate(1 minute)`, `rate(5 minutes)`, `cron(0/5 * * * ? *)`.
pub fn schedule_expression(raw: &str) -> Result<(), Problem> {
    if let Some(inner) = raw.strip_prefix("rate(").and_then(|r| r.strip_suffix(')')) {
        let mut words = inner.split(' ');
        let (Some(value), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return Err(format!("rate() takes a number and a unit, got {raw:?}"));
        };
        let Ok(value) = value.parse::<u32>() else {
            return Err(format!("the rate must be a positive whole number, got {value:?}"));
        };
        let expected_units: &[&str] = if value == 1 {
            &["minute", "hour", "day"]
        } else {
            &["minutes", "hours", "days"]
        };
        if value == 0 || !expected_units.contains(&unit) {
            return Err(format!(
                "must be rate(1 minute|hour|day) or rate(N minutes|hours|days) with N > 1, got {raw:?}"
            ));
        }
        return Ok(());
    }
    if let Some(inner) = raw.strip_prefix("cron(").and_then(|r| r.strip_suffix(')')) {
        let fields = inner.split_whitespace().count();
        if fields != 6 {
            return Err(format!(
                "cron() takes 6 fields (minutes hours day-of-month month day-of-week year), got {fields}"
            ));
        }
        return Ok(());
    }
    Err(format!("must be rate(...) or cron(...), got {raw:?}"))
}

/// The period a schedule runs at, in seconds (cron: None, the agent is told nothing better).
pub fn schedule_period_secs(raw: &str) -> Option<u64> {
    let inner = raw.strip_prefix("rate(")?.strip_suffix(')')?;
    let (value, unit) = inner.split_once(' ')?;
    let value: u64 = value.parse().ok()?;
    let unit_secs = match unit.trim_end_matches('s') {
        "minute" => 60,
        "hour" => 3600,
        "day" => 86_400,
        _ => return None,
    };
    Some(value * unit_secs)
}

pub fn non_empty(raw: &str) -> Result<(), Problem> {
    if raw.trim().is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(())
    }
}

/// CloudWatch Logs group names (and prefixes): 1 to 512 of `[.-_/#A-Za-z0-9]`.
pub fn log_group_name(raw: &str) -> Result<(), Problem> {
    let valid = !raw.is_empty()
        && raw.len() <= 512
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'/' | b'#'));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be 1 to 512 characters of letters, digits and . - _ / #, got {raw:?}"
        ))
    }
}

/// Only an x86_64 runtime artifact exists.
pub fn architecture(raw: &str) -> Result<(), Problem> {
    match raw {
        "x86_64" => Ok(()),
        "arm64" => Err("awsmon ships an x86_64 runtime only; an arm64 artifact does not exist yet".into()),
        other => Err(format!("must be \"x86_64\", got {other:?}")),
    }
}

/// The master's name: the prefix of its functions (`<name>-handle-monitoring-events`, the
/// longest suffix, within Lambda's 64 characters) and the name of its table and REST API.
pub fn master_name(raw: &str) -> Result<(), Problem> {
    if raw.len() < 3 || raw.len() > 39 {
        return Err(format!(
            "must be 3 to 39 characters (awsmon adds \"-handle-monitoring-events\" within Lambda's 64), got {}",
            raw.len()
        ));
    }
    function_name(raw)
}

fn arn_parts(raw: &str) -> Option<[&str; 6]> {
    let parts: Vec<&str> = raw.splitn(6, ':').collect();
    let parts: [&str; 6] = parts.try_into().ok()?;
    (parts[0] == "arn" && is_partition(parts[1]) && is_region(parts[3]) && is_account(parts[4]))
        .then_some(parts)
}

/// `arn:<partition>:sqs:<region>:<account>:<queue>`.
pub fn queue_arn(raw: &str) -> Result<(), Problem> {
    match arn_parts(raw) {
        Some(p) if p[2] == "sqs" && !p[5].is_empty() && !p[5].contains(['/', ':']) => Ok(()),
        _ => Err(format!(
            "must be an SQS queue ARN like arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest, got {raw:?}"
        )),
    }
}

/// A queue URL: `https://sqs.<region>.amazonaws.com/<account>/<queue>` (any host, so that VPC
/// endpoints and local AWS work).
pub fn queue_url(raw: &str) -> Result<(), Problem> {
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"));
    let valid = rest.is_some_and(|rest| {
        let segments: Vec<&str> = rest.split('/').collect();
        segments.len() == 3 && !segments[0].is_empty() && is_account(segments[1]) && !segments[2].is_empty()
    });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be a queue URL like https://sqs.eu-west-1.amazonaws.com/111111111111/awsmon-dlq, got {raw:?}"
        ))
    }
}

/// `arn:<partition>:kms:<region>:<account>:key/<id>` (or `alias/<name>`).
pub fn kms_key_arn(raw: &str) -> Result<(), Problem> {
    match arn_parts(raw) {
        Some(p)
            if p[2] == "kms"
                && (p[5].strip_prefix("key/").or_else(|| p[5].strip_prefix("alias/")))
                    .is_some_and(|id| !id.is_empty()) =>
        {
            Ok(())
        }
        _ => Err(format!(
            "must be a KMS key ARN like arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab, got {raw:?}"
        )),
    }
}

/// `arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>`.
pub fn layer_arn(raw: &str) -> Result<(), Problem> {
    let valid = arn_parts(raw).is_some_and(|p| {
        p[2] == "lambda"
            && p[5]
                .strip_prefix("layer:")
                .and_then(|rest| rest.rsplit_once(':'))
                .is_some_and(|(name, version)| !name.is_empty() && version.parse::<u32>().is_ok())
    });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be a layer version ARN like arn:aws:lambda:eu-west-1:111111111111:layer:insights:14, got {raw:?}"
        ))
    }
}

/// The retention periods CloudWatch Logs accepts, in days.
pub const LOG_RETENTION_DAYS: [i64; 22] = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

pub fn log_retention_days(value: i64) -> Result<(), Problem> {
    if LOG_RETENTION_DAYS.contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "CloudWatch Logs accepts only {LOG_RETENTION_DAYS:?} days, got {value}"
        ))
    }
}

/// Where a Slack webhook URL is kept: an SSM parameter name, or a Secrets Manager secret through
/// SSM's `/aws/reference/secretsmanager/<secret id>`. Never the URL itself: state, plan and
/// the function's environment would then hold the secret.
pub fn ssm_parameter_reference(raw: &str) -> Result<(), Problem> {
    if raw.contains("://") || raw.starts_with("hooks.slack.com") {
        return Err(
            "must name the SSM parameter (or /aws/reference/secretsmanager/<secret>) that holds the webhook URL, not the URL: a URL would be stored in state and in the function's environment".into(),
        );
    }
    const SECRETS: &str = "/aws/reference/secretsmanager/";
    if let Some(secret) = raw.strip_prefix(SECRETS) {
        return if secret.is_empty() || secret.len() > 512 {
            Err(format!("must name a secret after {SECRETS}, got {raw:?}"))
        } else {
            Ok(())
        };
    }
    if raw.is_empty() || raw.len() > 2048 {
        return Err(format!("must be 1 to 2048 characters, got {}", raw.len()));
    }
    if !raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'/'))
    {
        return Err(format!(
            "an SSM parameter name has only letters, digits and _ . - /, got {raw:?}"
        ));
    }
    if raw.contains('/') && !raw.starts_with('/') {
        return Err(format!(
            "a hierarchical SSM parameter name starts with '/', got {raw:?}"
        ));
    }
    let first = raw.trim_start_matches('/').to_ascii_lowercase();
    if first.starts_with("aws") || first.starts_with("ssm") {
        return Err(format!(
            "SSM parameter names may not begin with aws or ssm (only {SECRETS}<secret> is allowed), got {raw:?}"
        ));
    }
    Ok(())
}

/// A Slack app secret's parameter (bot token, signing secret): a parameter name as
/// [`ssm_parameter_reference`] takes, and never something that looks like the secret itself.
pub fn slack_secret_parameter(raw: &str) -> Result<(), Problem> {
    let token = ["xoxb-", "xoxp-", "xoxa-", "xoxe-", "xapp-"]
        .iter()
        .any(|prefix| raw.to_ascii_lowercase().starts_with(prefix));
    let signing_secret = raw.len() == 32 && raw.bytes().all(|b| b.is_ascii_hexdigit());
    if token || signing_secret {
        return Err(
            "must name the SSM parameter (or /aws/reference/secretsmanager/<secret>) that holds the Slack secret, not the secret: a value would be stored in state and in the function's environment".into(),
        );
    }
    ssm_parameter_reference(raw)
}

/// A Slack id: `prefixes` (one letter each) then upper-case letters and digits, 9 to 21 in all.
fn slack_id(raw: &str, what: &str, prefixes: &str) -> Result<(), Problem> {
    let valid = (9..=21).contains(&raw.len())
        && raw.starts_with(|c| prefixes.contains(c))
        && raw.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if valid {
        Ok(())
    } else {
        let starts: Vec<String> = prefixes.chars().map(|c| c.to_string()).collect();
        Err(format!(
            "must be a Slack {what} id ({}, then capital letters and digits, as Slack shows it), got {raw:?}",
            starts.join(" or ")
        ))
    }
}

/// A channel id (`C...` public, `G...` private); not a `#name`, which can be renamed.
pub fn slack_channel_id(raw: &str) -> Result<(), Problem> {
    slack_id(raw, "channel", "CG")
}

pub fn slack_team_id(raw: &str) -> Result<(), Problem> {
    slack_id(raw, "workspace", "TE")
}

pub fn slack_app_id(raw: &str) -> Result<(), Problem> {
    slack_id(raw, "app", "A")
}

pub fn slack_user_id(raw: &str) -> Result<(), Problem> {
    slack_id(raw, "user", "UW")
}

/// Where the bot token is sent: Slack's Web API, or a stand-in on this machine's loopback.
pub fn slack_api_url(raw: &str) -> Result<(), Problem> {
    if awsmon_contract::master::slack_api_url_allowed(raw) {
        Ok(())
    } else {
        Err(format!(
            "must be https://slack.com/api, or a local stand-in at http://127.0.0.1:<port>/..., got {raw:?}: the bot token goes there"
        ))
    }
}

/// A webhook's name in the notification policy: 1 to 64 letters, digits, '-' and '_'.
pub fn webhook_name(raw: &str) -> Result<(), Problem> {
    let valid = !raw.is_empty()
        && raw.len() <= 64
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be 1 to 64 letters, digits, '-' and '_', got {raw:?}"
        ))
    }
}

pub fn account_id(raw: &str) -> Result<(), Problem> {
    if is_account(raw) {
        Ok(())
    } else {
        Err(format!("must be a 12-digit AWS account id, got {raw:?}"))
    }
}

/// A value of one of the runtime's string enums (severity, event type), as its serde name.
/// A severity by its name (`info` ... `critical`).
pub fn severity(raw: &str) -> Result<awsmon_domain::Severity, Problem> {
    use awsmon_domain::Severity;
    Severity::ALL
        .into_iter()
        .find(|s| s.as_str() == raw)
        .ok_or_else(|| {
            format!(
                "must be one of {}, got {raw:?}",
                Severity::ALL.map(Severity::as_str).join(", ")
            )
        })
}

/// An event type by its name (`alarm`, `lambda-failure`, ...).
pub fn event_type(raw: &str) -> Result<awsmon_domain::monitoring_event::EventType, Problem> {
    use awsmon_domain::monitoring_event::EventType;
    EventType::ALL
        .into_iter()
        .find(|t| t.as_str() == raw)
        .ok_or_else(|| {
            format!(
                "must be one of {}, got {raw:?}",
                EventType::ALL.map(EventType::as_str).join(", ")
            )
        })
}

/// An API Gateway stage name.
pub fn stage_name(raw: &str) -> Result<(), Problem> {
    let valid = !raw.is_empty()
        && raw.len() <= 128
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be 1 to 128 letters, digits, '-' and '_', got {raw:?}"
        ))
    }
}

/// How callers of the API authenticate.
pub fn api_authorization(raw: &str) -> Result<(), Problem> {
    match raw {
        "AWS_IAM" | "NONE" => Ok(()),
        other => Err(format!(
            "must be \"AWS_IAM\" (SigV4-signed requests) or \"NONE\" (public), got {other:?}"
        )),
    }
}

/// An IPv4 or IPv6 CIDR block (`203.0.113.0/24`, `2001:db8::/32`).
pub fn cidr(raw: &str) -> Result<(), Problem> {
    let valid = raw.split_once('/').is_some_and(|(address, prefix)| {
        let bits = match address.parse::<std::net::IpAddr>() {
            Ok(std::net::IpAddr::V4(_)) => 32,
            Ok(std::net::IpAddr::V6(_)) => 128,
            Err(_) => return false,
        };
        !prefix.is_empty()
            && prefix.len() <= 3
            && prefix.bytes().all(|b| b.is_ascii_digit())
            && prefix.parse::<u8>().is_ok_and(|p| p <= bits)
    });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "must be a CIDR block such as \"203.0.113.0/24\" or \"2001:db8::/32\", got {raw:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_names() {
        assert!(function_name("awsmon-agent_1").is_ok());
        assert!(function_name("").is_err());
        assert!(function_name(&"a".repeat(56)).is_err());
        assert!(function_name("has space").is_err());
    }

    #[test]
    fn arns() {
        assert!(event_bus_arn("arn:aws:events:eu-west-1:111111111111:event-bus/awsmon").is_ok());
        for bad in [
            "arn:aws:events:eu-west-1:111111111111:rule/x",
            "arn:aws:events:eu-west-1:1111:event-bus/awsmon",
            "arn:aws:sqs:eu-west-1:111111111111:event-bus/awsmon",
            "awsmon",
            "arn:aws:events:eu-west-1:111111111111:event-bus/",
        ] {
            assert!(event_bus_arn(bad).is_err(), "{bad}");
        }
        assert!(role_arn("arn:aws:iam::222222222222:role/path/awsmon-agent").is_ok());
        assert!(role_arn("arn:aws:iam:eu-west-1:222222222222:role/x").is_err());
        assert!(role_arn("arn:aws:iam::222222222222:user/x").is_err());
    }

    #[test]
    fn schedules() {
        for good in [
            "rate(1 minute)",
            "rate(5 minutes)",
            "rate(2 hours)",
            "cron(0/5 * * * ? *)",
        ] {
            assert!(schedule_expression(good).is_ok(), "{good}");
        }
        for bad in [
            "rate(5 minute)",
            "rate(1 minutes)",
            "rate(0 minutes)",
            "rate(five minutes)",
            "cron(* * *)",
            "every 5m",
        ] {
            assert!(schedule_expression(bad).is_err(), "{bad}");
        }
        assert_eq!(schedule_period_secs("rate(5 minutes)"), Some(300));
        assert_eq!(schedule_period_secs("rate(1 hour)"), Some(3600));
        assert_eq!(schedule_period_secs("cron(0 * * * ? *)"), None);
    }

    #[test]
    fn ranges_groups_and_architecture() {
        assert!(log_group_name("/aws/lambda/orders").is_ok());
        assert!(log_group_name("bad name").is_err());
        assert!(architecture("x86_64").is_ok());
        assert!(architecture("arm64").unwrap_err().contains("x86_64 runtime only"));
        assert!(non_empty("  ").is_err());
    }

    #[test]
    fn master_values() {
        assert!(master_name("awsmon").is_ok());
        assert!(master_name("ab").is_err());
        assert!(master_name(&"a".repeat(40)).is_err());
        assert!(queue_arn("arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest").is_ok());
        assert!(queue_arn("arn:aws:sns:eu-west-1:111111111111:awsmon-ingest").is_err());
        assert!(queue_url("https://sqs.eu-west-1.amazonaws.com/111111111111/awsmon-dlq").is_ok());
        assert!(queue_url("http://127.0.0.1:4566/111111111111/awsmon-dlq").is_ok());
        assert!(queue_url("arn:aws:sqs:eu-west-1:111111111111:awsmon-dlq").is_err());
        assert!(kms_key_arn("arn:aws:kms:eu-west-1:111111111111:key/abcd").is_ok());
        assert!(kms_key_arn("arn:aws:kms:eu-west-1:111111111111:abcd").is_err());
        assert!(layer_arn("arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:14").is_ok());
        assert!(layer_arn("arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension").is_err());
        assert!(log_retention_days(30).is_ok());
        assert!(log_retention_days(31).is_err());
        assert!(stage_name("v1").is_ok() && stage_name("v 1").is_err());
        assert!(api_authorization("AWS_IAM").is_ok() && api_authorization("COGNITO").is_err());
        for good in ["203.0.113.0/24", "127.0.0.1/32", "0.0.0.0/0", "2001:db8::/32"] {
            assert!(cidr(good).is_ok(), "{good}");
        }
        for bad in [
            "203.0.113.0",
            "203.0.113.0/33",
            "2001:db8::/129",
            "x/8",
            "10.0.0.0/",
            "10.0.0.0/+8",
        ] {
            assert!(cidr(bad).is_err(), "{bad}");
        }
        assert!(account_id("111111111111").is_ok() && account_id("1111").is_err());
        assert!(webhook_name("prod-alerts").is_ok() && webhook_name("a b").is_err());
        assert_eq!(severity("high"), Ok(awsmon_domain::Severity::High));
        assert!(
            severity("urgent")
                .unwrap_err()
                .contains("info, low, medium, high, critical")
        );
        assert!(event_type("alarm").is_ok());
        assert!(event_type("Alarm").unwrap_err().contains("lambda-error"));
    }

    #[test]
    fn webhook_references_are_parameter_names_never_urls() {
        for good in [
            "/monitoring/awsmon/slack-default",
            "slack-default",
            "/aws/reference/secretsmanager/awsmon-slack-prod",
        ] {
            assert!(ssm_parameter_reference(good).is_ok(), "{good}");
        }
        for bad in [
            "https://hooks.slack.com/services/T000/B000/XXXX",
            "hooks.slack.com/services/T000/B000/XXXX",
            "/aws/awsmon/slack",
            "awsmon/slack",
            "/ssm-things/slack",
            "AWS-slack",
            "/aws/reference/secretsmanager/",
            "has space",
            "",
        ] {
            assert!(ssm_parameter_reference(bad).is_err(), "{bad}");
        }
    }
}
