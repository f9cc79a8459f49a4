//! Completing the generated OpenAPI document: every operation may answer with the same family
//! of problem+json errors (a malformed body, a missing key, overload…). Declaring them once
//! here, from what each operation takes, keeps the handlers' annotations about their own
//! outcomes and keeps the document honest about every status the API can send.

use utoipa::openapi::path::Operation;
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, ResponseBuilder};

const PROBLEM_JSON: &str = "application/problem+json";

/// Adds the shared error responses to every operation and gives every 4xx/5xx response the
/// problem+json content type.
pub fn add_problem_responses(openapi: &mut OpenApi) {
    for (path, item) in &mut openapi.paths.paths {
        let has_path_params = path.contains('{');
        for operation in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            complete(operation, has_path_params);
        }
    }
}

fn complete(operation: &mut Operation, has_path_params: bool) {
    let has_body = operation.request_body.is_some();
    let has_params = operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
    let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let shared = [
        ("400", "The body is not valid JSON", has_body),
        ("401", "No valid API key", secured),
        ("404", "No such resource in the caller's organisation", has_path_params),
        ("413", "The body is larger than the configured limit", has_body),
        ("415", "The body is not declared as JSON", has_body),
        (
            "422",
            "A field or parameter is not acceptable; `field` names it",
            has_body || has_params,
        ),
        ("500", "An internal error (logged; no details are given)", true),
        ("503", "Overloaded: retry after `Retry-After` seconds", true),
    ];
    let responses = &mut operation.responses.responses;
    for (status, description, applies) in shared {
        if applies {
            responses
                .entry(status.to_owned())
                .or_insert_with(|| RefOr::T(ResponseBuilder::new().description(description).build()));
        }
    }
    for (status, response) in responses.iter_mut() {
        if let RefOr::T(response) = response
            && (status.starts_with('4') || status.starts_with('5'))
        {
            response.content.clear();
            response.content.insert(
                PROBLEM_JSON.to_owned(),
                RefOr::T(Content::new(Some(Ref::from_schema_name("Problem")))),
            );
        }
    }
}
