# The production environment: where state lives, the roles Terraform assumes, the versions it
# deploys, and where the master runs. Every value here is an invented EXAMPLE.
locals {
  environment      = "prod"
  state_account_id = "111111111111"
  state_region     = "eu-west-1"
  state_role_name  = "awsmon-state"
  deploy_role_name = "awsmon-deployer"
  organization_id  = "o-exampleabcd"

  # The modules, from a tag of the awsmon repository: an environment moves to a new version
  # by changing this line (and reviewing the plan of every unit).
  awsmon_source           = "git::https://github.com/EXAMPLE-org/awsmon.git"
  awsmon_version          = "v0.1.0"
  aws_provider_version    = ">= 3.39, < 7.0"
  awsmon_provider_version = "~> 0.1.0"

  master_account = "monitoring"
  master_region  = "eu-west-1"
  master_name    = "awsmon"

  tags = {
    team       = "platform"
    managed-by = "terragrunt"
    env        = "prod"
  }
}
