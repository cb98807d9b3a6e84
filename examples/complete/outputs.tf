output "bus_arn" {
  description = "ARN of the master bus."
  value       = module.master.bus_arn
}

output "agent_ids" {
  description = "Registry ids of the agents."
  value       = [module.agent_payments.agent_id, module.agent_orders.agent_id]
}
