output "database_proxy_endpoint" {
  description = "Host of RDS Proxy: the API's KAIROS_DATABASE_URL (postgres://USER:PASSWORD@HOST:5432/DB?sslmode=require)."
  value       = aws_db_proxy.this.endpoint
}

output "database_endpoint" {
  description = "Host:port of the instance itself: workers (LISTEN), migrations and backups connect here."
  value       = aws_db_instance.this.endpoint
}

output "database_name" {
  description = "Database Kairos uses."
  value       = aws_db_instance.this.db_name
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the username and the (rotated) password."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "kairos_database_url_template" {
  description = "KAIROS_DATABASE_URL for the API, with the password to fill in from the secret."
  value       = "postgres://${var.master_username}:PASSWORD@${aws_db_proxy.this.endpoint}:5432/${var.database_name}?sslmode=require"
}

output "redis_url" {
  description = "Redis URL (TLS); the AUTH token is the one passed in."
  value       = "rediss://${aws_elasticache_replication_group.this.primary_endpoint_address}:6379"
}

output "security_group_ids" {
  description = "Security groups of the database, the proxy and Redis."
  value = {
    database = aws_security_group.database.id
    proxy    = aws_security_group.proxy.id
    redis    = aws_security_group.redis.id
  }
}
