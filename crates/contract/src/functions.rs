//! The one registry of awsmon's Lambda functions: which binary runs each, which resource
//! deploys it, its role attribute and default size, and the schedules that invoke it. The
//! provider's build script embeds exactly these binaries, and its resources deploy them.
//!
//! The master's functions share one binary ([`MASTER_BINARY`]): Lambda passes each function's
//! handler setting (its [`Function::name`]) as `_HANDLER`, and the binary runs that function.
//! One binary instead of five builds, links and embeds the master's code once.

use crate::setting::Number;

/// The resource that deploys a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component {
    Agent,
    Master,
}

impl Component {
    /// The value of the [`COMPONENT_TAG`] on everything the resource makes.
    pub const fn tag(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Master => "master",
        }
    }
}

/// One Lambda function of the runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// The function's handler setting (`_HANDLER` in its environment, which selects the function
    /// in a shared binary) and, for the master, the suffix of the deployed function's name.
    pub name: &'static str,
    /// The crate whose binary runs it.
    pub package: &'static str,
    /// The binary that runs it, and its embedded zip `target/lambda/<binary>.zip`.
    pub binary: &'static str,
    pub component: Component,
    /// The attribute holding its execution role.
    pub role_attribute: &'static str,
}

/// The binary of every master function.
pub const MASTER_BINARY: &str = "master";

pub const QUERY_ERROR_LOGS: Function = Function {
    name: "query-error-logs",
    package: "awsmon-agent",
    binary: "query-error-logs",
    component: Component::Agent,
    role_attribute: "role_arn",
};
pub const HANDLE_MONITORING_EVENTS: Function = Function {
    name: "handle-monitoring-events",
    package: "awsmon-master",
    binary: MASTER_BINARY,
    component: Component::Master,
    role_attribute: "handle_monitoring_events_role_arn",
};
pub const DAILY_REPORT: Function = Function {
    name: "daily-report",
    package: "awsmon-master",
    binary: MASTER_BINARY,
    component: Component::Master,
    role_attribute: "daily_report_role_arn",
};
/// Finds silent agents and version drift (`docs/master.md`). Called `update-deployment` until
/// 0.1.x: see [`FORMER_CHECK_AGENTS`].
pub const CHECK_AGENTS: Function = Function {
    name: "check-agents",
    package: "awsmon-master",
    binary: MASTER_BINARY,
    component: Component::Master,
    role_attribute: "check_agents_role_arn",
};
pub const API: Function = Function {
    name: "api",
    package: "awsmon-master",
    binary: MASTER_BINARY,
    component: Component::Master,
    role_attribute: "api_role_arn",
};

/// Slack's button clicks (`POST /slack/interactions`): deployed only with the Slack app's
/// buttons, see [`enabled_by`].
pub const SLACK_INTERACTIONS: Function = Function {
    name: "slack-interactions",
    package: "awsmon-master",
    binary: MASTER_BINARY,
    component: Component::Master,
    role_attribute: "slack_interactions_role_arn",
};

pub const ALL: [Function; 6] = [
    QUERY_ERROR_LOGS,
    HANDLE_MONITORING_EVENTS,
    DAILY_REPORT,
    CHECK_AGENTS,
    API,
    SLACK_INTERACTIONS,
];
pub const MASTER: [Function; 5] = [
    HANDLE_MONITORING_EVENTS,
    DAILY_REPORT,
    CHECK_AGENTS,
    API,
    SLACK_INTERACTIONS,
];

/// The distinct (package, binary) pairs that run [`ALL`], in registry order: what the runtime
/// build compiles and the provider embeds.
pub fn binaries() -> Vec<(&'static str, &'static str)> {
    let mut binaries = Vec::new();
    for function in ALL {
        if !binaries.contains(&(function.package, function.binary)) {
            binaries.push((function.package, function.binary));
        }
    }
    binaries
}

/// The function of `binary` whose handler setting is `handler`.
pub fn by_handler(binary: &str, handler: &str) -> Option<Function> {
    ALL.into_iter().find(|f| f.binary == binary && f.name == handler)
}

/// The attribute whose setting deploys an optional function (and makes its role attribute
/// required); `None` for the functions every deployment has.
pub fn enabled_by(function: &Function) -> Option<&'static str> {
    (function.name == SLACK_INTERACTIONS.name).then_some("slack_signing_secret_parameter")
}

/// The names a renamed function had: read for one more release, so that an upgrade is a plain
/// apply (a rename is announced and read both ways for a release).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormerNames {
    /// The function the names now belong to.
    pub function: Function,
    /// Its former name: the suffix of the deployed function, of its schedule rule and its log
    /// group, and the `function_override` value that still selects it.
    pub name: &'static str,
    /// The deprecated attribute that still sets its role.
    pub role_attribute: &'static str,
    /// The deprecated attribute that still sets its schedule.
    pub schedule_attribute: &'static str,
    /// The release that stops reading these names.
    pub removed_in: &'static str,
}

