# The awsmon agent of one account and region: its function (awsmon_agent), the role it runs
# with, and the forwarding of AWS's own failure events to the agent function, which redacts them
# before they leave the account. Every permission the agent gets is in this file, for the
# reviewer of the plan.

data "aws_caller_identity" "current" {}
# The region from the EC2 endpoint (ec2.<region>.<dns suffix>): `name` is deprecated in
# hashicorp/aws 6.x, `region` does not exist before 5.100, `endpoint` is in every version.
data "aws_region" "current" {}
data "aws_partition" "current" {}

locals {
  account   = data.aws_caller_identity.current.account_id
  region    = split(".", data.aws_region.current.endpoint)[1]
  partition = data.aws_partition.current.partition
  log_arn   = "arn:${local.partition}:logs:${local.region}:${local.account}:log-group"

  # Logs Insights may read only the watched groups; tag discovery can find any group.
  watched_log_groups = var.discovery_tag != null ? ["${local.log_arn}:*"] : concat(
    [for name in var.log_group_names : "${local.log_arn}:${name}:*"],
    [for prefix in var.log_group_prefixes : "${local.log_arn}:${prefix}*"],
  )
  checkpoint_table_arn  = "arn:${local.partition}:dynamodb:${local.region}:${local.account}:table/${var.name}-checkpoints"
  undelivered_queue_arn = "arn:${local.partition}:sqs:${local.region}:${local.account}:${var.name}-undelivered"

  # What is forwarded is defined once, in forwarded-events.json: the master's normaliser is
  # tested against the same file (every event it accepts passes these patterns), so the two
  # cannot disagree. The master decides what is a problem (an ECS scale-in is not; an alarm back
  # to OK resolves its issue), so the patterns are broad.
  forwarded_events = jsondecode(file("${path.module}/forwarded-events.json"))
  forwarded_patterns = {
    alarms             = var.forward_alarms ? local.forwarded_events["alarms"] : null
    ecs-task-failures  = var.forward_ecs_task_failures ? local.forwarded_events["ecs-task-failures"] : null
    lambda-failures    = var.forward_lambda_failures ? local.forwarded_events["lambda-failures"] : null
    guardduty-findings = var.forward_guardduty_findings ? local.forwarded_events["guardduty-findings"] : null
    health-events      = var.forward_health_events ? local.forwarded_events["health-events"] : null
  }
  # The user's own patterns (custom_event_sources): the same definitions the master reads.
  custom_patterns = { for name, source in var.custom_event_sources : "custom-${name}" => jsondecode(source["pattern"]) }
  forwarded       = { for key, pattern in merge(local.forwarded_patterns, local.custom_patterns) : key => pattern if var.create && pattern != null }
}

data "aws_iam_policy_document" "lambda_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "agent" {
  count              = var.create ? 1 : 0
  name               = "${var.name}-function-${local.region}"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
  tags               = var.tags
}

# Exactly the calls of runtime/agent (adapters/logs.rs, checkpoints.rs, eventbridge.rs, tagged.rs).
# "*" only where the Service Authorization Reference lists no resource type for the action.
data "aws_iam_policy_document" "agent" {
  statement {
    # DescribeLogGroups has no resource type; AWS evaluates it against
    # arn:...:log-group::log-stream:, which this account- and region-scoped pattern covers.
    sid       = "FindLogGroups"
    actions   = ["logs:DescribeLogGroups"]
    resources = ["${local.log_arn}:*"]
  }
  statement {
    sid       = "QueryWatchedLogGroups"
    actions   = ["logs:StartQuery", "logs:GetQueryResults"]
    resources = local.watched_log_groups
  }
  statement {
    sid       = "StopOwnQueries"
    actions   = ["logs:StopQuery"]
    resources = ["*"] # StopQuery has no resource type: it takes a query id
  }
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.log_arn}:/aws/lambda/${var.name}:*"]
  }
  statement {
    sid       = "Checkpoints"
    actions   = ["dynamodb:BatchGetItem", "dynamodb:PutItem"]
    resources = [local.checkpoint_table_arn]
  }
  statement {
    sid       = "PublishToMasterOnly"
    actions   = ["events:PutEvents"]
    resources = [var.master_bus_arn]
  }
  statement {
    # Lambda sends an invocation that failed all its attempts with the function's role.
    sid       = "KeepFailedInvocations"
    actions   = ["sqs:SendMessage"]
    resources = [local.undelivered_queue_arn]
  }
  dynamic "statement" {
    for_each = var.discovery_tag != null ? [1] : []
    content {
      sid       = "FindTaggedWorkloads"
      actions   = ["tag:GetResources", "ecs:DescribeTaskDefinition"]
      resources = ["*"] # neither action has a resource type
    }
  }
  dynamic "statement" {
    for_each = var.discovery_tag != null ? [1] : []
    content {
      sid     = "ReadTaggedWorkloads"
      actions = ["ecs:DescribeServices", "lambda:GetFunctionConfiguration"]
      resources = [
        "arn:${local.partition}:ecs:${local.region}:${local.account}:service/*",
        "arn:${local.partition}:lambda:${local.region}:${local.account}:function:*",
      ]
    }
  }
}

# In a VPC, Lambda makes the function's network interfaces with the function's role
# (the actions of AWSLambdaVPCAccessExecutionRole, scoped to the account and region).
data "aws_iam_policy_document" "vpc" {
  statement {
    sid       = "DescribeNetworkInterfaces"
    actions   = ["ec2:DescribeNetworkInterfaces"]
    resources = ["*"] # DescribeNetworkInterfaces has no resource type
  }
  statement {
    sid     = "ManageFunctionNetworkInterfaces"
    actions = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
    resources = concat(
      ["arn:${local.partition}:ec2:${local.region}:${local.account}:network-interface/*"],
      [for id in try(var.vpc_config.subnet_ids, []) : "arn:${local.partition}:ec2:${local.region}:${local.account}:subnet/${id}"],
      [for id in try(var.vpc_config.security_group_ids, []) : "arn:${local.partition}:ec2:${local.region}:${local.account}:security-group/${id}"],
    )
  }
}

