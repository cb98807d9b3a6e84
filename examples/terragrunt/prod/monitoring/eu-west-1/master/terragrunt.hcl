# The awsmon master in the monitoring account.

include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "${get_parent_terragrunt_dir("root")}/../../modules//master"
}

inputs = jsondecode(file("${get_terragrunt_dir()}/inputs.json"))
