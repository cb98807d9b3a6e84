# The awsmon agent of this account and region.

include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/awsmon-agent.hcl"
  expose = true
}
