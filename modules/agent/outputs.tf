output "function_arn" {
  description = "ARN of the agent's query-error-logs function."
  value       = try(awsmon_agent.this[0].function_arn, null)
}

output "agent_id" {
  description = "The agent's id in the master's registry (<account>/<region>)."
  value       = try(awsmon_agent.this[0].agent_id, null)
}

output "role_arn" {
  description = "ARN of the role the agent function runs with."
  value       = try(aws_iam_role.agent[0].arn, null)
}

output "forwarder_role_arn" {
  description = "ARN of the role EventBridge uses to put events on the master bus."
  value       = try(aws_iam_role.forwarder[0].arn, null)
}

output "forwarding_rule_arns" {
  description = "ARNs of the default-bus rules that forward AWS events to the master, by kind."
  value       = { for key, rule in aws_cloudwatch_event_rule.forward : key => rule.arn }
}

output "runtime_version" {
  description = "The awsmon runtime version deployed."
  value       = try(awsmon_agent.this[0].runtime_version, null)
}
