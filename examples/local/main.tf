# awsmon on local AWS: a master account and two monitored accounts (the first also in a second
# region, whose agent publishes to the master bus across regions), wired as in production but
# every endpoint on 127.0.0.1 (`make demo` starts local AWS and applies this). Each account is
# entered through STS AssumeRole, as CI would with real accounts.

terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.39"
    }
    awsmon = {
      source = "awsmon/awsmon"
    }
  }
}

provider "aws" {
  alias                       = "master"
  region                      = var.region
  access_key                  = "local"
  secret_key                  = "local"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_get_ec2_platforms      = true
  max_retries                 = 1
  assume_role {
    role_arn = "arn:aws:iam::${var.master_account_id}:role/terraform"
  }
  endpoints {
    cloudwatch       = var.endpoint
    cloudwatchevents = var.endpoint
    iam              = var.endpoint
    kms              = var.endpoint
    sqs              = var.endpoint
    sts              = var.endpoint
  }
}

provider "aws" {
  alias                       = "agent_a"
  region                      = var.region
  access_key                  = "local"
  secret_key                  = "local"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_get_ec2_platforms      = true
  max_retries                 = 1
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[0]}:role/terraform"
  }
  endpoints {
    cloudwatchevents = var.endpoint
    iam              = var.endpoint
    lambda           = var.endpoint
    sqs              = var.endpoint
    sts              = var.endpoint
  }
}

provider "aws" {
  alias                       = "agent_a_second_region"
  region                      = var.second_region
  access_key                  = "local"
  secret_key                  = "local"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_get_ec2_platforms      = true
  max_retries                 = 1
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[0]}:role/terraform"
  }
  endpoints {
    cloudwatchevents = var.endpoint
    iam              = var.endpoint
    lambda           = var.endpoint
    sqs              = var.endpoint
    sts              = var.endpoint
  }
}

provider "aws" {
  alias                       = "agent_b"
  region                      = var.region
  access_key                  = "local"
  secret_key                  = "local"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_get_ec2_platforms      = true
  max_retries                 = 1
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[1]}:role/terraform"
  }
  endpoints {
    cloudwatchevents = var.endpoint
    iam              = var.endpoint
    lambda           = var.endpoint
    sqs              = var.endpoint
    sts              = var.endpoint
  }
}

provider "awsmon" {
  alias  = "master"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.master_account_id}:role/terraform"
  }
  endpoints {
    apigateway = var.endpoint
    dynamodb   = var.endpoint
    events     = var.endpoint
    lambda     = var.endpoint
    logs       = var.endpoint
    sts        = var.endpoint
  }
}

provider "awsmon" {
  alias  = "agent_a"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[0]}:role/terraform"
  }
  endpoints {
    dynamodb = var.endpoint
    events   = var.endpoint
    lambda   = var.endpoint
    logs     = var.endpoint
    sts      = var.endpoint
  }
}

provider "awsmon" {
  alias  = "agent_a_second_region"
  region = var.second_region
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[0]}:role/terraform"
  }
  endpoints {
    dynamodb = var.endpoint
    events   = var.endpoint
    lambda   = var.endpoint
    logs     = var.endpoint
    sts      = var.endpoint
  }
}

provider "awsmon" {
  alias  = "agent_b"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.agent_account_ids[1]}:role/terraform"
  }
  endpoints {
    dynamodb = var.endpoint
    events   = var.endpoint
    lambda   = var.endpoint
    logs     = var.endpoint
    sts      = var.endpoint
  }
}

