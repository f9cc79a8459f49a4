variable "name" {
  description = "Prefix of every resource's name, e.g. kairos-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC the database, proxy and Redis live in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets in at least two availability zones."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups of the Kairos pods or nodes, allowed to reach the proxy, the database and Redis."
  type        = list(string)
}

variable "postgres_engine_version" {
  description = "PostgreSQL major.minor version."
  type        = string
  default     = "15.8"
}

variable "instance_class" {
  description = "RDS instance class. Its vCPUs size the pools: docs/operations.md, Sizing the pool."
  type        = string
  default     = "db.m6g.large"
}

variable "allocated_storage_gb" {
  description = "Initial storage; grows automatically up to max_allocated_storage_gb."
  type        = number
  default     = 100
}

variable "max_allocated_storage_gb" {
  description = "Upper bound of storage autoscaling."
  type        = number
  default     = 1000
}

variable "max_connections" {
  description = "PostgreSQL max_connections: the proxy's share plus direct workers, backups, migrations and operators."
  type        = number
  default     = 200
}

variable "proxy_max_connections_percent" {
  description = "Share of max_connections RDS Proxy may open for the API."
  type        = number
  default     = 60
}

variable "backup_retention_days" {
  description = "Automated backups and point-in-time recovery window, in days."
  type        = number
  default     = 14
}

variable "database_name" {
  description = "Database Kairos uses."
  type        = string
  default     = "kairos"
}

variable "master_username" {
  description = "Administrator of the instance; RDS keeps and rotates its password in Secrets Manager."
  type        = string
  default     = "kairos"
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "redis_auth_token" {
  description = "AUTH token of Redis (16-128 characters); pass it from a secret store, never commit it."
  type        = string
  sensitive   = true
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
