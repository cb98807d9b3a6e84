variable "create" {
  type        = bool
  description = "Whether to create anything at all (lets a caller switch the agent off per account)."
  default     = true
}

variable "name" {
  type        = string
  description = "Name of the agent function; prefix of its rules, checkpoint table and undelivered-events queue (<name>-undelivered), and of its role, which IAM keeps account-wide: <name>-function-<region>, so that one account's agents in several regions do not collide."
  default     = "awsmon-agent"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,38}$", var.name))
    error_message = "The name must be 1 to 38 letters, digits, '-' or '_' (suffixes follow it; a role name has at most 64 characters)."
  }
}

variable "master_bus_arn" {
  type        = string
  description = "ARN of the master's event bus (output `bus_arn` of the master module). The agent may put events there and nowhere else."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/.+$", var.master_bus_arn))
    error_message = "The master_bus_arn must be an event bus ARN such as arn:aws:events:eu-west-1:111111111111:event-bus/awsmon."
  }
}

variable "log_group_names" {
  type        = list(string)
  description = "Log groups to watch by exact name."
  default     = []

  validation {
    condition     = alltrue([for name in var.log_group_names : can(regex("^[.\\-_/#A-Za-z0-9]{1,512}$", name))])
    error_message = "Each log group name must be 1 to 512 letters, digits or . - _ / #."
  }
}

variable "log_group_prefixes" {
  type        = list(string)
  description = "Log groups to watch by name prefix, e.g. /aws/lambda/."
  default     = []

  validation {
    condition     = alltrue([for prefix in var.log_group_prefixes : can(regex("^[.\\-_/#A-Za-z0-9]{1,512}$", prefix))])
    error_message = "Each log group prefix must be 1 to 512 letters, digits or . - _ / #."
  }
}

variable "discovery_tag" {
  type        = string
  description = "Also watch the log groups of Lambda functions and ECS services carrying this tag (`key` or `key=value`). The agent may then query any log group of the account."
  default     = null

  validation {
    condition     = var.discovery_tag == null || can(regex("^[^=]+(=.*)?$", var.discovery_tag))
    error_message = "The discovery_tag must be key or key=value with a non-empty key."
  }
}

variable "schedule_expression" {
  type        = string
  description = "How often the agent runs (EventBridge rate() or cron())."
  default     = "rate(5 minutes)"

  validation {
    condition     = can(regex("^(rate\\(1 (minute|hour|day)\\)|rate\\([1-9][0-9]* (minutes|hours|days)\\)|cron\\(\\S+( \\S+){5}\\))$", var.schedule_expression))
    error_message = "The schedule_expression must be rate(1 minute|hour|day), rate(N minutes|hours|days) or cron() with 6 fields."
  }
}

variable "chunk_size" {
  type        = number
  description = "Log groups per Logs Insights query (1 to 50)."
  default     = 10

  validation {
    condition     = floor(var.chunk_size) == var.chunk_size && var.chunk_size >= 1 && var.chunk_size <= 50
    error_message = "The chunk_size must be a whole number of log groups from 1 to 50 (the awsmon_agent range)."
  }
}

variable "window_seconds" {
  type        = number
  description = "Longest log-time window one query covers, in seconds, 60 to 86400; it must exceed delivery_latency_seconds."
  default     = 300

  validation {
    condition     = floor(var.window_seconds) == var.window_seconds && var.window_seconds >= 60 && var.window_seconds <= 86400
    error_message = "The window_seconds must be a whole number of seconds from 60 to 86400 (the awsmon_agent range)."
  }
}

variable "delivery_latency_seconds" {
  type        = number
  description = "How far behind now the agent stays, for late log delivery, in seconds, 0 to 3600."
  default     = 15

  validation {
    condition     = floor(var.delivery_latency_seconds) == var.delivery_latency_seconds && var.delivery_latency_seconds >= 0 && var.delivery_latency_seconds <= 3600
    error_message = "The delivery_latency_seconds must be a whole number of seconds from 0 to 3600 (the awsmon_agent range)."
  }
}

variable "redact_patterns" {
  type        = list(string)
  description = "Extra regular expressions to redact before anything leaves the account."
  default     = []
}

variable "forward_alarms" {
  type        = bool
  description = "Forward CloudWatch alarm state changes to ALARM (opens an issue) and to OK (resolves it) to the master (through the agent function, which redacts them)."
  default     = true
}

variable "forward_ecs_task_failures" {
  type        = bool
  description = "Forward every stopped ECS task to the master, which judges by its stop code, reason and exit codes whether it failed (deployments and user stops are not failures)."
  default     = true
}

variable "forward_guardduty_findings" {
  type        = bool
  description = "Forward GuardDuty findings (new and updated) to the master (through the agent function, which redacts them)."
  default     = true
}

variable "forward_health_events" {
  type        = bool
  description = "Forward AWS Health events (open, upcoming and closed) to the master (through the agent function, which redacts them)."
  default     = true
}

