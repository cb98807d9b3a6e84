output "function_name" {
  description = "Name of the deployed function."
  value       = aws_lambda_function.hello.function_name
}

output "schedule_rule" {
  description = "Name of the schedule rule that runs the function."
  value       = aws_cloudwatch_event_rule.schedule.name
}

output "queue_url" {
  description = "URL of the queue the function consumes."
  value       = aws_sqs_queue.work.id
}

output "dlq_url" {
  description = "URL of the dead-letter queue of the work queue."
  value       = aws_sqs_queue.dlq.id
}

output "queue_arn" {
  description = "ARN of the queue the function consumes."
  value       = aws_sqs_queue.work.arn
}

output "function_arn" {
  description = "ARN of the deployed function."
  value       = aws_lambda_function.hello.arn
}
