# The orders account.
locals {
  account_name = "orders"
  account_id   = "333333333333"
}
