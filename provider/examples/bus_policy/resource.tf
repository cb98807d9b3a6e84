# The master bus's whole policy: modules/master builds it this way (awsmon's roles of the
# member accounts, awsmon's sources and detail-types only).
data "aws_iam_policy_document" "bus" {
  statement {
    sid       = "AwsmonAgentEventsAccounts"
    actions   = ["events:PutEvents"]
    resources = ["arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"]
    principals {
      type        = "AWS"
      identifiers = ["222222222222", "333333333333"]
    }
    condition {
      test     = "StringLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:role/awsmon-agent-function"]
    }
    condition {
      test     = "StringEquals"
      variable = "events:source"
      values   = ["awsmon.agent"]
    }
    condition {
      test     = "StringEquals"
      variable = "events:detail-type"
      values   = ["awsmon.error-log", "awsmon.heartbeat", "awsmon.deployment"]
    }
  }
}

resource "awsmon_bus_policy" "example" {
  event_bus_name = "awsmon"
  policy         = data.aws_iam_policy_document.bus.json
}
