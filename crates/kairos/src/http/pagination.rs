//! `?limit=&cursor=` on list endpoints: keyset pagination with opaque cursors.

use serde::Deserialize;
use utoipa::IntoParams;

use crate::app::Error;
use crate::app::ProblemCode;
use crate::store::PageRequest;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 100;

#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Page size, 1–100 (default 50).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl ListParams {
    pub fn limit(&self) -> Result<i64, Error> {
        match self.limit {
            None => Ok(DEFAULT_LIMIT),
            Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
            Some(_) => Err(Error::invalid(
                "limit",
                format!("`limit` must be between 1 and {MAX_LIMIT}"),
            )),
        }
    }

    /// The page request for lists ordered by a typed id.
    pub fn by_id<C: std::str::FromStr + Copy>(&self) -> Result<PageRequest<C>, Error> {
        let after = self
            .cursor
            .as_deref()
            .filter(|c| !c.is_empty())
            .map(|c| c.parse::<C>().map_err(|_| bad_cursor()))
            .transpose()?;
        Ok(PageRequest {
            after,
            limit: self.limit()?,
        })
    }
}

pub fn bad_cursor() -> Error {
    Error::Invalid {
        code: ProblemCode::InvalidCursor,
        field: Some("cursor".to_owned()),
        message: "`cursor` is not a cursor this list gave out".to_owned(),
    }
}
