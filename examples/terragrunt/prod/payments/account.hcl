# The payments account.
locals {
  account_name = "payments"
  account_id   = "222222222222"
}
