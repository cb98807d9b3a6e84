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
  description = "Deprecated, always null: there is no forwarding role any more (the forwarding rules invoke the agent function, which redacts and publishes). Will be removed in 0.2.0."
  value       = null
}

output "undelivered_queue_arn" {
  description = "ARN of the queue that keeps, in this account and unredacted, what the forwarding rules could not hand to the agent function and the invocations that still failed after Lambda's two retries."
  value       = try(aws_sqs_queue.undelivered[0].arn, null)
}

output "forwarding_rule_arns" {
  description = "ARNs of the default-bus rules that forward AWS events to the master, by kind."
  value       = { for key, rule in aws_cloudwatch_event_rule.forward : key => rule.arn }
}

output "runtime_version" {
  description = "The awsmon runtime version deployed."
  value       = try(awsmon_agent.this[0].runtime_version, null)
}