variable "custom_event_sources" {
  type        = map(map(string))
  description = "Custom event sources: name (1 to 24 characters of a-z, 0-9, -) -> { pattern = the EventBridge event pattern (JSON, its source listing AWS services aws.*), title = a template such as \"RDS {detail.SourceIdentifier}: {detail.Message}\", resource (a template, default {resources.0}), severity (info, low, medium, high, critical), resolved_when (an event pattern: a matching event resolves the issue) }. The module installs one default-bus rule per pattern (<name>-forward-custom-<source>), forwarded through the agent function like the native rules; pass the same map to the master module, which reads what they match (docs/events.md, Custom sources)."
  default     = {}

  validation {
    condition     = alltrue([for name, source in var.custom_event_sources : can(regex("^[a-z0-9][a-z0-9-]{0,23}$", name))])
    error_message = "Each custom_event_sources name must be 1 to 24 characters of a-z, 0-9 and -, not starting with -."
  }
  validation {
    condition     = alltrue([for source in values(var.custom_event_sources) : length(setsubtract(keys(source), ["pattern", "title", "resource", "severity", "resolved_when"])) == 0])
    error_message = "A custom_event_sources definition has only the keys pattern, title, resource, severity and resolved_when."
  }
  validation {
    condition = alltrue([for source in values(var.custom_event_sources) : can(keys(jsondecode(source["pattern"])))
      && length(try([for value in jsondecode(source["pattern"])["source"] : value if can(regex("^aws\\.[a-z0-9.-]+$", value))], [])) > 0
    && length(try([for value in jsondecode(source["pattern"])["source"] : value if !can(regex("^aws\\.[a-z0-9.-]+$", value))], [1])) == 0])
    error_message = "Each custom_event_sources pattern must be a JSON event pattern whose source lists AWS service sources as exact strings, e.g. {\"source\": [\"aws.rds\"]}: the agent forwards AWS events only."
  }
  validation {
    condition = alltrue(flatten([for source in values(var.custom_event_sources) : [
      for key in ["title", "resource"] : length(regexall("[{}]", replace(replace(replace(lookup(source, key, "{resources.0}"), "{{", ""), "}}", ""), "/\\{ *[A-Za-z0-9_$@:-]+(\\.[A-Za-z0-9_$@:-]+)* *\\}/", ""))) == 0
    ]])) && alltrue([for source in values(var.custom_event_sources) : trimspace(lookup(source, "title", "")) != ""])
    error_message = "Each custom_event_sources definition needs a title, and its title and resource are templates whose placeholders are paths into the event such as {detail.SourceArn} or {resources.0} (write {{ and }} for braces)."
  }
  validation {
    condition     = alltrue([for source in values(var.custom_event_sources) : contains(["info", "low", "medium", "high", "critical"], lookup(source, "severity", "medium"))])
    error_message = "A custom_event_sources severity must be one of info, low, medium, high, critical."
  }
  validation {
    condition     = alltrue([for source in values(var.custom_event_sources) : !contains(keys(source), "resolved_when") || can(keys(jsondecode(lookup(source, "resolved_when", "{}"))))])
    error_message = "A custom_event_sources resolved_when must be a JSON event pattern (an object)."
  }
}

variable "forward_lambda_failures" {
  type        = bool
  description = "Forward Lambda on-failure destination records put on the default bus to the master (through the agent function, which redacts them)."
  default     = true
}

variable "memory_size" {
  type        = number
  description = "Memory of the agent function, in MB, 128 to 10240."
  default     = 256

  validation {
    condition     = floor(var.memory_size) == var.memory_size && var.memory_size >= 128 && var.memory_size <= 10240
    error_message = "The memory_size must be a whole number of MB from 128 to 10240 (the awsmon_agent range)."
  }
}

variable "timeout" {
  type        = number
  description = "Timeout of the agent function, in seconds, 1 to 900; it must exceed query_timeout_seconds by more than 10 s."
  default     = 300

  validation {
    condition     = floor(var.timeout) == var.timeout && var.timeout >= 1 && var.timeout <= 900
    error_message = "The timeout must be a whole number of seconds from 1 to 900 (the awsmon_agent range)."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the agent function's log group, in days (a value CloudWatch Logs accepts)."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags for everything the module creates."
  default     = {}
}

variable "query_string" {
  type        = string
  description = "Logs Insights query that selects candidate lines (the classifier keeps only errors); null keeps the runtime's default. It must return @timestamp, @message and @log, without stats or limit."
  default     = null

  validation {
    condition     = var.query_string == null || trimspace(coalesce(var.query_string, " ")) != ""
    error_message = "The query_string must not be empty (null keeps the default query)."
  }
}

variable "max_concurrent_queries" {
  type        = number
  description = "Logs Insights queries in flight at once (Insights allows 30 an account), 1 to 30."
  default     = 5

  validation {
    condition     = floor(var.max_concurrent_queries) == var.max_concurrent_queries && var.max_concurrent_queries >= 1 && var.max_concurrent_queries <= 30
    error_message = "The max_concurrent_queries must be a whole number of queries from 1 to 30 (the awsmon_agent range)."
  }
}

variable "query_timeout_seconds" {
  type        = number
  description = "A Logs Insights query still running after this many seconds is stopped, 5 to 3600; timeout must exceed it by more than 10 s."
  default     = 60

  validation {
    condition     = floor(var.query_timeout_seconds) == var.query_timeout_seconds && var.query_timeout_seconds >= 5 && var.query_timeout_seconds <= 3600
    error_message = "The query_timeout_seconds must be a whole number of seconds from 5 to 3600 (the awsmon_agent range)."
  }
}

variable "layers" {
  type        = list(string)
  description = "Extra Lambda layer version ARNs for the agent function (for example the Lambda Insights extension)."
  default     = []

  validation {
    condition     = alltrue([for arn in var.layers : can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:layer:[^:]+:[0-9]+$", arn))])
    error_message = "Each layer must be a layer version ARN such as arn:aws:lambda:eu-west-1:111111111111:layer:insights:14."
  }
}

variable "vpc_config" {
  type = object({
    subnet_ids         = list(string)
    security_group_ids = list(string)
  })
  description = "Run the agent function in these subnets with these security groups (it then needs a route to CloudWatch Logs, DynamoDB and EventBridge); null runs it outside any VPC. The role then also gets the network-interface permissions Lambda needs."
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
