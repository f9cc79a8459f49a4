# --- Redis ------------------------------------------------------------------------------
resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "Kairos Redis"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = var.redis_node_type
  port                 = 6379

  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = [aws_security_group.redis.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.data.arn
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token

  snapshot_retention_limit   = 7
  snapshot_window            = "00:00-01:00"
  auto_minor_version_upgrade = true
  apply_immediately          = false
  tags                       = var.tags
}
