# The production environment: where the state lives and which role Terraform assumes in every
# account (created beforehand, e.g. by an organization-wide StackSet).
locals {
  env              = "prod"
  state_account_id = "111111111111"
  state_region     = "eu-west-1"
  deploy_role_name = "awsmon-deployer"
}
