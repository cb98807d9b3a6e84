# The awsmon master in the monitoring account.

include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/awsmon-master.hcl"
  expose = true
}
