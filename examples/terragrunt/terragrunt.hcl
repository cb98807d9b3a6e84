# Root configuration every unit includes: remote state in the monitoring account, and an AWS
# provider that assumes the deployment role of the unit's own account (account.hcl) in the
# unit's region (region.hcl). Each unit's inputs live in inputs.json beside its terragrunt.hcl,
# so that CI can hand them to plain Terraform (provider/tests/terragrunt_units.rs).

locals {
  env     = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  account = read_terragrunt_config(find_in_parent_folders("account.hcl")).locals
  region  = read_terragrunt_config(find_in_parent_folders("region.hcl")).locals

  account_id       = local.account.account_id
  aws_region       = local.region.aws_region
  deploy_role_name = local.env.deploy_role_name
}

remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket         = "awsmon-terraform-state-${local.env.state_account_id}"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = local.env.state_region
    encrypt        = true
    dynamodb_table = "awsmon-terraform-locks"
    role_arn       = "arn:aws:iam::${local.env.state_account_id}:role/${local.deploy_role_name}"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<PROVIDER
provider "aws" {
  region              = "${local.aws_region}"
  allowed_account_ids = ["${local.account_id}"]
  assume_role {
    role_arn     = "arn:aws:iam::${local.account_id}:role/${local.deploy_role_name}"
    session_name = "awsmon-terragrunt"
  }
}

# The awsmon provider deploys awsmon's functions into the same account as the AWS provider.
provider "awsmon" {
  region = "${local.aws_region}"
  assume_role {
    role_arn     = "arn:aws:iam::${local.account_id}:role/${local.deploy_role_name}"
    session_name = "awsmon-terragrunt"
  }
}
PROVIDER
}