# Custom event sources (docs/events.md, Custom sources): written once, given to the master
# (which reads what they match) and to every agent (which forwards what they match). RDS
# instance failures and restarts, and Step Functions executions that did not succeed (a later
# success of the same state machine resolves the issue).
locals {
  custom_event_sources = {
    rds-instance = {
      pattern = jsonencode({
        source        = ["aws.rds"]
        "detail-type" = ["RDS DB Instance Event"]
        detail        = { EventCategories = ["availability", "failover", "failure"] }
      })
      title         = "RDS {detail.SourceIdentifier}: {detail.Message}"
      resource      = "{detail.SourceArn}"
      severity      = "high"
      resolved_when = jsonencode({ detail = { EventID = ["RDS-EVENT-0006"] } })
    }
    sfn-failed = {
      pattern = jsonencode({
        source        = ["aws.states"]
        "detail-type" = ["Step Functions Execution Status Change"]
        detail        = { status = ["FAILED", "TIMED_OUT", "ABORTED", "SUCCEEDED"] }
      })
      title         = "Step Functions execution {detail.name} is {detail.status}"
      resource      = "{detail.stateMachineArn}"
      resolved_when = jsonencode({ detail = { status = ["SUCCEEDED"] } })
    }
  }
}

module "master" {
  source = "../../modules/master"
  providers = {
    aws    = aws.master
    awsmon = awsmon.master
  }

  agent_account_ids = var.agent_account_ids
  # The agent function, and the role Terraform applies the agents with (awsmon_agent announces
  # each deployment with it).
  agent_role_names              = ["awsmon-agent-function-*", "terraform"]
  slack_webhook_parameter_names = { default = "/monitoring/awsmon/slack-default" }
  # Alarms go to the Slack app's channel: one message per issue, edited as it changes, with a
  # thread and buttons; everything else to the webhook. The demo stores both secrets in SSM.
  slack_bot_token_parameter_name      = "/monitoring/awsmon/slack-bot-token"
  slack_signing_secret_parameter_name = "/monitoring/awsmon/slack-signing-secret"
  slack_team_id                       = "T0EXAMPLE1"
  slack_app_id                        = "A0EXAMPLE1"
  slack_channels                      = { oncall = "C0EXAMPLE1" }
  slack_api_url                       = var.slack_api_url
  notification_routes                 = [{ webhook = "oncall", accounts = [], min_severity = "info", event_types = ["alarm"] }]
  account_names                       = { (var.agent_account_ids[0]) = "shop", (var.agent_account_ids[1]) = "billing" }
  custom_event_sources                = local.custom_event_sources
  # Short, so that the demo's messages go out seconds after the events, and an issue that
  # happens again a minute later (after a silence, in the end-to-end test) is told again.
  grouping_window_seconds = 5
  repeat_interval_seconds = 60
  # The executor's HTTP front stands in for API Gateway and does not sign requests: an
  # unauthenticated API, which awsmon refuses without the opt-in, open to this machine only.
  api_authorization         = "NONE"
  allow_unauthenticated_api = true
  api_allowed_source_cidrs  = ["127.0.0.1/32"]
}

module "agent_a" {
  source = "../../modules/agent"
  providers = {
    aws    = aws.agent_a
    awsmon = awsmon.agent_a
  }

  master_bus_arn       = module.master.bus_arn
  log_group_prefixes   = ["/aws/lambda/", "/ecs/"]
  custom_event_sources = local.custom_event_sources
}

# The first account in a second region: its own roles (named per region), function and rules;
# its errors, heartbeats and forwarded events go to the master bus in var.region.
module "agent_a_second_region" {
  source = "../../modules/agent"
  providers = {
    aws    = aws.agent_a_second_region
    awsmon = awsmon.agent_a_second_region
  }

  master_bus_arn       = module.master.bus_arn
  log_group_prefixes   = ["/aws/lambda/"]
  custom_event_sources = local.custom_event_sources
}

module "agent_b" {
  source = "../../modules/agent"
  providers = {
    aws    = aws.agent_b
    awsmon = awsmon.agent_b
  }

  master_bus_arn       = module.master.bus_arn
  log_group_prefixes   = ["/aws/lambda/"]
  custom_event_sources = local.custom_event_sources
  # Every minute: the demo shows this agent reported silent after three missed heartbeats.
  schedule_expression = "rate(1 minute)"
}
