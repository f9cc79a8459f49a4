//! Sign-up: an organisation and its first API key, created together.

use sqlx::PgPool;

use super::ProblemCode;
use super::keys::{self, CreatedKey};
use super::{Error, OnConstraint, Result, validate};
use crate::ids::OrgId;
use crate::model::Organization;
use crate::store;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct SignedUp {
    pub organization: Organization,
    pub api_key: CreatedKey,
}

pub async fn sign_up(pool: &PgPool, name: &str, slug: &str) -> Result<SignedUp> {
    let name = validate::line("name", name, 200)?;
    let slug = validate::slug("slug", slug)?;
    let mut tx = store::begin(pool).await?;
    let organization = store::orgs::insert(&mut *tx, OrgId::generate(), &slug, &name)
        .await
        .on_constraint("organizations_slug_key", || Error::Conflict {
            code: ProblemCode::SlugTaken,
            message: format!("the organisation slug `{slug}` is taken"),
        })?;
    let api_key = keys::create_in(&mut tx, organization.id, "default", None).await?;
    tx.commit().await?;
    Ok(SignedUp { organization, api_key })
}

pub async fn get(pool: &PgPool, org: OrgId) -> Result<Organization> {
    store::orgs::get(&mut *store::acquire(pool).await?, org)
        .await?
        .ok_or(Error::NotFound("organisation"))
}
