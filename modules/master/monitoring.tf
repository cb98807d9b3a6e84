# Monitoring the monitor: alarms on awsmon's own functions, table and queue. Their state changes
# land on this account's default bus and a rule brings them into awsmon itself; each alarm says
# its severity in its description (`awsmon-severity: <level>`).

resource "aws_cloudwatch_metric_alarm" "function_errors" {
  for_each            = var.create ? local.role_functions : {}
  alarm_name          = "${each.value}-error-rate"
  alarm_description   = "awsmon-severity: ${each.key == "daily-report" ? "low" : "critical"}. More than ${var.lambda_error_rate_threshold}% of ${each.value}'s invocations failed in 5 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.lambda_error_rate_threshold
  evaluation_periods  = 1
  treat_missing_data  = "notBreaching"

  metric_query {
    id          = "rate"
    expression  = "100 * errors / MAX([invocations, 1])"
    label       = "error rate (%)"
    return_data = true
  }
  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Errors"
      dimensions  = { FunctionName = each.value }
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id = "invocations"
    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Invocations"
      dimensions  = { FunctionName = each.value }
      period      = 300
      stat        = "Sum"
    }
  }
  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "table_throttles" {
  count               = var.create ? 1 : 0
  alarm_name          = "${var.name}-table-throttles"
  alarm_description   = "awsmon-severity: high. Requests to the ${var.name} table were throttled."
  namespace           = "AWS/DynamoDB"
  metric_name         = "ThrottledRequests"
  dimensions          = { TableName = var.name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ingest_age" {
  count               = var.create ? 1 : 0
  alarm_name          = "${var.name}-ingest-latency"
  alarm_description   = "awsmon-severity: medium. Events wait more than ${var.ingest_age_threshold_seconds} s in the ingest queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.ingest[0].name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  threshold           = var.ingest_age_threshold_seconds
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  tags                = var.tags
}

# Notifications Slack never took within notification_max_age_seconds are dropped by the
# functions that drain the outbox, which count them in their metrics (embedded metric format).
resource "aws_cloudwatch_metric_alarm" "notifications_dropped" {
  for_each            = var.create ? { for key in ["handle-monitoring-events", "check-agents"] : key => local.functions[key] } : {}
  alarm_name          = "${each.value}-notifications-dropped"
  alarm_description   = "awsmon-severity: high. ${each.value} dropped notifications Slack did not take within ${var.notification_max_age_seconds} s: check the Slack webhook or app."
  namespace           = "awsmon"
  metric_name         = "NotificationsDropped"
  dimensions          = { function = each.value }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  tags                = var.tags
}

resource "aws_cloudwatch_event_rule" "own_alarms" {
  count       = var.create ? 1 : 0
  name        = "${var.name}-own-alarms"
  description = "awsmon: alarms on awsmon itself go to awsmon"
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail        = { alarmName = [{ prefix = "${var.name}-" }] }
  })
  tags = var.tags
}

resource "aws_cloudwatch_event_target" "own_alarms" {
  count = var.create ? 1 : 0
  rule  = aws_cloudwatch_event_rule.own_alarms[0].name
  arn   = aws_cloudwatch_event_bus.this[0].arn
  dead_letter_config {
    arn = aws_sqs_queue.undelivered[0].arn
  }
}

resource "aws_cloudwatch_metric_alarm" "undelivered" {
  count               = var.create ? 1 : 0
  alarm_name          = "${var.name}-undelivered-events"
  alarm_description   = "awsmon-severity: high. EventBridge could not deliver events to awsmon; they wait in ${aws_sqs_queue.undelivered[0].name} with the reason."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.undelivered[0].name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  tags                = var.tags
}
