# The awsmon master account: the bus agents write to, the ingest queue between the bus and the
# handler, the roles of the master functions, and alarms on awsmon itself, routed into awsmon.
# Every permission is in this file, for the reviewer of the plan.

data "aws_caller_identity" "current" {}
# The region from the EC2 endpoint (ec2.<region>.<dns suffix>): `name` is deprecated in
# hashicorp/aws 6.x, `region` does not exist before 5.100, `endpoint` is in every version.
data "aws_region" "current" {}
data "aws_partition" "current" {}

locals {
  account   = data.aws_caller_identity.current.account_id
  region    = split(".", data.aws_region.current.endpoint)[1]
  partition = data.aws_partition.current.partition
  kms_key   = var.create_kms_key ? try(aws_kms_key.this[0].arn, null) : var.kms_key_arn

  table_arn = "arn:${local.partition}:dynamodb:${local.region}:${local.account}:table/${var.name}"
  functions = {
    handle-monitoring-events = "${var.name}-handle-monitoring-events"
    check-agents             = "${var.name}-check-agents"
    daily-report             = "${var.name}-daily-report"
    api                      = "${var.name}-api"
  }
  # What reaches the ingest queue: awsmon's agent events (their awsmon.forwarded events carry
  # the AWS events of the member accounts, redacted there), and AWS events the master account
  # puts on its own bus (its own alarms: own_alarms in monitoring.tf; EventBridge lets a bus's
  # own account in). The AWS sources are those of modules/agent/forwarded-events.json (checked
  # by the domain's tests), so a master account that forwards its own events the old way is
  # still read.
  ingested_sources = ["awsmon.agent", "aws.cloudwatch", "aws.ecs", "lambda", "aws.guardduty", "aws.health"]
}

resource "aws_cloudwatch_event_bus" "this" {
  count = var.create ? 1 : 0
  name  = var.name
  tags  = var.tags
}

# Who may put what on the bus: only awsmon's roles in the member accounts (the organization's,
# or those listed), and only awsmon's events. The agent function's role may put awsmon.agent
# events of awsmon's detail-types, among them awsmon.forwarded: the AWS events of its account
# (alarms, ECS, Lambda, GuardDuty, Health), which the agent redacts before they leave the
# account. No member account may put AWS sources on the bus. The master takes an event's
# account from the envelope EventBridge writes, never from its detail.
# hashicorp/aws 3.39 has no aws_cloudwatch_event_bus_policy and its aws_cloudwatch_event_permission
# takes no condition but the organization: awsmon_bus_policy puts the whole policy instead.
locals {
  # awsmon_domain::agent_event::AgentDetailType::ALL (checked by the domain's tests).
  agent_detail_types = ["awsmon.error-log", "awsmon.heartbeat", "awsmon.deployment", "awsmon.forwarded"]
  # Who sends: any account of the organization, and the accounts listed. The principal names
  # the accounts; aws:PrincipalArn the roles in them (so the policy grows by one account id, not
  # by a statement, per account: about 130 fit the bus policy's 10,240 characters).
  senders = concat(
    var.organization_id != null ? [{ key = "Organization", principals = ["*"] }] : [],
    length(var.agent_account_ids) > 0 ? [{ key = "Accounts", principals = var.agent_account_ids }] : [],
  )
  bus_statements = [for sender in local.senders : {
    sid          = "AwsmonAgentEvents${sender.key}"
    principals   = sender.principals
    roles        = [for name in var.agent_role_names : "arn:${local.partition}:iam::*:role/${name}"]
    sources      = ["awsmon.agent"]
    detail_types = local.agent_detail_types
  }]
}

data "aws_iam_policy_document" "bus" {
  dynamic "statement" {
    for_each = local.bus_statements
    content {
      sid       = statement.value.sid
      actions   = ["events:PutEvents"]
      resources = [try(aws_cloudwatch_event_bus.this[0].arn, "")]
      principals {
        type        = "AWS"
        identifiers = statement.value.principals
      }
      condition {
        test     = "StringLike"
        variable = "aws:PrincipalArn"
        values   = statement.value.roles
      }
      condition {
        test     = "StringEquals"
        variable = "events:source"
        values   = statement.value.sources
      }
      condition {
        test     = "StringEquals"
        variable = "events:detail-type"
        values   = statement.value.detail_types
      }
      dynamic "condition" {
        for_each = contains(statement.value.principals, "*") ? [var.organization_id] : []
        content {
          test     = "StringEquals"
          variable = "aws:PrincipalOrgID"
          values   = [condition.value]
        }
      }
    }
  }
}

resource "awsmon_bus_policy" "this" {
  count          = var.create && length(local.senders) > 0 ? 1 : 0
  event_bus_name = aws_cloudwatch_event_bus.this[0].name
  policy         = data.aws_iam_policy_document.bus.json
}

