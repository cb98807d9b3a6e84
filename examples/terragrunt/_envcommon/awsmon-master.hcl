# The awsmon master of an environment: the module and its version, and the account names of
# every account.hcl of the environment, so that messages and reports say "payments" instead
# of an account id. Adding an account directory is enough to name it.

locals {
  env      = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  env_dir  = dirname(find_in_parent_folders("env.hcl"))
  accounts = [for file in fileset(local.env_dir, "*/account.hcl") : read_terragrunt_config("${local.env_dir}/${file}").locals]
}

terraform {
  source = "${local.env.awsmon_source}//modules/master?ref=${local.env.awsmon_version}"
}

inputs = {
  name            = local.env.master_name
  organization_id = local.env.organization_id
  account_names   = { for account in local.accounts : account.account_id => account.account_name }
  slack_webhook_parameter_names = {
    default = "/monitoring/awsmon/slack-default"
  }
}
