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

pub fn in_range(value: i64, min: i64, max: i64, unit: &str) -> Result<(), Problem> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(format!("must be between {min} and {max} {unit}, got {value}"))
    }
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
        assert!(in_range(50, 1, 50, "groups").is_ok());
        assert_eq!(
            in_range(51, 1, 50, "groups"),
            Err("must be between 1 and 50 groups, got 51".into())
        );
        assert!(log_group_name("/aws/lambda/orders").is_ok());
        assert!(log_group_name("bad name").is_err());
        assert!(architecture("x86_64").is_ok());
        assert!(architecture("arm64").unwrap_err().contains("x86_64 runtime only"));
        assert!(non_empty("  ").is_err());
    }
}