# The key policy. In a key policy "Resource": "*" means this key and nothing else.
data "aws_iam_policy_document" "kms" {
  #checkov:skip=CKV_AWS_109:AWS's default key policy: the account root may manage the key, which delegates access to the account's IAM policies; without it the key can become unmanageable.
  #checkov:skip=CKV_AWS_111:Same statement: key policies are attached to one key, so "*" is this key.
  #checkov:skip=CKV_AWS_356:In a key policy the resource "*" is the key the policy is attached to.
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account}:root"]
    }
  }
  statement {
    # EventBridge encrypts what its rules deliver to the ingest queue (alarm state changes reach
    # the queue through EventBridge too) and what they could not deliver to the undelivered queue.
    sid       = "EventBridgeWritesToTheIngestQueue"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "this" {
  count               = var.create && var.create_kms_key ? 1 : 0
  description         = "awsmon ${var.name}: encrypts the ingest queues"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.kms.json
  tags                = var.tags
}

resource "aws_sqs_queue" "dead_letters" {
  count                     = var.create ? 1 : 0
  name                      = "${var.name}-ingest-dlq"
  message_retention_seconds = 1209600
  kms_master_key_id         = local.kms_key
  tags                      = var.tags
}

resource "aws_sqs_queue" "ingest" {
  count                      = var.create ? 1 : 0
  name                       = "${var.name}-ingest"
  visibility_timeout_seconds = 6 * var.timeout # as Lambda advises for a mapped queue
  message_retention_seconds  = 345600
  kms_master_key_id          = local.kms_key
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters[0].arn
    maxReceiveCount     = var.ingest_max_receive_count
  })
  tags = var.tags
}

resource "aws_cloudwatch_event_rule" "ingest" {
  count          = var.create ? 1 : 0
  name           = "${var.name}-ingest"
  description    = "awsmon: every monitoring event on the bus goes to the ingest queue"
  event_bus_name = aws_cloudwatch_event_bus.this[0].name
  event_pattern  = jsonencode({ source = local.ingested_sources })
  tags           = var.tags
}

resource "aws_cloudwatch_event_target" "ingest" {
  count          = var.create ? 1 : 0
  rule           = aws_cloudwatch_event_rule.ingest[0].name
  event_bus_name = aws_cloudwatch_event_bus.this[0].name
  arn            = aws_sqs_queue.ingest[0].arn
  dead_letter_config {
    arn = aws_sqs_queue.undelivered[0].arn
  }
}

# What EventBridge could not deliver after its retries (the ingest queue unreachable, its key
# refused, a schedule's function missing or not allowing EventBridge): kept here with
# EventBridge's error attributes, and alarmed on (monitoring.tf).
resource "aws_sqs_queue" "undelivered" {
  count                     = var.create ? 1 : 0
  name                      = "${var.name}-undelivered"
  message_retention_seconds = 1209600
  kms_master_key_id         = local.kms_key
  tags                      = var.tags
}

data "aws_iam_policy_document" "undelivered" {
  count = var.create ? 1 : 0
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.undelivered[0].arn]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      # The module's two rules, and the schedule rules awsmon_master names `<name>-<schedule>`.
      values = concat(
        [aws_cloudwatch_event_rule.ingest[0].arn, aws_cloudwatch_event_rule.own_alarms[0].arn],
        [for schedule in keys(awsmon_master.this[0].schedules) : "arn:${local.partition}:events:${local.region}:${local.account}:rule/${var.name}-${schedule}"],
      )
    }
  }
}

resource "aws_sqs_queue_policy" "undelivered" {
  count     = var.create ? 1 : 0
  queue_url = aws_sqs_queue.undelivered[0].id
  policy    = data.aws_iam_policy_document.undelivered[0].json
}

data "aws_iam_policy_document" "ingest_queue" {
  count = var.create ? 1 : 0
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.ingest[0].arn]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.ingest[0].arn]
    }
  }
}

resource "aws_sqs_queue_policy" "ingest" {
  count     = var.create ? 1 : 0
  queue_url = aws_sqs_queue.ingest[0].id
  policy    = data.aws_iam_policy_document.ingest_queue[0].json
}

# One role per master function, with only what that function does (runtime/master/src, see
# "IAM the functions need" in docs/master.md). DynamoDB transactions need no action of their own:
# each Put inside TransactWriteItems is authorised as dynamodb:PutItem.
data "aws_iam_policy_document" "lambda_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# The functions with a role: the four, and slack-interactions when the Slack app's buttons are on
# (it takes their clicks; awsmon_master deploys it then).
locals {
  role_functions = merge(local.functions, var.slack_signing_secret_parameter_name == null ? {} : {
    slack-interactions = "${var.name}-slack-interactions"
  })
}

resource "aws_iam_role" "function" {
  for_each           = var.create ? local.role_functions : {}
  name               = each.value
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
  tags               = var.tags
}

