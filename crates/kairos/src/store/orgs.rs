//! Organisations: the tenants.

use sqlx::PgExecutor;

use crate::ids::OrgId;
use crate::model::Organization;

#[tracing::instrument(skip_all)]
pub async fn insert(db: impl PgExecutor<'_>, id: OrgId, slug: &str, name: &str) -> sqlx::Result<Organization> {
    let row = sqlx::query!(
        "INSERT INTO organizations (id, slug, name) VALUES ($1, $2, $3) RETURNING created_at",
        id as OrgId,
        slug,
        name
    )
    .fetch_one(db)
    .await?;
    Ok(Organization {
        id,
        slug: super::stored_slug(slug)?,
        name: name.to_owned(),
        created_at: row.created_at,
    })
}

#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId) -> sqlx::Result<Option<Organization>> {
    let row = sqlx::query!(
        "SELECT slug, name, created_at FROM organizations WHERE id = $1",
        org as OrgId
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(Organization {
            id: org,
            slug: super::stored_slug(&r.slug)?,
            name: r.name,
            created_at: r.created_at,
        })
    })
    .transpose()
}

/// Whether any organisation exists (the demo seed runs only on an empty database).
#[tracing::instrument(skip_all)]
pub async fn any(db: impl PgExecutor<'_>) -> sqlx::Result<bool> {
    let found = sqlx::query_scalar!(r#"SELECT EXISTS (SELECT 1 FROM organizations) AS "found!""#)
        .fetch_one(db)
        .await?;
    Ok(found)
}

/// The organisation an export names by slug (the operator's handle for it).
#[tracing::instrument(skip_all)]
pub async fn find_by_slug(db: impl PgExecutor<'_>, slug: &str) -> sqlx::Result<Option<OrgId>> {
    sqlx::query_scalar!(r#"SELECT id AS "id: OrgId" FROM organizations WHERE slug = $1"#, slug)
        .fetch_optional(db)
        .await
}
