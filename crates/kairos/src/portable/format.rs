//! The export format: `{"format": "kairos-export", "version": 1, …}` with the organisation and
//! its rows table by table, each row an object keyed by column name. Tables are listed in an
//! order that satisfies foreign keys on import.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "kairos-export";
pub const VERSION: u32 = 1;
/// The export's file name inside the export directory.
pub const DATA_FILE: &str = "kairos-export.json";
/// The organisation's bookings as a calendar file.
pub const CALENDAR_FILE: &str = "bookings.ics";

/// One organisation's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub kairos_version: String,
    /// The newest migration of the exporting database.
    pub schema_version: i64,
    /// The `organizations` row.
    pub organization: serde_json::Value,
    /// Rows per table (see [`TABLES`]).
    pub tables: BTreeMap<String, Vec<serde_json::Value>>,
}

/// A table of organisation data: how to select the organisation's rows (`$1` is its id), in
/// what order, and which columns stay behind.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    pub filter: &'static str,
    pub order: &'static str,
    pub omit: &'static [&'static str],
}

const BY_ORG: &str = "t.org_id = $1";

/// The organisation's tables, parents before children.
pub const TABLES: &[Table] = &[
    Table {
        name: "hosts",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "availability_schedules",
        filter: BY_ORG,
        order: "t.host_id",
        omit: &[],
    },
    Table {
        name: "availability_overrides",
        filter: "t.host_id IN (SELECT host_id FROM availability_schedules WHERE org_id = $1)",
        order: "t.host_id, t.date",
        omit: &[],
    },
    Table {
        name: "event_types",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "event_type_hosts",
        filter: BY_ORG,
        order: "t.event_type_id, t.position",
        omit: &[],
    },
    Table {
        name: "bookings",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "attendees",
        filter: "t.booking_id IN (SELECT id FROM bookings WHERE org_id = $1)",
        order: "t.booking_id, t.position",
        omit: &[],
    },
    Table {
        name: "booking_hosts",
        filter: BY_ORG,
        order: "t.booking_id, t.host_id",
        omit: &[],
    },
    Table {
        name: "busy_blocks",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "planner_settings",
        filter: BY_ORG,
        order: "t.host_id",
        omit: &[],
    },
    Table {
        name: "planner_tasks",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "planner_habits",
        filter: BY_ORG,
        order: "t.id",
        omit: &[],
    },
    Table {
        name: "planned_blocks",
        filter: BY_ORG,
        order: "t.host_id, t.during",
        omit: &[],
    },
    Table {
        name: "planner_results",
        filter: BY_ORG,
        order: "t.host_id",
        omit: &[],
    },
    // A feed's address leaves sealed only (it opens where the same KAIROS_SECRETS_KEY is set);
    // the sync state stays behind, so the importing Kairos reads each feed afresh.
    Table {
        name: "calendar_sources",
        filter: BY_ORG,
        order: "t.id",
        omit: &[
            "url",
            "sync_token",
            "etag",
            "last_modified",
            "last_attempt_at",
            "last_success_at",
            "last_error",
            "events",
            "busy_intervals",
            "blocking",
        ],
    },
    // Signing secrets never leave: imported endpoints get a new one and start disabled.
    Table {
        name: "webhooks",
        filter: BY_ORG,
        order: "t.id",
        omit: &["secret"],
    },
];
