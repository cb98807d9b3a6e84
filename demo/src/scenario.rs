//! The scenario played on the stack: what a day of trouble looks like in two monitored
//! accounts, and what awsmon must make of it. The demo prints the outcome; the end-to-end test
//! asserts it against [`Scenario::expected_issues`].

use std::time::Duration;

use aws_sdk_cloudwatchlogs::types::InputLogEvent;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_domain::Timestamp;
use awsmon_domain::slack::ACKNOWLEDGE;
use serde_json::{Value, json};

use crate::stack::{AGENT_ACCOUNTS, AGENT_SCHEDULE, SECOND_REGION, Stack};
use awsmon_tests::REGION;

/// A secret planted in an error line; it must appear nowhere awsmon writes.
pub const PLANTED_SECRET: &str = "hunter2-Zq8v";
/// Invented secrets planted where AWS's own events carry free text: the alarm's description,
/// the ECS task's stop reason and the Lambda failure's response payload. The agent redacts them
/// before the events leave their account (issue 14 item 2); they must appear nowhere in the
/// master.
pub const FORWARDED_SECRETS: [&str; 4] = [
    "EXAMPLE-invented-alarm-pw-1f2e",
    "EXAMPLE-invented-ecs-pw-3d4c",
    "EXAMPLE-invented-lambda-pw-5b6a",
    "EXAMPLE-invented-rds-pw-9a0b",
];
/// The alarm that fires in the first agent account.
pub const ALARM_NAME: &str = "orders-api-5xx";
/// The alarm that fires in the first agent account's second region ([`SECOND_REGION`]).
pub const SECOND_REGION_ALARM: &str = "checkout-eu-latency";
/// The ECS service whose deployment scales a task in: not a failure, no issue.
pub const SCALED_IN_SERVICE: &str = "service:storefront";
/// What the deployment's scale-in says (ECS's own words, an invented deployment id).
pub const SCALE_IN_REASON: &str = "Scaling activity initiated by (deployment ecs-svc/4829156730918273645)";
/// The out-of-memory kill's container reason, as ECS writes it.
pub const OOM_REASON: &str = "OutOfMemoryError: Container killed due to memory usage";
/// The GuardDuty finding's title, the AWS Health event's type code, and the custom sources'
/// titles as `examples/local` configures them.
pub const GUARDDUTY_TITLE: &str = "Unusual outbound traffic from EC2 instance i-0a1b2c3d4e5f60718";
pub const HEALTH_EVENT_CODE: &str = "AWS_EC2_OPERATIONAL_ISSUE";
pub const RDS_TITLE: &str = "RDS orders-db: The database instance has failed";
pub const SFN_TITLE: &str = "Step Functions execution invoice-run-nightly is FAILED";
/// Who clicks in the demo's Slack (invented).
pub const SLACK_USER: (&str, &str) = ("U0EXAMPLE1", "dana");

/// One group of injected error lines that must become one issue.
#[derive(Debug, Clone)]
pub struct ExpectedIssue {
    pub account: &'static str,
    pub event_type: &'static str,
    /// A phrase of the issue's title.
    pub phrase: &'static str,
    /// Occurrences after one play of the scenario.
    pub count: u64,
    /// Stored events after one play: an agent sends one event per fingerprint and window.
    pub events: u64,
}

/// The lines written to a log group: `(message, how many times)`, numbers varying per copy.
struct LogGroup {
    account: &'static str,
    region: &'static str,
    name: &'static str,
    lines: &'static [(&'static str, u64)],
}

