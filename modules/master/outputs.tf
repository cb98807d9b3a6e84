output "bus_arn" {
  description = "ARN of the master bus: give it to every agent module as master_bus_arn."
  value       = try(aws_cloudwatch_event_bus.this[0].arn, null)
  # Whoever uses the ARN gets a bus that lets the agents in and delivers to the ingest queue.
  depends_on = [
    awsmon_bus_policy.this,
    aws_cloudwatch_event_target.ingest,
    aws_sqs_queue_policy.ingest,
  ]
}

output "bus_name" {
  description = "Name of the master bus."
  value       = try(aws_cloudwatch_event_bus.this[0].name, null)
}

output "ingest_queue_arn" {
  description = "ARN of the queue between the bus and handle-monitoring-events."
  value       = try(aws_sqs_queue.ingest[0].arn, null)
}

output "ingest_queue_url" {
  description = "URL of the ingest queue."
  value       = try(aws_sqs_queue.ingest[0].id, null)
}

output "dead_letter_queue_url" {
  description = "URL of the ingest queue's dead-letter queue (AWSMON_DLQ_URL)."
  value       = try(aws_sqs_queue.dead_letters[0].id, null)
}

output "dead_letter_queue_arn" {
  description = "ARN of the ingest queue's dead-letter queue."
  value       = try(aws_sqs_queue.dead_letters[0].arn, null)
}

output "undelivered_queue_url" {
  description = "URL of the queue that keeps what EventBridge could not deliver to awsmon (the dead-letter queue of the ingest and own-alarm rules and of the functions' schedules), with EventBridge's error attributes."
  value       = try(aws_sqs_queue.undelivered[0].id, null)
}

output "slack_webhook_parameter_names" {
  description = "Webhook name -> SSM parameter name, as the functions' roles may read them (AWSMON_SLACK_WEBHOOK_PARAMETERS)."
  value       = var.slack_webhook_parameter_names
}

output "function_role_arns" {
  description = "ARN of each master function's role, by function."
  value       = { for key, role in aws_iam_role.function : key => role.arn }
}

output "table_name" {
  description = "Name of the table the master's runtime owns (AWSMON_TABLE_NAME)."
  value       = try(awsmon_master.this[0].table_name, null)
}

output "table_arn" {
  description = "ARN of the master's table."
  value       = try(awsmon_master.this[0].table_arn, null)
}

output "api_url" {
  description = "Invoke URL of the master's REST API (GET /issues, /events, /agents, /reports/...; the OpenAPI document at /openapi.json)."
  value       = try(awsmon_master.this[0].api_url, null)
}

output "slack_interactions_url" {
  description = "The Slack app's interactivity Request URL (POST /slack/interactions), when slack_signing_secret_parameter_name is set; null otherwise."
  value       = var.slack_signing_secret_parameter_name == null ? null : try("${trimsuffix(awsmon_master.this[0].api_url, "/")}/slack/interactions", null)
}

output "function_arns" {
  description = "ARN of each master function, by function."
  value       = try(awsmon_master.this[0].function_arns, {})
}

output "runtime_version" {
  description = "Version of the awsmon runtime the master runs."
  value       = try(awsmon_master.this[0].runtime_version, null)
}

output "kms_key_arn" {
  description = "ARN of the KMS key encrypting the queues."
  value       = local.kms_key
}

output "alarm_arns" {
  description = "ARNs of the alarms on awsmon itself."
  value = concat(
    [for alarm in aws_cloudwatch_metric_alarm.function_errors : alarm.arn],
    aws_cloudwatch_metric_alarm.table_throttles[*].arn,
    aws_cloudwatch_metric_alarm.ingest_age[*].arn,
  )
}

output "api_id" {
  description = "Id of the master's REST API."
  value       = local.api_id
}

output "api_execution_arn" {
  description = "Execution ARN of the REST API (arn:<partition>:execute-api:<region>:<account>:<api id>); append /<stage>/<METHOD>/<path> in execute-api:Invoke policies."
  value       = local.api_execution_arn
}

output "api_read_only_policy_json" {
  description = "Example identity policy for a read-only caller of the API: every GET of the stage."
  value       = try(data.aws_iam_policy_document.api_read_only[0].json, null)
}

output "api_operator_policy_json" {
  description = "Example identity policy for an operator: every GET, plus acknowledging, resolving and muting issues and creating and deleting silences."
  value       = try(data.aws_iam_policy_document.api_operator[0].json, null)
}
