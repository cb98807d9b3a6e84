# The root configuration of the awsmon live repository. Every unit includes it by name
# (include "root" { path = find_in_parent_folders("root.hcl") }); it holds what every unit
# shares: where state lives, the providers and their versions, and the tags.

terraform_version_constraint  = ">= 1.11" # the S3 backend's use_lockfile
terragrunt_version_constraint = ">= 0.80.0"

locals {
  env     = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  account = read_terragrunt_config(find_in_parent_folders("account.hcl")).locals
  region  = read_terragrunt_config(find_in_parent_folders("region.hcl")).locals

  account_id = local.account.account_id
  aws_region = local.region.aws_region
  # The role Terraform assumes in the unit's own account (made beforehand in every account,
  # e.g. by an organization-wide StackSet), and the one that may write the state bucket.
  deploy_role_arn = "arn:aws:iam::${local.account.account_id}:role/${local.env.deploy_role_name}"
  state_role_arn  = "arn:aws:iam::${local.env.state_account_id}:role/${local.env.state_role_name}"
}

# One state per unit in one bucket of the state account, locked with S3's own lock file.
remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket       = "awsmon-terraform-state-${local.env.state_account_id}"
    key          = "${path_relative_to_include()}/terraform.tfstate"
    region       = local.env.state_region
    encrypt      = true
    use_lockfile = true
    assume_role = {
      role_arn     = local.state_role_arn
      session_name = "awsmon-terragrunt-state"
    }
  }
}

# Both providers enter the unit's own account and region, and refuse any other account.
generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<PROVIDER
provider "aws" {
  region              = "${local.aws_region}"
  allowed_account_ids = ["${local.account_id}"]
  assume_role {
    role_arn     = "${local.deploy_role_arn}"
    session_name = "awsmon-terragrunt"
  }
}

# awsmon deploys its functions into the same account, and refuses any other.
provider "awsmon" {
  region              = "${local.aws_region}"
  allowed_account_ids = ["${local.account_id}"]
  assume_role {
    role_arn     = "${local.deploy_role_arn}"
    session_name = "awsmon-terragrunt"
  }
}
PROVIDER
}

# The versions this repository deploys with, stricter than the modules' own (>= 1.0,
# hashicorp/aws >= 3.39): an override file replaces those constraints provider by provider.
generate "versions" {
  path      = "versions_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<VERSIONS
terraform {
  required_version = ">= 1.11"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "${local.env.aws_provider_version}"
    }
    awsmon = {
      source  = "awsmon/awsmon"
      version = "${local.env.awsmon_provider_version}"
    }
  }
}
VERSIONS
}

# Tags of everything any unit makes, written once.
inputs = {
  tags = merge(local.env.tags, { account = local.account.account_name })
}
