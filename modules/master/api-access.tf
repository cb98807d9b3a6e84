# Example identity policies for the REST API's callers (api_authorization = AWS_IAM): attach
# `api_read_only_policy_json` to who may only look, `api_operator_policy_json` to who may also
# acknowledge, resolve and mute issues and manage silences. The routes are those of
# docs/api/openapi.json; execute-api ARNs are <api>/<stage>/<METHOD>/<path>.

locals {
  api_id            = try(awsmon_master.this[0].api_id, null)
  api_execution_arn = local.api_id == null ? null : "arn:${local.partition}:execute-api:${local.region}:${local.account}:${local.api_id}"
  api_stage_arn     = local.api_id == null ? null : "${local.api_execution_arn}/${var.api_stage_name}"
}

data "aws_iam_policy_document" "api_read_only" {
  count = var.create ? 1 : 0
  statement {
    sid       = "ReadAwsmon"
    actions   = ["execute-api:Invoke"]
    resources = ["${local.api_stage_arn}/GET/*"]
  }
}

data "aws_iam_policy_document" "api_operator" {
  count = var.create ? 1 : 0
  statement {
    sid       = "ReadAwsmon"
    actions   = ["execute-api:Invoke"]
    resources = ["${local.api_stage_arn}/GET/*"]
  }
  statement {
    sid     = "OperateIssuesAndSilences"
    actions = ["execute-api:Invoke"]
    resources = [
      "${local.api_stage_arn}/POST/issues/*/ack",
      "${local.api_stage_arn}/POST/issues/*/resolve",
      "${local.api_stage_arn}/POST/issues/*/mute",
      "${local.api_stage_arn}/POST/silences",
      "${local.api_stage_arn}/DELETE/silences/*",
    ]
  }
}
