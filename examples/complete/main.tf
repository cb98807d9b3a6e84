# awsmon across real accounts: the master in a central monitoring account, agents in two
# workload accounts (add one module block per account and region). Terraform runs from one
# deployment account and assumes a role in each account; review `terraform plan` in a pull
# request: every permission awsmon gets is in it.

terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.39"
    }
    awsmon = {
      source = "awsmon/awsmon"
    }
  }
}

provider "aws" {
  alias  = "monitoring"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.monitoring_account_id}:role/${var.deploy_role_name}"
  }
}

provider "awsmon" {
  alias  = "monitoring"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.monitoring_account_id}:role/${var.deploy_role_name}"
  }
}

provider "aws" {
  alias  = "payments"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.payments_account_id}:role/${var.deploy_role_name}"
  }
}

provider "awsmon" {
  alias  = "payments"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.payments_account_id}:role/${var.deploy_role_name}"
  }
}

provider "aws" {
  alias  = "orders"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.orders_account_id}:role/${var.deploy_role_name}"
  }
}

provider "awsmon" {
  alias  = "orders"
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.orders_account_id}:role/${var.deploy_role_name}"
  }
}

module "master" {
  source = "../../modules/master"
  providers = {
    aws    = aws.monitoring
    awsmon = awsmon.monitoring
  }

  organization_id               = var.organization_id
  slack_webhook_parameter_names = var.slack_webhook_parameter_names
  tags                          = var.tags
}

module "agent_payments" {
  source = "../../modules/agent"
  providers = {
    aws    = aws.payments
    awsmon = awsmon.payments
  }

  master_bus_arn     = module.master.bus_arn
  log_group_prefixes = ["/aws/lambda/payments-", "/ecs/payments"]
  discovery_tag      = "awsmon=watch"
  tags               = var.tags
}

module "agent_orders" {
  source = "../../modules/agent"
  providers = {
    aws    = aws.orders
    awsmon = awsmon.orders
  }

  master_bus_arn     = module.master.bus_arn
  log_group_prefixes = ["/aws/lambda/orders-"]
  tags               = var.tags
}
