variable "create" {
  type        = bool
  description = "Whether to create anything at all (lets a caller switch the agent off per account)."
  default     = true
}

variable "name" {
  type        = string
  description = "Name of the agent function; prefix of its role, rules and checkpoint table."
  default     = "awsmon-agent"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,40}$", var.name))
    error_message = "The name must be 1 to 40 letters, digits, '-' or '_' (suffixes follow it)."
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
}

variable "log_group_prefixes" {
  type        = list(string)
  description = "Log groups to watch by name prefix, e.g. /aws/lambda/."
  default     = []
}

variable "discovery_tag" {
  type        = string
  description = "Also watch the log groups of Lambda functions and ECS services carrying this tag (`key` or `key=value`). The agent may then query any log group of the account."
  default     = null
}

variable "schedule_expression" {
  type        = string
  description = "How often the agent runs (EventBridge rate() or cron())."
  default     = "rate(5 minutes)"
}

variable "chunk_size" {
  type        = number
  description = "Log groups per Logs Insights query (1 to 50)."
  default     = 10
}

variable "window_seconds" {
  type        = number
  description = "Longest log-time window one query covers, in seconds."
  default     = 300
}

variable "delivery_latency_seconds" {
  type        = number
  description = "How far behind now the agent stays, for late log delivery, in seconds."
  default     = 15
}

variable "redact_patterns" {
  type        = list(string)
  description = "Extra regular expressions to redact before anything leaves the account."
  default     = []
}

variable "forward_alarms" {
  type        = bool
  description = "Forward CloudWatch alarm state changes to ALARM (opens an issue) and to OK (resolves it) to the master."
  default     = true
}

variable "forward_ecs_task_failures" {
  type        = bool
  description = "Forward every stopped ECS task to the master, which judges by its stop code, reason and exit codes whether it failed (deployments and user stops are not failures)."
  default     = true
}

variable "forward_guardduty_findings" {
  type        = bool
  description = "Forward GuardDuty findings (new and updated) to the master."
  default     = true
}

variable "forward_health_events" {
  type        = bool
  description = "Forward AWS Health events (open, upcoming and closed) to the master."
  default     = true
}

variable "forward_lambda_failures" {
  type        = bool
  description = "Forward Lambda on-failure destination records put on the default bus to the master."
  default     = true
}

variable "memory_size" {
  type        = number
  description = "Memory of the agent function, in MB."
  default     = 256
}

variable "timeout" {
  type        = number
  description = "Timeout of the agent function, in seconds."
  default     = 300
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the agent function's log group, in days."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags for everything the module creates."
  default     = {}
}
