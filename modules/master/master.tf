# The master's runtime: its four functions (five with the Slack app's buttons) with their
# triggers (the ingest queue mapping and the schedules), the table its schema owns and the REST
# API, deployed by the awsmon provider. It gets from this module only what crosses a boundary or
# grants a permission: the roles, the queues and the KMS key, all in main.tf for the reviewer.

locals {
  # update_deployment_schedule is the deprecated name of check_agents_schedule, read until 0.2.0.
  # A variable's validation sees only that variable in Terraform 1.0, so setting both fails
  # here, with the message as the missing file's name.
  check_agents_schedule_both_set = var.check_agents_schedule != null && var.update_deployment_schedule != null
  check_agents_schedule = (local.check_agents_schedule_both_set
    ? file("ERROR: set check_agents_schedule only, update_deployment_schedule is its deprecated name")
  : var.check_agents_schedule != null ? var.check_agents_schedule : var.update_deployment_schedule)
}

resource "awsmon_master" "this" {
  count = var.create ? 1 : 0

  name                              = var.name
  handle_monitoring_events_role_arn = aws_iam_role.function["handle-monitoring-events"].arn
  daily_report_role_arn             = aws_iam_role.function["daily-report"].arn
  check_agents_role_arn             = aws_iam_role.function["check-agents"].arn
  api_role_arn                      = aws_iam_role.function["api"].arn
  slack_interactions_role_arn       = try(aws_iam_role.function["slack-interactions"].arn, null)
  ingest_queue_arn                  = aws_sqs_queue.ingest[0].arn
  dlq_url                           = aws_sqs_queue.dead_letters[0].id
  kms_key_arn                       = local.kms_key

  slack_webhook_parameters = length(var.slack_webhook_parameter_names) > 0 ? var.slack_webhook_parameter_names : null
  account_names            = length(var.account_names) > 0 ? var.account_names : null
  custom_event_sources     = length(var.custom_event_sources) > 0 ? var.custom_event_sources : null

  slack_bot_token_parameter      = var.slack_bot_token_parameter_name
  slack_channels                 = length(var.slack_channels) > 0 ? var.slack_channels : null
  slack_signing_secret_parameter = var.slack_signing_secret_parameter_name
  slack_team_id                  = var.slack_team_id
  slack_app_id                   = var.slack_app_id
  slack_allowed_user_ids         = length(var.slack_allowed_user_ids) > 0 ? var.slack_allowed_user_ids : null
  slack_api_url                  = var.slack_api_url

  retention_days               = var.retention_days
  notification_max_age_seconds = var.notification_max_age_seconds
  check_agents_schedule        = local.check_agents_schedule
  api_authorization            = var.api_authorization
  allow_unauthenticated_api    = var.allow_unauthenticated_api
  api_allowed_source_cidrs     = length(var.api_allowed_source_cidrs) > 0 ? var.api_allowed_source_cidrs : null
  api_throttling_rate_limit    = var.api_throttling_rate_limit
  api_throttling_burst_limit   = var.api_throttling_burst_limit
  memory_size                  = var.memory_size
  timeout                      = var.timeout
  log_retention_days           = var.log_retention_days
  dead_letter_queue_arn        = aws_sqs_queue.undelivered[0].arn
  layers                       = length(var.layers) > 0 ? var.layers : null
  batch_size                   = var.batch_size
  api_stage_name               = var.api_stage_name
  master_version               = var.master_version
  tags                         = var.tags

  dynamic "vpc_config" {
    for_each = var.vpc_config != null ? [var.vpc_config] : []
    content {
      subnet_ids         = vpc_config.value.subnet_ids
      security_group_ids = vpc_config.value.security_group_ids
    }
  }

  notification_policy {
    default_webhook         = var.default_webhook
    grouping_window_seconds = var.grouping_window_seconds
    repeat_interval_seconds = var.repeat_interval_seconds
  }

  dynamic "route" {
    for_each = var.notification_routes
    content {
      webhook      = route.value.webhook
      accounts     = length(route.value.accounts) > 0 ? route.value.accounts : null
      min_severity = route.value.min_severity
      event_types  = length(route.value.event_types) > 0 ? route.value.event_types : null
    }
  }

  dynamic "function_override" {
    for_each = var.function_overrides
    content {
      function    = function_override.key
      memory_size = function_override.value.memory_size
      timeout     = function_override.value.timeout
    }
  }

  dynamic "severity_rule" {
    for_each = var.severity_rules
    content {
      event_type = severity_rule.value.event_type
      severity   = severity_rule.value.severity
      realtime   = severity_rule.value.realtime
    }
  }

  # The functions start only with their permissions in place.
  depends_on = [aws_iam_role_policy.function, aws_iam_role_policy.vpc]
}