locals {
  table_actions = {
    # Stores events, issues and outbox entries (transaction of Puts), reads issues, agents and
    # silences, leases webhooks (UpdateItem), keeps the agent registry (PutItem).
    handle-monitoring-events = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"]
    # Reads every agent, stores its findings like handle-monitoring-events, drains webhooks.
    check-agents = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"]
    # Reads the period's events (Query) and their issues' first sighting (BatchGetItem), stores
    # the report (PutItem) and leases the webhook to post it (UpdateItem).
    daily-report = ["dynamodb:BatchGetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"]
    # Events, issues (ack/resolve/mute), silences, agents and reports.
    api = ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"]
    # Reads the clicked issue (GetItem), stores its change with its outbox entries (transaction
    # of Puts) and remembers each request's signature once (PutItem). No index.
    slack-interactions = ["dynamodb:GetItem", "dynamodb:PutItem"]
  }
  # The Slack secrets each function reads at init: every function that sends reads the
  # webhooks and the Slack app's bot token; slack-interactions, which takes Slack's button
  # clicks, the signing secret and the bot token (it edits the clicked message); the API none.
  senders_read = concat(values(var.slack_webhook_parameter_names), compact([var.slack_bot_token_parameter_name]))
  buttons_read = var.slack_signing_secret_parameter_name == null ? [] : compact([var.slack_signing_secret_parameter_name, var.slack_bot_token_parameter_name])
  secrets_read = {
    handle-monitoring-events = local.senders_read
    check-agents             = local.senders_read
    daily-report             = local.senders_read
    api                      = []
    slack-interactions       = local.buttons_read
  }
  secret_parameter_arns = {
    for function, parameters in local.secrets_read : function => [
      for parameter in parameters :
      "arn:${local.partition}:ssm:${local.region}:${local.account}:parameter/${trimprefix(parameter, "/")}"
    ]
  }
  # Secrets Manager secrets read through SSM's /aws/reference/secretsmanager/<id> path.
  secret_arns = {
    for function, parameters in local.secrets_read : function => [
      for parameter in parameters :
      "arn:${local.partition}:secretsmanager:${local.region}:${local.account}:secret:${trimprefix(parameter, "/aws/reference/secretsmanager/")}-??????"
      if can(regex("^/aws/reference/secretsmanager/", parameter))
    ]
  }
}

data "aws_iam_policy_document" "function" {
  for_each = var.create ? local.role_functions : {}

  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:${local.partition}:logs:${local.region}:${local.account}:log-group:/aws/lambda/${each.value}:*"]
  }
  statement {
    sid       = "Table"
    actions   = local.table_actions[each.key]
    resources = [local.table_arn]
  }
  dynamic "statement" {
    for_each = each.key == "slack-interactions" ? [] : [1]
    content {
      sid       = "TableIndex"
      actions   = ["dynamodb:Query"]
      resources = ["${local.table_arn}/index/gsi1"]
    }
  }
  dynamic "statement" {
    for_each = each.key == "handle-monitoring-events" ? [1] : []
    content {
      sid       = "ConsumeIngestQueue"
      actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
      resources = [aws_sqs_queue.ingest[0].arn]
    }
  }
  dynamic "statement" {
    for_each = each.key == "handle-monitoring-events" ? [1] : []
    content {
      sid       = "SendMalformedToDeadLetters"
      actions   = ["sqs:SendMessage"]
      resources = [aws_sqs_queue.dead_letters[0].arn]
    }
  }
  dynamic "statement" {
    for_each = length(local.secret_parameter_arns[each.key]) > 0 ? [1] : []
    content {
      sid       = "ReadSlackSecrets"
      actions   = ["ssm:GetParameter"]
      resources = local.secret_parameter_arns[each.key]
    }
  }
  dynamic "statement" {
    for_each = length(local.secret_arns[each.key]) > 0 ? [1] : []
    content {
      sid       = "ReadSlackSecretsManagerSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = local.secret_arns[each.key]
    }
  }
  dynamic "statement" {
    for_each = local.kms_key != null && each.key == "handle-monitoring-events" ? [1] : []
    content {
      sid       = "QueueEncryption"
      actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
      resources = [local.kms_key]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = var.create ? local.role_functions : {}
  name     = "awsmon-${each.key}"
  role     = aws_iam_role.function[each.key].id
  policy   = data.aws_iam_policy_document.function[each.key].json
}

# In a VPC, Lambda makes the functions' network interfaces with each function's role (the
# actions of AWSLambdaVPCAccessExecutionRole, scoped to the account and region).
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
  for_each = var.create && var.vpc_config != null ? local.role_functions : {}
  name     = "awsmon-vpc"
  role     = aws_iam_role.function[each.key].id
  policy   = data.aws_iam_policy_document.vpc.json
}
