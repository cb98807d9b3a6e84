variable "endpoint" {
  type        = string
  description = "URL of the local AWS server (printed by the launcher)."
}

variable "account_id" {
  type        = string
  description = "Account to deploy into (entered through STS AssumeRole)."
  default     = "222222222222"
}

variable "region" {
  type        = string
  description = "Region to deploy into."
  default     = "eu-west-1"
}

variable "package_path" {
  type        = string
  description = "Path of the hello function's Lambda zip (make lambda builds it)."
}
