variable "create" {
  type        = bool
  description = "Whether to create anything at all."
  default     = true
}

variable "name" {
  type        = string
  description = "Name of the master: its bus, queues, roles, table and functions start with it."
  default     = "awsmon"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{3,30}$", var.name))
    error_message = "The name must be 3 to 30 letters, digits, '-' or '_'."
  }
}

variable "organization_id" {
  type        = string
  description = "AWS Organizations id (o-...) whose accounts may put events on the bus. Prefer it to agent_account_ids: new accounts need no change here."
  default     = null

  validation {
    condition     = var.organization_id == null || can(regex("^o-[a-z0-9]{10,32}$", var.organization_id))
    error_message = "The organization_id must look like o-abcd123456."
  }
}

variable "agent_account_ids" {
  type        = list(string)
  description = "Accounts whose agents may put events on the bus, for setups without an organization (the bus policy holds at most about 100 of them)."
  default     = []

  validation {
    condition     = alltrue([for id in var.agent_account_ids : can(regex("^[0-9]{12}$", id))])
    error_message = "Each agent account id must be 12 digits."
  }
}

variable "agent_role_names" {
  type        = list(string)
  description = "Roles of the member accounts that may put awsmon.agent events on the bus: the agent function's role in each region (modules/agent: <name>-function-<region>; * matches any characters). awsmon_agent announces deployments with the credentials Terraform applies it with: add that role's name to let those in too (otherwise the agent registers at its first heartbeat and the provider warns)."
  default     = ["awsmon-agent-function-*"]

  validation {
    condition     = length(var.agent_role_names) > 0 && alltrue([for name in var.agent_role_names : can(regex("^[A-Za-z0-9+=,.@_/*-]{1,128}$", name))])
    error_message = "Each agent role name must be an IAM role name (a path and * are allowed), and there must be at least one."
  }
}

variable "forwarder_role_names" {
  type        = list(string)
  description = "Deprecated, does nothing: member accounts no longer forward AWS events to the bus with a forwarding role (the agent function redacts and publishes them as awsmon.forwarded events, which agent_role_names lets in). Kept so that configurations that set it still plan; it will be removed in 0.2.0."
  default     = []

  validation {
    condition     = alltrue([for name in var.forwarder_role_names : can(regex("^[A-Za-z0-9+=,.@_/*-]{1,128}$", name))])
    error_message = "Each forwarder role name must be an IAM role name (a path and * are allowed); the variable does nothing."
  }
}

variable "create_kms_key" {
  type        = bool
  description = "Create a customer managed KMS key for the queues (EventBridge cannot deliver to a queue encrypted with the AWS managed SQS key)."
  default     = true
}

variable "kms_key_arn" {
  type        = string
  description = "An existing customer managed KMS key for the queues, used when create_kms_key is false."
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "The kms_key_arn must be a KMS key ARN such as arn:aws:kms:eu-west-1:111111111111:key/<id>."
  }
}

variable "slack_webhook_parameter_names" {
  type        = map(string)
  description = "Webhook name -> name of the SSM SecureString parameter (or /aws/reference/secretsmanager/<secret>) holding its URL. Only names ever appear in Terraform."
  default     = {}

  validation {
    # SSM refuses names whose first segment starts with aws or ssm (the Secrets Manager
    # reference path is the one exception).
    condition = alltrue([
      for name in values(var.slack_webhook_parameter_names) :
      can(regex("^/aws/reference/secretsmanager/.+", name)) || !can(regex("^/?(?i:aws|ssm)", name))
    ])
    error_message = "SSM parameter names may not start with aws or ssm (e.g. use /monitoring/awsmon/slack-default)."
  }
}

variable "slack_bot_token_parameter_name" {
  type        = string
  description = "Slack app mode: name of the SSM SecureString parameter (or /aws/reference/secretsmanager/<secret>) holding the app's bot token (xoxb-). Needed by slack_channels; see docs/slack.md."
  default     = null

  validation {
    condition     = var.slack_bot_token_parameter_name == null || !can(regex("^(?i)xox[a-z]-", coalesce(var.slack_bot_token_parameter_name, "x")))
    error_message = "Name the SSM parameter that holds the bot token, never the token itself."
  }
}

variable "slack_channels" {
  type        = map(string)
  description = "Slack app mode: destination name -> Slack channel id (C... or G...). Routes and default_webhook name a destination as they name a webhook; each issue gets one message there, edited as it changes, with a thread."
  default     = {}

  validation {
    condition     = alltrue([for channel in values(var.slack_channels) : can(regex("^[CG][A-Z0-9]{8,20}$", channel))])
    error_message = "Each channel must be a Slack channel id such as C0123ABCDEF (not a #name, which can be renamed)."
  }
}

