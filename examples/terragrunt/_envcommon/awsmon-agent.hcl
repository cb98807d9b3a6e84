# What every awsmon agent unit shares: the module and its version, the master's bus from the
# master unit, and the defaults of what an agent watches. A unit includes this file and
# overrides only what differs (inputs = { ... }).

locals {
  env        = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  env_dir    = dirname(find_in_parent_folders("env.hcl"))
  master     = read_terragrunt_config("${local.env_dir}/${local.env.master_account}/account.hcl").locals
  master_dir = "${local.env_dir}/${local.env.master_account}/${local.env.master_region}/awsmon-master"
}

terraform {
  source = "${local.env.awsmon_source}//modules/agent?ref=${local.env.awsmon_version}"
}

dependency "master" {
  config_path = local.master_dir

  # Lets `terragrunt run --all validate` and `plan` run before the master exists.
  mock_outputs = {
    bus_arn = "arn:aws:events:${local.env.master_region}:${local.master.account_id}:event-bus/${local.env.master_name}"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name               = "awsmon-agent"
  master_bus_arn     = dependency.master.outputs.bus_arn
  log_group_prefixes = ["/aws/lambda/", "/ecs/"]
  discovery_tag      = "awsmon=watch"
}
