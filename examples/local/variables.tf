variable "endpoint" {
  type        = string
  description = "URL of the local AWS server (printed by the launcher; make demo passes it)."
}

variable "slack_api_url" {
  type        = string
  description = "URL of the local stand-in for Slack's Web API (make demo passes it); null is Slack's own."
  default     = null
}

variable "region" {
  type        = string
  description = "Region of every account."
  default     = "eu-west-1"
}

variable "second_region" {
  type        = string
  description = "The region of the first agent account's second agent."
  default     = "eu-central-1"
}

variable "master_account_id" {
  type        = string
  description = "Account of the master."
  default     = "111111111111"
}

variable "agent_account_ids" {
  type        = list(string)
  description = "The two monitored accounts."
  default     = ["222222222222", "333333333333"]

  validation {
    condition     = length(var.agent_account_ids) == 2
    error_message = "This example wires exactly two agent accounts."
  }
}
