# The agent module (modules/agent) creates this role with exactly the permissions the agent
# uses; the resource alone needs a role Lambda can assume.
resource "aws_iam_role" "agent" {
  name = "awsmon-agent"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "awsmon_agent" "example" {
  name           = "awsmon-agent"
  master_bus_arn = "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"
  role_arn       = aws_iam_role.agent.arn

  schedule_expression = "rate(5 minutes)"
  log_group_prefixes  = ["/aws/lambda/", "/ecs/"]
  chunk_size          = 10
}
