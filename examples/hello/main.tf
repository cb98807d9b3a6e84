# The hello function on local AWS: deployed with hashicorp/aws, run by the local executor on a
# schedule, from an SQS queue and over HTTP. `make demo` applies it; see README.md.

terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.39"
    }
  }
}

provider "aws" {
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
    role_arn = "arn:aws:iam::${var.account_id}:role/terraform"
  }

  endpoints {
    cloudwatchevents = var.endpoint
    iam              = var.endpoint
    lambda           = var.endpoint
    sqs              = var.endpoint
    sts              = var.endpoint
  }
}

data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "hello" {
  name               = "awsmon-hello"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

resource "aws_lambda_function" "hello" {
  function_name    = "awsmon-hello"
  role             = aws_iam_role.hello.arn
  runtime          = "provided.al2" # hashicorp/aws 3.39 does not know provided.al2023
  handler          = "bootstrap"
  filename         = var.package_path
  source_code_hash = filebase64sha256(var.package_path)
  timeout          = 5
}

resource "aws_cloudwatch_event_rule" "schedule" {
  name                = "awsmon-hello-schedule"
  schedule_expression = "rate(5 minutes)"
}

resource "aws_cloudwatch_event_target" "schedule" {
  rule = aws_cloudwatch_event_rule.schedule.name
  arn  = aws_lambda_function.hello.arn
}

resource "aws_lambda_permission" "schedule" {
  statement_id  = "schedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.hello.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.schedule.arn
}

resource "aws_sqs_queue" "dlq" {
  name = "awsmon-hello-dlq"
}

resource "aws_sqs_queue" "work" {
  name                       = "awsmon-hello-work"
  visibility_timeout_seconds = 1
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 2
  })
}

# The queue's event-source mapping is created by demo.py through the Lambda API: hashicorp/aws
# 3.39 has no `function_response_types`, so it cannot ask for partial batch responses.
