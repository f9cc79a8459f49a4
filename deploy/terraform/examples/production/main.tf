# An example root: Kairos's data tier for production in an existing VPC.
#   terraform init && terraform apply -var-file=production.tfvars
# Keep state in a remote backend with locking (an S3 bucket with a DynamoDB table, or
# Terraform Cloud); it is left to the operator so this example validates offline.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.60, < 6.0"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      service     = "kairos"
      environment = "production"
    }
  }
}

variable "region" {
  description = "AWS region."
  type        = string
  default     = "eu-west-1"
}

variable "vpc_id" {
  description = "The existing VPC."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets in at least two availability zones."
  type        = list(string)
}

variable "kairos_security_group_ids" {
  description = "Security groups of the Kubernetes nodes or pods running Kairos."
  type        = list(string)
}

variable "redis_auth_token" {
  description = "Redis AUTH token (TF_VAR_redis_auth_token, from a secret store)."
  type        = string
  sensitive   = true
}

module "kairos_data" {
  source = "../../modules/kairos-data"

  name                      = "kairos-production"
  vpc_id                    = var.vpc_id
  subnet_ids                = var.private_subnet_ids
  client_security_group_ids = var.kairos_security_group_ids
  instance_class            = "db.m6g.xlarge"
  # 4 vCPUs. 60% (120) for RDS Proxy, which serves up to 10 API replicas x 8 = 80 client
  # connections; workers 3 x 6 = 18 and backups 4 connect directly; the rest is headroom.
  max_connections       = 200
  backup_retention_days = 14
  redis_auth_token      = var.redis_auth_token
}

output "database_proxy_endpoint" {
  description = "The API's database host."
  value       = module.kairos_data.database_proxy_endpoint
}

output "database_endpoint" {
  description = "The workers', migrations' and backups' database host."
  value       = module.kairos_data.database_endpoint
}

output "database_secret_arn" {
  description = "Secret with the database credentials."
  value       = module.kairos_data.database_secret_arn
}

output "kairos_database_url_template" {
  description = "KAIROS_DATABASE_URL for the API, password to fill in."
  value       = module.kairos_data.kairos_database_url_template
}

output "redis_url" {
  description = "Redis URL (TLS)."
  value       = module.kairos_data.redis_url
}