variable "slack_signing_secret_parameter_name" {
  type        = string
  description = "Slack app mode: name of the SSM parameter holding the app's signing secret. Set, the API gets POST /slack/interactions (the buttons' Request URL, the only route without IAM, which takes only requests Slack signed)."
  default     = null
}

variable "slack_team_id" {
  type        = string
  description = "Slack app mode: the workspace (T...) whose button clicks are taken; required with slack_signing_secret_parameter_name."
  default     = null
}

variable "slack_app_id" {
  type        = string
  description = "Slack app mode: the app (A...) whose button clicks are taken; required with slack_signing_secret_parameter_name."
  default     = null
}

variable "slack_allowed_user_ids" {
  type        = list(string)
  description = "Slack app mode: the only Slack users (U... or W...) whose clicks change issues; empty lets every member of the workspace."
  default     = []
}

variable "slack_api_url" {
  type        = string
  description = "Slack's Web API base URL; null is https://slack.com/api. Only tests and the demo set it, to a local stand-in on 127.0.0.1."
  default     = null
}

variable "default_webhook" {
  type        = string
  description = "Webhook (a key of slack_webhook_parameter_names) of notifications no route matches, and of the daily and weekly reports; null sends them nowhere."
  default     = "default"

  validation {
    condition     = var.default_webhook == null || can(regex("^[A-Za-z0-9_-]{1,64}$", coalesce(var.default_webhook, "x")))
    error_message = "The default_webhook must be 1 to 64 letters, digits, '-' or '_' (a key of slack_webhook_parameter_names)."
  }
}

variable "notification_routes" {
  type = list(object({
    webhook      = string
    accounts     = list(string)
    min_severity = string
    event_types  = list(string)
  }))
  description = "Routes to webhooks by account, severity and event type; every matching route gets the notification. Empty accounts or event_types match all; min_severity is info, low, medium, high or critical."
  default     = []

  validation {
    condition     = alltrue([for route in var.notification_routes : contains(["info", "low", "medium", "high", "critical"], route.min_severity)])
    error_message = "Each route's min_severity must be info, low, medium, high or critical."
  }
}

variable "function_overrides" {
  type = map(object({
    memory_size = number
    timeout     = number
  }))
  description = "Memory (MB) or timeout (s) of one function instead of memory_size and timeout, by function: handle-monitoring-events, daily-report, check-agents, api or slack-interactions (update-deployment, the deprecated former name of check-agents, is read until 0.2.0). null keeps the shared value."
  default     = {}

  validation {
    condition     = alltrue([for function in keys(var.function_overrides) : contains(["handle-monitoring-events", "daily-report", "check-agents", "api", "slack-interactions", "update-deployment"], function)]) && !(contains(keys(var.function_overrides), "check-agents") && contains(keys(var.function_overrides), "update-deployment"))
    error_message = "The keys of function_overrides must be handle-monitoring-events, daily-report, check-agents, api or slack-interactions (update-deployment, the deprecated name of check-agents, not with check-agents)."
  }

  validation {
    condition = alltrue([for o in values(var.function_overrides) :
      (o.memory_size == null || try(o.memory_size >= 128 && o.memory_size <= 10240, false)) &&
      (o.timeout == null || try(o.timeout >= 1 && o.timeout <= 900, false))
    ])
    error_message = "A function override's memory_size must be 128 to 10240 MB and its timeout 1 to 900 s."
  }
}

variable "severity_rules" {
  type = list(object({
    event_type = string
    severity   = string
    realtime   = bool
  }))
  description = "Severity of an event type and whether it is notified as it happens (realtime) or only in reports; event types not listed keep the default table of docs/events.md. One entry per event type."
  default     = []

  validation {
    condition     = alltrue([for rule in var.severity_rules : contains(["info", "low", "medium", "high", "critical"], rule.severity)])
    error_message = "Each severity rule's severity must be info, low, medium, high or critical."
  }
}

variable "grouping_window_seconds" {
  type        = number
  description = "Notifications of one webhook due within this many seconds share a Slack message, 0 to 604800."
  default     = 30

  validation {
    condition     = floor(var.grouping_window_seconds) == var.grouping_window_seconds && var.grouping_window_seconds >= 0 && var.grouping_window_seconds <= 604800
    error_message = "The grouping_window_seconds must be a whole number of seconds from 0 to 604800 (the awsmon_master range)."
  }
}

variable "repeat_interval_seconds" {
  type        = number
  description = "An issue still open is notified again after this many seconds, 60 to 604800."
  default     = 14400

  validation {
    condition     = floor(var.repeat_interval_seconds) == var.repeat_interval_seconds && var.repeat_interval_seconds >= 60 && var.repeat_interval_seconds <= 604800
    error_message = "The repeat_interval_seconds must be a whole number of seconds from 60 to 604800 (the awsmon_master range)."
  }
}