resource "aws_iam_role_policy" "vpc" {
  count  = var.create && var.vpc_config != null ? 1 : 0
  name   = "awsmon-agent-vpc"
  role   = aws_iam_role.agent[0].id
  policy = data.aws_iam_policy_document.vpc.json
}

resource "aws_iam_role_policy" "agent" {
  count  = var.create ? 1 : 0
  name   = "awsmon-agent"
  role   = aws_iam_role.agent[0].id
  policy = data.aws_iam_policy_document.agent.json
}

resource "awsmon_agent" "this" {
  count = var.create ? 1 : 0

  name                     = var.name
  master_bus_arn           = var.master_bus_arn
  role_arn                 = aws_iam_role.agent[0].arn
  schedule_expression      = var.schedule_expression
  chunk_size               = var.chunk_size
  window_seconds           = var.window_seconds
  delivery_latency_seconds = var.delivery_latency_seconds
  log_group_names          = length(var.log_group_names) > 0 ? var.log_group_names : null
  log_group_prefixes       = length(var.log_group_prefixes) > 0 ? var.log_group_prefixes : null
  discovery_tag            = var.discovery_tag
  redact_patterns          = length(var.redact_patterns) > 0 ? var.redact_patterns : null
  query_string             = var.query_string
  max_concurrent_queries   = var.max_concurrent_queries
  query_timeout_seconds    = var.query_timeout_seconds
  memory_size              = var.memory_size
  timeout                  = var.timeout
  log_retention_days       = var.log_retention_days
  dead_letter_queue_arn    = aws_sqs_queue.undelivered[0].arn
  layers                   = length(var.layers) > 0 ? var.layers : null
  tags                     = var.tags

  dynamic "vpc_config" {
    for_each = var.vpc_config != null ? [var.vpc_config] : []
    content {
      subnet_ids         = vpc_config.value.subnet_ids
      security_group_ids = vpc_config.value.security_group_ids
    }
  }

  depends_on = [aws_iam_role_policy.agent, aws_iam_role_policy.vpc]
}

# Forwarding: the default-bus rules invoke the agent function, which redacts each event with the
# agent's redactor (its user patterns included) and publishes it to the master bus as an
# awsmon.forwarded event: an alarm description, an ECS stop reason or a Lambda failure payload
# never leaves the account unredacted. The function's role already may put events on the master
# bus and nowhere else; EventBridge needs only the permission to invoke it.
resource "aws_cloudwatch_event_rule" "forward" {
  for_each      = local.forwarded
  name          = "${var.name}-forward-${each.key}"
  description   = "awsmon: ${each.key} to the agent function, which redacts them for the master bus"
  event_pattern = jsonencode(each.value)
  tags          = var.tags
}

resource "aws_lambda_permission" "forward" {
  for_each      = local.forwarded
  statement_id  = "awsmon-forward-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = awsmon_agent.this[0].function_arn
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.forward[each.key].arn
}

resource "aws_cloudwatch_event_target" "forward" {
  for_each = local.forwarded
  rule     = aws_cloudwatch_event_rule.forward[each.key].name
  arn      = awsmon_agent.this[0].function_arn
  # What EventBridge could not hand to the function after its retries (the function missing,
  # the permission refused, throttled for 24 hours) waits here, in this account, unredacted.
  dead_letter_config {
    arn = aws_sqs_queue.undelivered[0].arn
  }
  depends_on = [aws_lambda_permission.forward]
}

# An invocation of the agent function that fails (the master bus refusing or throttling the
# forwarded event, a scheduled run that errs) is retried twice by Lambda; what still fails is
# kept in the undelivered queue, with the event that caused it, instead of being dropped.
resource "aws_lambda_function_event_invoke_config" "agent" {
  count                  = var.create ? 1 : 0
  function_name          = awsmon_agent.this[0].name
  maximum_retry_attempts = 2
  destination_config {
    on_failure {
      destination = aws_sqs_queue.undelivered[0].arn
    }
  }
}

resource "aws_sqs_queue" "undelivered" {
  #checkov:skip=CKV_AWS_27:EventBridge cannot deliver to a queue under the AWS managed key alias/aws/sqs, a customer managed key would be a new cost and key policy in every member account, and hashicorp/aws 3.39 (supported) has no sqs_managed_sse_enabled; SQS encrypts new queues with SQS-managed keys (SSE-SQS) by default, which EventBridge can deliver to.
  count                     = var.create ? 1 : 0
  name                      = "${var.name}-undelivered"
  message_retention_seconds = 1209600
  tags                      = var.tags
}

# Written with jsonencode, not a policy-document data source: the rules' ARNs are known only
# after apply, and a data source reading them would show as a read in every plan that adds an
# agent. The schedule rule is the one awsmon_agent names `<name>-schedule`.
resource "aws_sqs_queue_policy" "undelivered" {
  count     = var.create ? 1 : 0
  queue_url = aws_sqs_queue.undelivered[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "RulesDeadLetters"
      Effect    = "Allow"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.undelivered[0].arn
      Principal = { Service = "events.amazonaws.com" }
      Condition = { ArnEquals = { "aws:SourceArn" = concat(
        [for rule in aws_cloudwatch_event_rule.forward : rule.arn],
        ["arn:${local.partition}:events:${local.region}:${local.account}:rule/${var.name}-schedule"],
      ) } }
    }]
  })
}
