provider "awsmon" {
  region = "eu-west-1"

  # Deploy into a monitored account from a central CI role.
  assume_role {
    role_arn = "arn:aws:iam::222222222222:role/awsmon-deployer"
  }

  default_tags = {
    team = "platform"
  }
}