const LOG_GROUPS: [LogGroup; 4] = [
    LogGroup {
        account: AGENT_ACCOUNTS[0],
        region: REGION,
        name: "/aws/lambda/checkout",
        lines: &[
            ("INFO order {n} accepted", 6),
            (
                "ERROR Timeout calling inventory-service after 3000 ms (order {n})",
                4,
            ),
            (
                "ERROR Failed to authenticate to the payments API password=hunter2-Zq8v",
                1,
            ),
            ("INFO cache warmed in {n} ms", 2),
        ],
    },
    LogGroup {
        account: AGENT_ACCOUNTS[0],
        region: REGION,
        name: "/ecs/payments",
        lines: &[
            ("ERROR connection refused: db-primary:5432 (attempt {n})", 2),
            ("INFO healthy", 3),
        ],
    },
    LogGroup {
        account: AGENT_ACCOUNTS[1],
        region: REGION,
        name: "/aws/lambda/billing",
        lines: &[
            ("ERROR invoice {n} could not be rendered: template missing", 3),
            ("java.lang.IllegalStateException: ledger closed for period {n}", 1),
            ("INFO invoice {n} sent", 5),
        ],
    },
    // The first account's second region: its agent publishes to the master bus across regions.
    LogGroup {
        account: AGENT_ACCOUNTS[0],
        region: SECOND_REGION,
        name: "/aws/lambda/checkout-eu-central",
        lines: &[
            ("ERROR card issuer declined payment {n}: do not honour", 2),
            ("INFO payment {n} captured", 3),
        ],
    },
];

/// One play of the scenario, anchored at `base`: every injected time derives from it, so a
/// second play with the same `base` injects exactly the same facts again.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    pub base: Timestamp,
}

impl Scenario {
    /// A scenario whose lines (written up to 150 s before `now`) and report day do not straddle
    /// a UTC midnight.
    pub async fn starting_now() -> Self {
        loop {
            let now = now();
            if now.millis() % 86_400_000 >= 200_000 {
                return Self { base: now };
            }
            tokio::time::sleep(Duration::from_secs(10)).await;
        }
    }

    /// One issue per injected fingerprint: `(account, type, phrase, occurrences, events)`.
    pub fn expected_issues() -> Vec<ExpectedIssue> {
        let [shop, billing] = AGENT_ACCOUNTS;
        [
            (shop, "error-log", "Timeout calling inventory-service", 4, 1),
            (shop, "error-log", "Failed to authenticate", 1, 1),
            (shop, "error-log", "connection refused", 2, 1),
            (billing, "error-log", "could not be rendered", 3, 1),
            (billing, "error-log", "IllegalStateException", 1, 1),
            // In SECOND_REGION.
            (shop, "error-log", "card issuer declined", 2, 1),
            // Two ALARM transitions (the second within the repeat interval) and a redelivery.
            (shop, "alarm", ALARM_NAME, 2, 2),
            // Put on SECOND_REGION's default bus: filed under that region.
            (shop, "alarm", SECOND_REGION_ALARM, 1, 1),
            (shop, "ecs-task-failure", "payments", 1, 1),
            // The OOM kill's issue names its cause; the deployment's scale-in is none.
            (billing, "ecs-task-failure", "OutOfMemoryError", 1, 1),
            (billing, "lambda-error", "nightly-export", 1, 1),
            (shop, "security-finding", GUARDDUTY_TITLE, 1, 1),
            (billing, "health-event", HEALTH_EVENT_CODE, 1, 1),
            // examples/local's custom sources.
            (shop, "custom-event", RDS_TITLE, 1, 1),
            (billing, "custom-event", SFN_TITLE, 1, 1),
        ]
        .into_iter()
        .map(|(account, event_type, phrase, count, events)| ExpectedIssue {
            account,
            event_type,
            phrase,
            count,
            events,
        })
        .collect()
    }