variable "account_names" {
  type        = map(string)
  description = "Account id -> name shown in messages and reports (a Terragrunt live repo builds it from its account files)."
  default     = {}

  validation {
    condition     = alltrue([for id, name in var.account_names : can(regex("^[0-9]{12}$", id)) && trimspace(name) != ""])
    error_message = "The account_names keys must be 12-digit account ids and the names must not be empty."
  }
}

variable "custom_event_sources" {
  type        = map(map(string))
  description = "Custom event sources, the same map as the agent module's custom_event_sources: name -> { pattern, title, resource, severity, resolved_when }. The master reads the AWS events the agents forward for these patterns as each definition says (event type custom-event); the provider checks every definition at plan time (docs/events.md, Custom sources)."
  default     = {}
}

variable "retention_days" {
  type        = number
  description = "Days events, issues and reports are kept in the table (DynamoDB TTL)."
  default     = 90

  validation {
    condition     = floor(var.retention_days) == var.retention_days && var.retention_days >= 1 && var.retention_days <= 3650
    error_message = "The retention_days must be a whole number of days from 1 to 3650 (the awsmon_master range)."
  }
}

variable "notification_max_age_seconds" {
  type        = number
  description = "A notification Slack has not taken this long after it fell due is dropped, counted (NotificationsDropped) and alarmed on, 600 to 1209600."
  default     = 86400

  validation {
    condition     = floor(var.notification_max_age_seconds) == var.notification_max_age_seconds && var.notification_max_age_seconds >= 600 && var.notification_max_age_seconds <= 1209600
    error_message = "The notification_max_age_seconds must be a whole number of seconds from 600 to 1209600 (the awsmon_master range)."
  }
}

variable "check_agents_schedule" {
  type        = string
  description = "How often check-agents looks for silent agents and version drift: rate(...) or cron(...). null: rate(5 minutes)."
  default     = null

  validation {
    condition     = var.check_agents_schedule == null || can(regex("^(rate\\(1 (minute|hour|day)\\)|rate\\([1-9][0-9]* (minutes|hours|days)\\)|cron\\(\\S+( \\S+){5}\\))$", coalesce(var.check_agents_schedule, "-")))
    error_message = "The check_agents_schedule must be rate(1 minute|hour|day), rate(N minutes|hours|days) or cron() with 6 fields."
  }
}

variable "update_deployment_schedule" {
  type        = string
  description = "Deprecated: the former name of check_agents_schedule (the function update-deployment is now check-agents), read until 0.2.0. Set check_agents_schedule instead; setting both fails the plan."
  default     = null

  validation {
    condition     = var.update_deployment_schedule == null || can(regex("^(rate\\(1 (minute|hour|day)\\)|rate\\([1-9][0-9]* (minutes|hours|days)\\)|cron\\(\\S+( \\S+){5}\\))$", coalesce(var.update_deployment_schedule, "-")))
    error_message = "The update_deployment_schedule (deprecated: use check_agents_schedule) must be rate(1 minute|hour|day), rate(N minutes|hours|days) or cron() with 6 fields."
  }
}

variable "api_authorization" {
  type        = string
  description = "How callers of the REST API authenticate: AWS_IAM (SigV4-signed, checked by IAM: see api_read_only_policy_json and api_operator_policy_json) or NONE, which awsmon_master refuses unless allow_unauthenticated_api is true."
  default     = "AWS_IAM"

  validation {
    condition     = contains(["AWS_IAM", "NONE"], var.api_authorization)
    error_message = "The api_authorization must be AWS_IAM or NONE."
  }
}

variable "allow_unauthenticated_api" {
  type        = bool
  description = "DANGER: must be true for api_authorization = NONE, which lets whoever reaches the API from api_allowed_source_cidrs read every event and log sample and resolve, mute or silence anything. Meant for local stacks and private networks."
  default     = false
}

variable "api_allowed_source_cidrs" {
  type        = list(string)
  description = "With api_authorization = NONE (required then): the only source CIDR blocks the API's resource policy lets in."
  default     = []
}

variable "api_throttling_rate_limit" {
  type        = number
  description = "Requests a second the API's stage takes (every method), 1 to 10000; over it callers get 429."
  default     = 10

  validation {
    condition     = floor(var.api_throttling_rate_limit) == var.api_throttling_rate_limit && var.api_throttling_rate_limit >= 1 && var.api_throttling_rate_limit <= 10000
    error_message = "The api_throttling_rate_limit must be a whole number from 1 to 10000 (the awsmon_master range)."
  }
}

