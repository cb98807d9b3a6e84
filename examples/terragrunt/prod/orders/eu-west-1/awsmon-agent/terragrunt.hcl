# The awsmon agent of this account and region: orders runs no ECS, and its logs need one more
# redaction.

include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/awsmon-agent.hcl"
  expose = true
}

inputs = {
  log_group_prefixes        = ["/aws/lambda/orders-"]
  forward_ecs_task_failures = false
  redact_patterns           = ["order-token-[A-Za-z0-9]+"]
}