    /// The log groups the scenario writes to (the monitored applications' own).
    pub fn log_groups() -> Vec<&'static str> {
        LOG_GROUPS.iter().map(|g| g.name).collect()
    }

    /// The events the daily report must count, by event type.
    pub fn expected_events_by_type() -> Vec<(&'static str, u64)> {
        let mut counts: Vec<(&'static str, u64)> = Vec::new();
        for issue in Self::expected_issues() {
            match counts.iter_mut().find(|(t, _)| *t == issue.event_type) {
                Some((_, n)) => *n += issue.events,
                None => counts.push((issue.event_type, issue.events)),
            }
        }
        counts
    }

    fn at(&self, seconds_before: i64) -> Timestamp {
        self.base.plus_millis(-seconds_before * 1000)
    }

    /// Write the log lines, let an alarm fire, stop an ECS task, fail a Lambda, run both
    /// agents, and wait for the master to take everything in.
    pub async fn play(&self, stack: &Stack, say: &dyn Fn(&str)) {
        say(
            "writing error and info lines (one with a planted password) to log groups in both agent accounts",
        );
        self.write_logs(stack).await;
        say(&format!(
            "alarm {ALARM_NAME} goes to ALARM in {}",
            AGENT_ACCOUNTS[0]
        ));
        self.put(
            stack,
            AGENT_ACCOUNTS[0],
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            self.alarm(110),
            110,
        )
        .await;
        say(&format!(
            "an ECS task of service payments stops with a failure in {}",
            AGENT_ACCOUNTS[0]
        ));
        self.put(
            stack,
            AGENT_ACCOUNTS[0],
            "aws.ecs",
            "ECS Task State Change",
            self.ecs_failure(100),
            100,
        )
        .await;
        say(&format!(
            "Lambda nightly-export fails after its retries in {}",
            AGENT_ACCOUNTS[1]
        ));
        self.put(
            stack,
            AGENT_ACCOUNTS[1],
            "lambda",
            "Lambda Function Invocation Result - Failure",
            self.lambda_failure(90),
            90,
        )
        .await;
        self.put_issue_15_events(stack, say).await;
        say("the alarm is delivered twice (EventBridge retries) and fires again a minute later");
        self.put(
            stack,
            AGENT_ACCOUNTS[0],
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            self.alarm(110),
            110,
        )
        .await;
        self.put(
            stack,
            AGENT_ACCOUNTS[0],
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            self.alarm(50),
            50,
        )
        .await;
        let agents = [
            (AGENT_ACCOUNTS[0], REGION),
            (AGENT_ACCOUNTS[1], REGION),
            (AGENT_ACCOUNTS[0], SECOND_REGION),
        ];
        for (account, region) in agents {
            say(&format!("the agent's schedule fires in {account} {region}"));
            let runs = stack.aws.run_schedule_in(account, region, AGENT_SCHEDULE);
            assert!(
                !runs.is_empty() && runs.iter().all(|r| r.record.status == "success"),
                "agent run in {account} {region}: {:?}\n{}",
                runs.iter().map(|r| &r.payload).collect::<Vec<_>>(),
                stack.aws.log()
            );
        }
        say("waiting for the master to store, group and notify");
        stack.settle(Duration::from_secs(60)).await;
        drain_outbox(stack).await;
    }

    /// The Slack app's side: the alarm's living message in #oncall gets an Acknowledge click, sent
    /// as Slack sends it (signed), then the alarm recovers and the message turns green.
    pub async fn slack_buttons(&self, stack: &Stack, say: &dyn Fn(&str)) {
        let messages = stack.slack_app.messages();
        let message = messages
            .iter()
            .find(|m| m.attachments.to_string().contains(ALARM_NAME))
            .expect("the alarm's message in #oncall");
        let issue_id = message.attachments[0]["blocks"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|b| b["type"] == "actions")
            .and_then(|b| b["elements"][0]["value"].as_str())
            .expect("the message's buttons name its issue")
            .to_owned();
        say("in #oncall, dana clicks Acknowledge on the alarm's message (a request Slack signed)");
        let (status, answer) = stack.click(ACKNOWLEDGE, &issue_id, &message.ts, SLACK_USER);
        assert_eq!(status, 200, "the click: {answer}\n{}", stack.aws.log());
        say(&format!("alarm {ALARM_NAME} is back to OK"));
        self.put(
            stack,
            AGENT_ACCOUNTS[0],
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            self.alarm_in("OK", 20),
            20,
        )
        .await;
        stack.settle(Duration::from_secs(60)).await;
        drain_outbox(stack).await;
    }

    /// The daily report of the scenario's day, as its schedule will build it after midnight.
    pub async fn daily_report(&self, stack: &Stack) -> Value {
        stack
            .invoke("daily-report", &scheduled_event(self.report_time()))
            .await
    }

    /// The day the daily report covers (`YYYY-MM-DD`).
    pub fn report_day(&self) -> String {
        self.base.to_rfc3339()[..10].to_owned()
    }

    fn report_time(&self) -> Timestamp {
        let day = 86_400_000;
        Timestamp::from_millis(self.base.millis().div_euclid(day) * day + day + 5 * 60_000)
    }

    /// `check-agents` as its schedule fires four minutes after the play: the second
    /// agent (1-minute schedule) has missed three heartbeats, the first (5-minute) has not.
    pub async fn check_agents_later(&self, stack: &Stack) -> Value {
        let later = scheduled_event(self.base.plus_millis(4 * 60_000));
        stack.invoke("check-agents", &later).await
    }

    async fn write_logs(&self, stack: &Stack) {
        for group in &LOG_GROUPS {
            let logs = stack.aws.logs_in(group.account, group.region);
            // Already there on a second play: creating it again is refused, which is fine.
            let _ = logs.create_log_group().log_group_name(group.name).send().await;
            let _ = logs
                .create_log_stream()
                .log_group_name(group.name)
                .log_stream_name("scenario")
                .send()
                .await;
            let mut events = Vec::new();
            let mut seconds_before = 150;
            for (template, times) in group.lines {
                for n in 0..*times {
                    let message = template.replace("{n}", &(1000 + n * 7).to_string());
                    events.push(
                        InputLogEvent::builder()
                            .timestamp(self.at(seconds_before).millis())
                            .message(message)
                            .build()
                            .expect("log event"),
                    );
                    seconds_before -= 1;
                }
            }
            logs.put_log_events()
                .log_group_name(group.name)
                .log_stream_name("scenario")
                .set_log_events(Some(events))
                .send()
                .await
                .unwrap_or_else(|e| panic!("write {}: {e:?}", group.name));
        }
    }

    /// Issue 15's sources, each put on an agent account's default bus as the AWS service puts
    /// it, so that it goes through the agent module's rules and the agent function: an ECS
    /// deployment's scale-in (no issue), an out-of-memory kill (an issue naming its cause), a
    /// GuardDuty finding, an AWS Health event, the custom sources' RDS and Step Functions
    /// events (read as `examples/local` configures them), and an alarm in the second region.
    async fn put_issue_15_events(&self, stack: &Stack, say: &dyn Fn(&str)) {
        let [shop, billing] = AGENT_ACCOUNTS;
        say(&format!(
            "a deployment of {SCALED_IN_SERVICE} scales a task in (exit 137) in {shop}: not a failure"
        ));
        self.put(
            stack,
            shop,
            "aws.ecs",
            "ECS Task State Change",
            self.ecs_scale_in(105),
            105,
        )
        .await;
        say(&format!(
            "an ECS task of invoice-renderer is killed out of memory in {billing}"
        ));
        self.put(
            stack,
            billing,
            "aws.ecs",
            "ECS Task State Change",
            self.ecs_oom(104),
            104,
        )
        .await;
        say(&format!("GuardDuty finds unusual outbound traffic in {shop}"));
        self.put(
            stack,
            shop,
            "aws.guardduty",
            "GuardDuty Finding",
            self.guardduty(103),
            103,
        )
        .await;
        say(&format!(
            "AWS Health opens an EC2 operational issue for {billing}"
        ));
        self.put(
            stack,
            billing,
            "aws.health",
            "AWS Health Event",
            self.health(102),
            102,
        )
        .await;
        say(&format!(
            "RDS instance orders-db fails in {shop} (custom source rds-instance)"
        ));
        self.put(
            stack,
            shop,
            "aws.rds",
            "RDS DB Instance Event",
            self.rds_failure(101),
            101,
        )
        .await;
        say(&format!(
            "a Step Functions execution fails in {billing} (custom source sfn-failed)"
        ));
        self.put(
            stack,
            billing,
            "aws.states",
            "Step Functions Execution Status Change",
            self.sfn_failure(99),
            99,
        )
        .await;
        say(&format!(
            "alarm {SECOND_REGION_ALARM} goes to ALARM in {shop} {SECOND_REGION}"
        ));
        self.put_in(
            stack,
            shop,
            SECOND_REGION,
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            self.second_region_alarm(98),
            98,
        )
        .await;
    }

    async fn put(
        &self,
        stack: &Stack,
        account: &str,
        source: &str,
        detail_type: &str,
        detail: Value,
        seconds_before: i64,
    ) {
        self.put_in(
            stack,
            account,
            REGION,
            source,
            detail_type,
            detail,
            seconds_before,
        )
        .await;
    }

    /// Put one event on the default bus of `account` in `region`, as an AWS service there does.
    #[allow(clippy::too_many_arguments)]
    async fn put_in(
        &self,
        stack: &Stack,
        account: &str,
        region: &str,
        source: &str,
        detail_type: &str,
        detail: Value,
        seconds_before: i64,
    ) {
        let time = aws_sdk_eventbridge::primitives::DateTime::from_millis(self.at(seconds_before).millis());
        let answer = stack
            .aws
            .eventbridge_in(account, region)
            .put_events()
            .entries(
                PutEventsRequestEntry::builder()
                    .source(source)
                    .detail_type(detail_type)
                    .time(time)
                    .detail(detail.to_string())
                    .build(),
            )
            .send()
            .await
            .unwrap_or_else(|e| panic!("put {detail_type} in {account}: {e:?}"));
        assert_eq!(answer.failed_entry_count, 0, "{answer:?}");
    }

    fn alarm(&self, seconds_before: i64) -> Value {
        self.alarm_in("ALARM", seconds_before)
    }

    fn alarm_in(&self, state: &str, seconds_before: i64) -> Value {
        let arn = format!(
            "arn:aws:cloudwatch:eu-west-1:{}:alarm:{ALARM_NAME}",
            AGENT_ACCOUNTS[0]
        );
        json!({
            "alarmName": ALARM_NAME,
            "alarmArn": arn,
            "state": {
                "value": state,
                "reason": "Threshold Crossed: 3 datapoints [12.0, 9.0, 15.0] were greater than the threshold (5.0).",
                "timestamp": self.at(seconds_before).to_rfc3339(),
            },
            "previousState": {"value": "OK", "timestamp": self.at(seconds_before + 600).to_rfc3339()},
            "configuration": {"description": format!("5xx answers of the orders API; runbook login password={}", FORWARDED_SECRETS[0])},
        })
    }

    fn ecs_failure(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[0];
        json!({
            "clusterArn": format!("arn:aws:ecs:eu-west-1:{account}:cluster/prod"),
            "taskArn": format!("arn:aws:ecs:eu-west-1:{account}:task/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
            "taskDefinitionArn": format!("arn:aws:ecs:eu-west-1:{account}:task-definition/payments:42"),
            "group": "service:payments",
            "lastStatus": "STOPPED",
            "desiredStatus": "STOPPED",
            "stopCode": "EssentialContainerExited",
            "stoppedReason": format!("Essential container in task exited (DB_PASSWORD={})", FORWARDED_SECRETS[1]),
            "stoppedAt": self.at(seconds_before).to_rfc3339(),
            "containers": [{"name": "payments", "lastStatus": "STOPPED", "exitCode": 137}],
        })
    }

    /// A deployment replacing the service's tasks scales the old one in: ECS stops it
    /// (`ServiceSchedulerInitiated`) and its container is killed (137). Not a failure.
    fn ecs_scale_in(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[0];
        json!({
            "clusterArn": format!("arn:aws:ecs:eu-west-1:{account}:cluster/prod"),
            "taskArn": format!("arn:aws:ecs:eu-west-1:{account}:task/prod/7a6b5c4d3e2f10ab9c8d7e6f5a4b3c2d"),
            "taskDefinitionArn": format!("arn:aws:ecs:eu-west-1:{account}:task-definition/storefront:17"),
            "group": SCALED_IN_SERVICE,
            "lastStatus": "STOPPED",
            "desiredStatus": "STOPPED",
            "stopCode": "ServiceSchedulerInitiated",
            "stoppedReason": SCALE_IN_REASON,
            "stoppedAt": self.at(seconds_before).to_rfc3339(),
            "containers": [{"name": "storefront", "lastStatus": "STOPPED", "exitCode": 137}],
        })
    }

    /// An essential container killed for using more memory than its limit.
    fn ecs_oom(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[1];
        json!({
            "clusterArn": format!("arn:aws:ecs:eu-west-1:{account}:cluster/batch"),
            "taskArn": format!("arn:aws:ecs:eu-west-1:{account}:task/batch/1f2e3d4c5b6a79880a9b8c7d6e5f4a3b"),
            "taskDefinitionArn": format!("arn:aws:ecs:eu-west-1:{account}:task-definition/invoice-renderer:3"),
            "group": "service:invoice-renderer",
            "lastStatus": "STOPPED",
            "desiredStatus": "STOPPED",
            "stopCode": "EssentialContainerExited",
            "stoppedReason": "Essential container in task exited",
            "stoppedAt": self.at(seconds_before).to_rfc3339(),
            "containers": [{"name": "renderer", "lastStatus": "STOPPED", "exitCode": 137, "reason": OOM_REASON}],
        })
    }

    fn guardduty(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[0];
        let at = self.at(seconds_before).to_rfc3339();
        json!({
            "schemaVersion": "2.0",
            "accountId": account,
            "region": "eu-west-1",
            "partition": "aws",
            "id": "6ac6e1f0c9b4a3d2e1f0a9b8c7d6e5f4",
            "arn": format!("arn:aws:guardduty:eu-west-1:{account}:detector/5ab6c7d8e9f0a1b2c3d4e5f6a7b8c9d0/finding/6ac6e1f0c9b4a3d2e1f0a9b8c7d6e5f4"),
            "type": "Behavior:EC2/TrafficVolumeUnusual",
            "resource": {"resourceType": "Instance", "instanceDetails": {"instanceId": "i-0a1b2c3d4e5f60718"}},
            "severity": 5.0,
            "createdAt": at,
            "updatedAt": at,
            "title": GUARDDUTY_TITLE,
            "description": "EC2 instance i-0a1b2c3d4e5f60718 is sending far more data to a remote host than it usually does.",
            "service": {"serviceName": "guardduty", "count": 1, "archived": false},
        })
    }

    fn health(&self, seconds_before: i64) -> Value {
        let at = self.at(seconds_before);
        json!({
            "eventArn": format!("arn:aws:health:eu-west-1::event/EC2/{HEALTH_EVENT_CODE}/{HEALTH_EVENT_CODE}_EXAMPLE_{}", self.base.millis()),
            "service": "EC2",
            "eventTypeCode": HEALTH_EVENT_CODE,
            "eventTypeCategory": "issue",
            "eventScopeCode": "ACCOUNT_SPECIFIC",
            "communicationId": "EXAMPLE-invented-communication-1",
            "startTime": at.to_rfc3339(),
            "lastUpdatedTime": at.to_rfc3339(),
            "statusCode": "open",
            "eventRegion": "eu-west-1",
            "eventDescription": [{"language": "en_US", "latestDescription": "Increased API error rates for EC2 instances in a single Availability Zone."}],
            "affectedEntities": [{"entityValue": "i-0f1e2d3c4b5a69788"}],
        })
    }

    /// An RDS DB instance event of the `failure` category (custom source `rds-instance`), its
    /// message carrying a planted secret the agent redacts.
    fn rds_failure(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[0];
        json!({
            "EventCategories": ["failure"],
            "SourceType": "DB_INSTANCE",
            "SourceArn": format!("arn:aws:rds:eu-west-1:{account}:db:orders-db"),
            "Date": self.at(seconds_before).to_rfc3339(),
            "Message": format!("The database instance has failed (master password={})", FORWARDED_SECRETS[3]),
            "SourceIdentifier": "orders-db",
            "EventID": "RDS-EVENT-0031",
        })
    }

    /// A Step Functions execution that failed (custom source `sfn-failed`).
    fn sfn_failure(&self, seconds_before: i64) -> Value {
        let account = AGENT_ACCOUNTS[1];
        let stop = self.at(seconds_before).millis();
        json!({
            "executionArn": format!("arn:aws:states:eu-west-1:{account}:execution:invoice-run:invoice-run-nightly"),
            "stateMachineArn": format!("arn:aws:states:eu-west-1:{account}:stateMachine:invoice-run"),
            "name": "invoice-run-nightly",
            "status": "FAILED",
            "startDate": stop - 90_000,
            "stopDate": stop,
            "input": "{}",
            "output": null,
            "error": "States.TaskFailed",
            "cause": "The render task returned an error",
        })
    }

    /// The second region's alarm goes to ALARM again at `at` (a new state change, so a new
    /// event of its issue), as CloudWatch puts it on that account's default bus.
    pub async fn second_region_alarm_again(&self, stack: &Stack, at: Timestamp) {
        let mut detail = self.second_region_alarm(0);
        detail["state"]["timestamp"] = json!(at.to_rfc3339());
        detail["previousState"]["timestamp"] = json!(at.plus_millis(-60_000).to_rfc3339());
        self.put_in(
            stack,
            AGENT_ACCOUNTS[0],
            SECOND_REGION,
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            detail,
            (self.base.millis() - at.millis()).div_euclid(1000),
        )
        .await;
    }

    fn second_region_alarm(&self, seconds_before: i64) -> Value {
        let arn = format!(
            "arn:aws:cloudwatch:{SECOND_REGION}:{}:alarm:{SECOND_REGION_ALARM}",
            AGENT_ACCOUNTS[0]
        );
        json!({
            "alarmName": SECOND_REGION_ALARM,
            "alarmArn": arn,
            "state": {
                "value": "ALARM",
                "reason": "Threshold Crossed: 2 datapoints [1840.0, 2210.0] were greater than the threshold (1500.0).",
                "timestamp": self.at(seconds_before).to_rfc3339(),
            },
            "previousState": {"value": "OK", "timestamp": self.at(seconds_before + 900).to_rfc3339()},
            "configuration": {"description": "p99 latency of checkout in eu-central-1"},
        })
    }

    fn lambda_failure(&self, seconds_before: i64) -> Value {
        let arn = format!(
            "arn:aws:lambda:eu-west-1:{}:function:nightly-export:$LATEST",
            AGENT_ACCOUNTS[1]
        );
        json!({
            "version": "1.0",
            "timestamp": self.at(seconds_before).to_rfc3339(),
            "requestContext": {
                "requestId": format!("c0ffee00-0000-4000-8000-{:012}", self.base.millis() % 1_000_000_000_000),
                "functionArn": arn,
                "condition": "RetriesExhausted",
                "approximateInvokeCount": 3,
            },
            "requestPayload": {"export": "orders"},
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
            "responsePayload": {"errorType": "S3UploadTimeout", "errorMessage": format!("upload of orders.csv timed out (password={})", FORWARDED_SECRETS[2])},
        })
    }
}

/// The grouping window `examples/local` configures.
pub const GROUPING_WINDOW_SECS: u64 = 5;

/// Notifications wait out the grouping window; then the outbox drain (a 1-minute schedule on
/// handle-monitoring-events) sends them.
async fn drain_outbox(stack: &Stack) {
    tokio::time::sleep(Duration::from_secs(GROUPING_WINDOW_SECS + 1)).await;
    stack
        .invoke("handle-monitoring-events", &scheduled_event(now()))
        .await;
}

/// The event an EventBridge schedule sends, fired at `time`.
pub fn scheduled_event(time: Timestamp) -> Value {
    json!({
        "version": "0",
        "id": "00000000-0000-4000-8000-000000000000",
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "time": time.to_rfc3339(),
        "detail": {},
    })
}

pub fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    Timestamp::from_millis(ms)
}
