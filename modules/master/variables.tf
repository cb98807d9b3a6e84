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
    condition     = can(regex("^[A-Za-z0-9_-]{1,30}$", var.name))
    error_message = "The name must be 1 to 30 letters, digits, '-' or '_'."
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

variable "default_webhook" {
  type        = string
  description = "Webhook (a key of slack_webhook_parameter_names) of notifications no route matches, and of the daily and weekly reports; null sends them nowhere."
  default     = "default"
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
  description = "Memory (MB) or timeout (s) of one function instead of memory_size and timeout, by function: handle-monitoring-events, daily-report, update-deployment or api. null keeps the shared value."
  default     = {}

  validation {
    condition     = alltrue([for function in keys(var.function_overrides) : contains(["handle-monitoring-events", "daily-report", "update-deployment", "api"], function)])
    error_message = "The keys of function_overrides must be handle-monitoring-events, daily-report, update-deployment or api."
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
  description = "Notifications of one webhook due within this many seconds share a Slack message."
  default     = 30
}

variable "repeat_interval_seconds" {
  type        = number
  description = "An issue still open is notified again after this many seconds."
  default     = 14400
}

variable "account_names" {
  type        = map(string)
  description = "Account id -> name shown in messages and reports."
  default     = {}
}

variable "retention_days" {
  type        = number
  description = "Days events, issues and reports are kept in the table (DynamoDB TTL)."
  default     = 90

  validation {
    condition     = var.retention_days >= 1 && var.retention_days <= 3650
    error_message = "The retention_days must be 1 to 3650."
  }
}

variable "update_deployment_schedule" {
  type        = string
  description = "How often update-deployment looks for silent agents and version drift: rate(...) or cron(...)."
  default     = "rate(5 minutes)"
}

variable "api_authorization" {
  type        = string
  description = "How callers of the REST API authenticate: AWS_IAM (SigV4) or NONE."
  default     = "AWS_IAM"

  validation {
    condition     = contains(["AWS_IAM", "NONE"], var.api_authorization)
    error_message = "The api_authorization must be AWS_IAM or NONE."
  }
}

variable "memory_size" {
  type        = number
  description = "Memory of each master function, in MB."
  default     = 256
}

variable "timeout" {
  type        = number
  description = "Timeout of each master function, in seconds (the ingest queue's visibility timeout is six times this)."
  default     = 30
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the master functions' log groups, in days."
  default     = 30
}

variable "layers" {
  type        = list(string)
  description = "Extra Lambda layer ARNs for every master function (for example the Lambda Insights extension)."
  default     = []
}

variable "ingest_max_receive_count" {
  type        = number
  description = "Receives of an ingest message before it moves to the dead-letter queue."
  default     = 5
}

variable "lambda_error_rate_threshold" {
  type        = number
  description = "Percentage of a master function's invocations failing in 5 minutes that raises a critical alarm."
  default     = 5
}

variable "ingest_age_threshold_seconds" {
  type        = number
  description = "Age of the oldest ingest message, in seconds, that raises a medium alarm (processing is late)."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags for everything the module creates."
  default     = {}
}
