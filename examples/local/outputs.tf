output "bus_arn" {
  description = "ARN of the master bus."
  value       = module.master.bus_arn
}

output "ingest_queue_url" {
  description = "URL of the master's ingest queue."
  value       = module.master.ingest_queue_url
}

output "dead_letter_queue_url" {
  description = "URL of the master's dead-letter queue: what the master refused, with its reason."
  value       = module.master.dead_letter_queue_url
}

output "agent_ids" {
  description = "Registry ids of the two agents."
  value       = [module.agent_a.agent_id, module.agent_b.agent_id]
}

output "table_name" {
  description = "The master's DynamoDB table."
  value       = module.master.table_name
}

output "api_url" {
  description = "The master's REST API (locally reached through the executor's HTTP front instead)."
  value       = module.master.api_url
}

output "function_arns" {
  description = "The master's functions."
  value       = module.master.function_arns
}
