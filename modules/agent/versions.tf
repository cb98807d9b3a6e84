terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.39"
    }
    awsmon = {
      source = "awsmon/awsmon"
      # The runtime is embedded in the provider: a new minor version deploys new code to every
      # account, so it is taken only when this constraint is raised in a reviewed change.
      version = ">= 0.1.0, < 0.2.0"
    }
  }
}
