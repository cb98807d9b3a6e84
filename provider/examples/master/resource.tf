resource "awsmon_master" "example" {
  name = "awsmon"

  # From modules/master: one role per function, the ingest queue and its dead-letter queue.
  handle_monitoring_events_role_arn = "arn:aws:iam::111111111111:role/awsmon-handle-monitoring-events"
  daily_report_role_arn             = "arn:aws:iam::111111111111:role/awsmon-daily-report"
  check_agents_role_arn             = "arn:aws:iam::111111111111:role/awsmon-check-agents"
  api_role_arn                      = "arn:aws:iam::111111111111:role/awsmon-api"
  ingest_queue_arn                  = "arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest"
  dlq_url                           = "https://sqs.eu-west-1.amazonaws.com/111111111111/awsmon-ingest-dlq"

  # Webhook URLs stay in SSM (SecureString) or Secrets Manager: only their names are here.
  slack_webhook_parameters = {
    default = "/monitoring/awsmon/slack-default"
    prod    = "/aws/reference/secretsmanager/awsmon-slack-prod"
  }

  notification_policy {
    default_webhook         = "default"
    grouping_window_seconds = 30
    repeat_interval_seconds = 14400
  }

  route {
    webhook      = "prod"
    accounts     = ["222222222222"]
    min_severity = "high"
  }

  account_names = {
    "222222222222" = "production"
  }

  check_agents_schedule = "rate(5 minutes)"
  retention_days        = 90
}
