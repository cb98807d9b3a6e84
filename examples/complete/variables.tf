variable "region" {
  type        = string
  description = "Region of the master and the agents."
  default     = "eu-west-1"
}

variable "organization_id" {
  type        = string
  description = "AWS Organizations id whose accounts may publish to the master bus."
  default     = "o-abcd123456"
}

variable "monitoring_account_id" {
  type        = string
  description = "The central monitoring (master) account."
  default     = "111111111111"
}

variable "payments_account_id" {
  type        = string
  description = "A monitored workload account."
  default     = "222222222222"
}

variable "orders_account_id" {
  type        = string
  description = "Another monitored workload account."
  default     = "333333333333"
}

variable "deploy_role_name" {
  type        = string
  description = "Role Terraform assumes in every account to deploy awsmon."
  default     = "awsmon-deployer"
}

variable "slack_webhook_parameter_names" {
  type        = map(string)
  description = "Webhook name -> SSM SecureString parameter holding its URL (in the monitoring account)."
  default     = { default = "/monitoring/awsmon/slack-default" }
}

variable "tags" {
  type        = map(string)
  description = "Tags for everything awsmon creates."
  default     = { team = "platform", managed-by = "terraform" }
}