variable "api_throttling_burst_limit" {
  type        = number
  description = "Requests the API's stage takes at once above the rate, 1 to 5000."
  default     = 20

  validation {
    condition     = floor(var.api_throttling_burst_limit) == var.api_throttling_burst_limit && var.api_throttling_burst_limit >= 1 && var.api_throttling_burst_limit <= 5000
    error_message = "The api_throttling_burst_limit must be a whole number from 1 to 5000 (the awsmon_master range)."
  }
}

variable "memory_size" {
  type        = number
  description = "Memory of each master function, in MB, 128 to 10240."
  default     = 256

  validation {
    condition     = floor(var.memory_size) == var.memory_size && var.memory_size >= 128 && var.memory_size <= 10240
    error_message = "The memory_size must be a whole number of MB from 128 to 10240 (the awsmon_master range)."
  }
}

variable "timeout" {
  type        = number
  description = "Timeout of each master function, in seconds, 1 to 900 (the ingest queue's visibility timeout is six times this)."
  default     = 30

  validation {
    condition     = floor(var.timeout) == var.timeout && var.timeout >= 1 && var.timeout <= 900
    error_message = "The timeout must be a whole number of seconds from 1 to 900 (the awsmon_master range)."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the master functions' log groups, in days."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "layers" {
  type        = list(string)
  description = "Extra Lambda layer ARNs for every master function (for example the Lambda Insights extension)."
  default     = []

  validation {
    condition     = alltrue([for arn in var.layers : can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:layer:[^:]+:[0-9]+$", arn))])
    error_message = "Each layer must be a layer version ARN such as arn:aws:lambda:eu-west-1:111111111111:layer:insights:14."
  }
}

variable "ingest_max_receive_count" {
  type        = number
  description = "Receives of an ingest message before it moves to the dead-letter queue."
  default     = 5

  validation {
    condition     = floor(var.ingest_max_receive_count) == var.ingest_max_receive_count && var.ingest_max_receive_count >= 1 && var.ingest_max_receive_count <= 1000
    error_message = "The ingest_max_receive_count must be a whole number from 1 to 1000 (SQS's range)."
  }
}

variable "lambda_error_rate_threshold" {
  type        = number
  description = "Percentage of a master function's invocations failing in 5 minutes that raises a critical alarm."
  default     = 5

  validation {
    condition     = var.lambda_error_rate_threshold >= 0 && var.lambda_error_rate_threshold <= 100
    error_message = "The lambda_error_rate_threshold is a percentage, 0 to 100."
  }
}

variable "ingest_age_threshold_seconds" {
  type        = number
  description = "Age of the oldest ingest message, in seconds, that raises a medium alarm (processing is late)."
  default     = 30

  validation {
    condition     = var.ingest_age_threshold_seconds >= 1
    error_message = "The ingest_age_threshold_seconds must be at least 1."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags for everything the module creates."
  default     = {}
}

variable "batch_size" {
  type        = number
  description = "Ingest-queue messages per handle-monitoring-events invocation, 1 to 10."
  default     = 10

  validation {
    condition     = floor(var.batch_size) == var.batch_size && var.batch_size >= 1 && var.batch_size <= 10
    error_message = "The batch_size must be a whole number of messages from 1 to 10 (the awsmon_master range)."
  }
}

variable "api_stage_name" {
  type        = string
  description = "Stage of the REST API: the last segment of api_url and of the execute-api ARNs callers' policies name."
  default     = "v1"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,128}$", var.api_stage_name))
    error_message = "The api_stage_name must be 1 to 128 letters, digits, '-' or '_'."
  }
}

variable "master_version" {
  type        = string
  description = "The agent runtime version the master expects (check-agents flags agents that run another); null expects the master's own runtime version. Set it while agents are rolled out to a new version account by account."
  default     = null

  validation {
    condition     = var.master_version == null || trimspace(coalesce(var.master_version, " ")) != ""
    error_message = "The master_version must not be empty (null expects the master's own version)."
  }
}

variable "vpc_config" {
  type = object({
    subnet_ids         = list(string)
    security_group_ids = list(string)
  })
  description = "Run the master functions in these subnets with these security groups (they then need a route to DynamoDB, SQS, SSM and Slack); null runs them outside any VPC. Their roles then also get the network-interface permissions Lambda needs."
  default     = null

  validation {
    condition = var.vpc_config == null || (
      length(try(var.vpc_config.subnet_ids, [])) > 0 &&
      alltrue([for id in try(var.vpc_config.subnet_ids, []) : can(regex("^subnet-[0-9a-f]+$", id))]) &&
      alltrue([for id in try(var.vpc_config.security_group_ids, []) : can(regex("^sg-[0-9a-f]+$", id))])
    )
    error_message = "The vpc_config needs at least one subnet id (subnet-...) and security group ids of the form sg-...."
  }
}
