resource "awsmon_agent" "example" {
  name           = "awsmon-agent"
  master_bus_arn = "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"
  role_arn       = "arn:aws:iam::222222222222:role/awsmon-agent"

  schedule_expression = "rate(5 minutes)"
  log_group_prefixes  = ["/aws/lambda/", "/ecs/"]
  chunk_size          = 10
}
