# The awsmon agent of this account and region; it publishes to the master's bus.

include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "${get_parent_terragrunt_dir("root")}/../../modules//agent"
}

dependency "master" {
  config_path = "../../../monitoring/eu-west-1/master"

  # Lets `terragrunt validate`/`plan` run before the master exists.
  mock_outputs = {
    bus_arn = "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"
  }
  mock_outputs_allowed_terraform_commands = ["validate", "plan"]
}

inputs = merge(
  jsondecode(file("${get_terragrunt_dir()}/inputs.json")),
  { master_bus_arn = dependency.master.outputs.bus_arn },
)