/// `check-agents` was `update-deployment` until 0.1.x: the name said something it does not do.
/// The provider takes the old attributes as deprecated aliases and, on the first apply, replaces
/// the function, schedule and log group deployed under the old name with the new ones.
pub const FORMER_CHECK_AGENTS: FormerNames = FormerNames {
    function: CHECK_AGENTS,
    name: "update-deployment",
    role_attribute: "update_deployment_role_arn",
    schedule_attribute: "update_deployment_schedule",
    removed_in: "0.2.0",
};

/// How often a schedule fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// Always this expression.
    Fixed(&'static str),
    /// The user's choice in `attribute`, `default` when unset.
    Chosen {
        attribute: &'static str,
        default: &'static str,
    },
}

/// An EventBridge schedule rule on the default bus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The key in the resource's computed `schedules` map and the rule name's suffix.
    pub key: &'static str,
    pub function: Function,
    pub cadence: Cadence,
    /// The target's constant input; None passes EventBridge's scheduled event.
    pub input: Option<&'static str>,
}

pub const AGENT_SCHEDULE: Schedule = Schedule {
    key: "schedule",
    function: QUERY_ERROR_LOGS,
    cadence: Cadence::Chosen {
        attribute: "schedule_expression",
        default: "rate(5 minutes)",
    },
    input: None,
};

/// The master's schedules. `handle-monitoring-events` drains the outbox on any input without
/// `Records`; `daily-report` builds the weekly report when its input says so.
pub const MASTER_SCHEDULES: [Schedule; 4] = [
    Schedule {
        key: "outbox",
        function: HANDLE_MONITORING_EVENTS,
        cadence: Cadence::Fixed("rate(1 minute)"),
        input: None,
    },
    Schedule {
        key: "daily-report",
        function: DAILY_REPORT,
        cadence: Cadence::Fixed("cron(5 0 * * ? *)"),
        input: None,
    },
    Schedule {
        key: "weekly-report",
        function: DAILY_REPORT,
        cadence: Cadence::Fixed("cron(10 0 ? * MON *)"),
        input: Some(r#"{"kind":"weekly"}"#),
    },
    Schedule {
        key: "check-agents",
        function: CHECK_AGENTS,
        cadence: Cadence::Chosen {
            attribute: "check_agents_schedule",
            default: "rate(5 minutes)",
        },
        input: None,
    },
];

/// The default of the schedule chosen by `attribute`.
pub fn default_schedule(attribute: &str) -> Option<&'static str> {
    MASTER_SCHEDULES
        .iter()
        .chain([&AGENT_SCHEDULE])
        .find_map(|schedule| match schedule.cadence {
            Cadence::Chosen {
                attribute: a,
                default,
            } if a == attribute => Some(default),
            _ => None,
        })
}

/// The tag awsmon puts on everything it makes; its value is the [`Component`].
pub const COMPONENT_TAG: &str = "awsmon:component";
/// The runtime version a function runs, so that the provider can read back what is deployed.
pub const VERSION_TAG: &str = "awsmon:version";

pub const MEMORY_SIZE: Number = Number {
    attribute: "memory_size",
    env: None,
    default: 256,
    min: 128,
    max: 10_240,
    unit: "MB",
    doc: "Memory of the resource's functions.",
};
pub const AGENT_TIMEOUT: Number = Number {
    attribute: "timeout",
    env: None,
    default: 300,
    min: 1,
    max: 900,
    unit: "seconds",
    doc: "Timeout of the agent function: the longest run, queries included.",
};
/// The module's ingest queue has a visibility timeout of 180 s, six times the default, as Lambda
/// advises for SQS mappings.
pub const MASTER_TIMEOUT: Number = Number {
    attribute: "timeout",
    env: None,
    default: 30,
    min: 1,
    max: 900,
    unit: "seconds",
    doc: "Timeout of each master function; the ingest queue's visibility timeout should be six times this.",
};
/// Retention of the functions' own log groups; CloudWatch accepts only its listed values.
pub const DEFAULT_LOG_RETENTION_DAYS: i64 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_master_functions_share_one_binary_and_the_agent_has_its_own() {
        assert_eq!(
            binaries(),
            [
                ("awsmon-agent", "query-error-logs"),
                ("awsmon-master", MASTER_BINARY)
            ]
        );
        for function in MASTER {
            assert_eq!(by_handler(MASTER_BINARY, function.name), Some(function));
        }
        assert_eq!(by_handler(MASTER_BINARY, QUERY_ERROR_LOGS.name), None);
        assert_eq!(by_handler(MASTER_BINARY, "bootstrap"), None);
    }
}
