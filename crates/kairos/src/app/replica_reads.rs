//! Slot lists from a streaming replica when it has caught up. The versions an answer depends
//! on (the event type's row and its hosts' calendars) are read on the primary; the replica
//! computes the answer only when its own versions of them are the same — it only moves
//! forward, so what it reads next is at least that new, and a read that starts after a commit
//! still never sees slots from before it. A replica that is behind, down or slow is passed
//! over for the primary; `kairos_replica_slot_reads_total{outcome}` counts which it was.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::Result;
use super::slots::{self, Computed, SlotRange};
use crate::store::{self, calendars::SlotVersions};

/// The free slots of `/{org_slug}/{slug}`, computed on `replica` when it holds the `versions`
/// read on the primary (read here when not given), else on `primary`.
pub async fn compute(
    primary: &PgPool,
    replica: Option<&PgPool>,
    versions: Option<&SlotVersions>,
    (org_slug, slug): (&str, &str),
    request: SlotRange,
    now: DateTime<Utc>,
) -> Result<Computed> {
    let Some(replica) = replica else {
        return slots::compute(primary, org_slug, slug, request, now).await;
    };
    let versions = match versions {
        Some(versions) => versions.clone(),
        None => slots::versions(primary, org_slug, slug).await?,
    };
    match store::calendars::slot_versions(replica, org_slug, slug).await {
        Ok(Some(on_replica)) if on_replica == versions => {
            match slots::compute(replica, org_slug, slug, request, now).await {
                Ok(computed) => {
                    count("served");
                    return Ok(computed);
                }
                Err(err) => {
                    tracing::warn!(error = %err, "the replica failed a slot read; reading from the primary");
                    count("unavailable");
                }
            }
        }
        Ok(_) => count("behind"),
        Err(err) => {
            tracing::warn!(error = %err, "the replica did not answer; reading slots from the primary");
            count("unavailable");
        }
    }
    slots::compute(primary, org_slug, slug, request, now).await
}

fn count(outcome: &'static str) {
    metrics::counter!("kairos_replica_slot_reads_total", "outcome" => outcome).increment(1);
}
