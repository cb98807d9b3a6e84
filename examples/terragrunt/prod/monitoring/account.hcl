# The monitoring account.
locals {
  account_name = "monitoring"
  account_id   = "111111111111"
}
