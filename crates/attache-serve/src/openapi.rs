//! The OpenAPI 3.1 description served at `/api/openapi.json`. Parameters come from the
//! same lists the server checks requests against ([`crate::api`]).

use crate::api::{DOC_PARAMS, FILTER_PARAMS, PAGE_PARAMS};
use serde_json::{json, Map, Value};

fn param(name: &str) -> Value {
    let (description, schema) = match name {
        "actor" => (
            "Actor country (ISO 3166 alpha-3) or actor code; a code prefix such as CHNGOV matches longer codes.",
            json!({"type": "string", "pattern": "^[A-Za-z0-9]{1,40}$"}),
        ),
        "recipient" => (
            "Recipient country or actor code, as `actor`.",
            json!({"type": "string", "pattern": "^[A-Za-z0-9]{1,40}$"}),
        ),
        "country" => (
            "Actor or recipient country or code, as `actor`.",
            json!({"type": "string", "pattern": "^[A-Za-z0-9]{1,40}$"}),
        ),
        "type" => (
            "PLOVER event type, e.g. CONSULT, AGREE, ASSAULT.",
            json!({"type": "string", "pattern": "^[A-Za-z_]{1,40}$"}),
        ),
        "cameo" => ("CAMEO code or prefix (up to 4 digits).", json!({"type": "string", "pattern": "^[0-9]{1,4}$"})),
        "quad" => (
            "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
            json!({"type": "integer", "enum": [1, 2, 3, 4]}),
        ),
        "since" => (
            "First day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (event date; publication date for articles and themes).",
            json!({"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}),
        ),
        "until" => (
            "Last day, inclusive, as `since`.",
            json!({"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}),
        ),
        "place" => {
            ("Event place name or ISO3 country of the event location.", json!({"type": "string", "maxLength": 256}))
        }
        "outlet" => ("Outlet name (case-insensitive).", json!({"type": "string", "maxLength": 256})),
        "theme" => ("Theme id or label (kb/themes.tsv).", json!({"type": "string", "maxLength": 256})),
        "q" => (
            "Full-text query over article titles and texts, in SQLite FTS5 syntax (quote phrases).",
            json!({"type": "string", "maxLength": 256}),
        ),
        "limit" => ("Items per page.", json!({"type": "integer", "minimum": 1})),
        "offset" => ("Items to skip.", json!({"type": "integer", "minimum": 0, "maximum": 10_000_000})),
        "period" => (
            "Period of a time series.",
            json!({"type": "string", "enum": ["day", "week", "month", "all"], "default": "month"}),
        ),
        "split" => (
            "How the timeline splits events: by quad class or PLOVER type.",
            json!({"type": "string", "enum": ["quad", "type"], "default": "quad"}),
        ),
        _ => ("", json!({"type": "string"})),
    };
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

fn params(groups: &[&[&str]], extra: &[&str]) -> Value {
    Value::Array(groups.iter().flat_map(|g| g.iter()).chain(extra).map(|n| param(n)).collect())
}

fn path_param(name: &str, description: &str, pattern: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "description": description, "schema": {"type": "string", "pattern": pattern}})
}

fn op(summary: &str, parameters: Value, schema: Value) -> Value {
    json!({"get": {
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
            "304": {"description": "Not modified (the `If-None-Match` ETag matched)"},
            "400": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"},
        }
    }})
}

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn page_of(name: &str) -> Value {
    json!({"type": "object", "required": ["total", "limit", "offset", "items"], "properties": {
        "total": {"type": ["integer", "null"], "description": "Matching items in all pages, where counted"},
        "limit": {"type": "integer"}, "offset": {"type": "integer"},
        "items": {"type": "array", "items": r(name)}}})
}

fn series_of(name: &str, extra: &[(&str, Value)]) -> Value {
    let mut props = Map::new();
    props.insert("period".into(), json!({"type": "string", "enum": ["day", "week", "month", "all"]}));
    for (k, v) in extra {
        props.insert((*k).into(), v.clone());
    }
    props.insert("items".into(), json!({"type": "array", "items": r(name)}));
    let mut required: Vec<&str> = vec!["period", "items"];
    required.extend(extra.iter().map(|(k, _)| *k));
    json!({"type": "object", "required": required, "properties": props})
}

fn obj(fields: &[(&str, &str)]) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for (name, ty) in fields {
        let schema = match *ty {
            "string" => json!({"type": "string"}),
            "string?" => json!({"type": ["string", "null"]}),
            "integer" => json!({"type": "integer"}),
            "integer?" => json!({"type": ["integer", "null"]}),
            "number" => json!({"type": "number"}),
            "number?" => json!({"type": ["number", "null"]}),
            "boolean" => json!({"type": "boolean"}),
            other => r(other),
        };
        props.insert((*name).into(), schema);
        required.push(*name);
    }
    json!({"type": "object", "required": required, "properties": props})
}

/// The description of every route in [`crate::api::routes`].
pub fn spec() -> Value {
    let none: &[&[&str]] = &[];
    let filter_page: &[&[&str]] = &[FILTER_PARAMS, PAGE_PARAMS];
    let doc_page: &[&[&str]] = &[DOC_PARAMS, PAGE_PARAMS];
    let mut paths = Map::new();
    let mut add = |p: &str, v: Value| {
        paths.insert(p.into(), v);
    };
    add("/api/stats", op("Sizes and date ranges of the corpus", params(none, &[]), r("Stats")));
    add(
        "/api/events",
        op(
            "Events (clusters of reports) matching the filters, newest first",
            params(filter_page, &[]),
            page_of("Event"),
        ),
    );
    add(
        "/api/events/{id}",
        json!({"get": {
            "summary": "One event with every report of it; the id may also name one of its reports",
            "parameters": [path_param("id", "Event or report id: a document key, a colon and a number", "^[0-9a-f]{32}:[0-9]+$")],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "required": ["event", "mentions"], "properties": {"event": r("Event"), "mentions": {"type": "array", "items": r("Mention")}}}}}},
                "304": {"description": "Not modified"},
                "400": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}
            }
        }}),
    );
    add(
        "/api/mentions",
        op("Reports of events (one per article), newest first", params(filter_page, &[]), page_of("Mention")),
    );
    add(
        "/api/actors",
        op("Actors of the matching reports, most active first", params(filter_page, &[]), page_of("Actor")),
    );
    add(
        "/api/dyads",
        op(
            "Events, mentions and Goldstein sums per actor–recipient pair and period (`period=all` for a network)",
            params(filter_page, &["period"]),
            series_of("Dyad", &[]),
        ),
    );
    add(
        "/api/timeline",
        op(
            "Events per period split by quad class or PLOVER type, with mean Goldstein value",
            params(&[FILTER_PARAMS], &["period", "split"]),
            series_of("TimelinePoint", &[("split", json!({"type": "string", "enum": ["quad", "type"]}))]),
        ),
    );
    add(
        "/api/places",
        op("Places of events with coordinates, busiest first", params(filter_page, &[]), page_of("Place")),
    );
    add(
        "/api/themes",
        op("Theme mentions per period and outlet", params(doc_page, &["period"]), series_of("ThemePoint", &[])),
    );
    add(
        "/api/themes/first-use",
        op("For each theme and outlet, the first article that used it", params(doc_page, &[]), page_of("FirstUse")),
    );
    add(
        "/api/articles",
        op("Articles, newest first, or best match first with `q`", params(doc_page, &[]), page_of("ArticleSummary")),
    );
    add(
        "/api/articles/{key}",
        json!({"get": {
            "summary": "One article: its text, the spans to highlight, and the full extraction record",
            "parameters": [path_param("key", "Article key (32 hexadecimal digits)", "^[0-9a-f]{32}$")],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": r("Article")}}},
                "304": {"description": "Not modified"},
                "400": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}
            }
        }}),
    );
    add(
        "/api/search",
        op(
            "Full-text search over articles (`q` required); snippets mark matches with U+E000 and U+E001",
            params(doc_page, &[]),
            page_of("ArticleSummary"),
        ),
    );
    add(
        "/api/openapi.json",
        json!({"get": {"summary": "This description", "parameters": [], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}}}}}),
    );

    let schemas = json!({
        "Stats": {"type": "object",
            "required": ["documents", "reports", "events", "statements", "entities", "failures", "outlets", "themes", "first_published", "last_published", "first_event", "last_event", "quad_classes", "types", "top_outlets", "top_themes"],
            "properties": {
                "documents": {"type": "integer"}, "reports": {"type": "integer"}, "events": {"type": "integer"},
                "statements": {"type": "integer"}, "entities": {"type": "integer"}, "failures": {"type": "integer"},
                "outlets": {"type": "integer"}, "themes": {"type": "integer"},
                "first_published": {"type": ["string", "null"]}, "last_published": {"type": ["string", "null"]},
                "first_event": {"type": ["string", "null"]}, "last_event": {"type": ["string", "null"]},
                "quad_classes": {"type": "array", "items": {"type": "integer"}, "minItems": 4, "maxItems": 4},
                "types": {"type": "array", "items": r("Count")},
                "top_outlets": {"type": "array", "items": r("Count")},
                "top_themes": {"type": "array", "items": r("Count")}}},
        "Count": obj(&[("name", "string"), ("count", "integer")]),
        "Event": obj(&[("id", "string"), ("type", "string"), ("cameo", "string"), ("quad_class", "integer"), ("goldstein", "number"),
            ("date", "string?"), ("actors", "string"), ("recipients", "string"), ("location", "string?"), ("lat", "number?"), ("lon", "number?"),
            ("num_mentions", "integer"), ("num_articles", "integer"), ("num_sources", "integer"), ("first_report", "string?"), ("last_report", "string?")]),
        "Mention": obj(&[("id", "string"), ("event", "string"), ("document", "string"), ("published", "string?"), ("outlet", "string?"),
            ("title", "string?"), ("url", "string?"), ("type", "string"), ("cameo", "string"), ("actor", "string?"), ("recipient", "string?"),
            ("date", "string?"), ("location", "string?"), ("modality", "string"), ("trigger", "string"), ("sentence", "string"), ("rule", "string")]),
        "Actor": obj(&[("code", "string"), ("country", "string?"), ("name", "string?"), ("as_actor", "integer"), ("as_recipient", "integer"),
            ("first_seen", "string?"), ("last_seen", "string?")]),
        "Dyad": obj(&[("period", "string?"), ("actor", "string"), ("recipient", "string"), ("events", "integer"), ("mentions", "integer"),
            ("goldstein", "number"), ("cooperation", "integer"), ("conflict", "integer")]),
        "TimelinePoint": obj(&[("period", "string?"), ("key", "string"), ("events", "integer"), ("mentions", "integer"), ("goldstein_avg", "number")]),
        "Place": obj(&[("name", "string"), ("lat", "number"), ("lon", "number"), ("events", "integer"), ("mentions", "integer"),
            ("cooperation", "integer"), ("conflict", "integer"), ("goldstein_avg", "number")]),
        "ThemePoint": obj(&[("period", "string?"), ("theme", "string"), ("label", "string"), ("outlet", "string?"), ("documents", "integer"), ("mentions", "integer")]),
        "FirstUse": obj(&[("theme", "string"), ("outlet", "string?"), ("first", "string?"), ("document", "string"), ("title", "string?")]),
        "ArticleSummary": obj(&[("key", "string"), ("title", "string?"), ("outlet", "string?"), ("published", "string?"), ("url", "string?"),
            ("events", "integer"), ("snippet", "string?")]),
        "Highlight": {"type": "object", "required": ["start", "end", "kind", "label", "ref"], "properties": {
            "start": {"type": "integer", "description": "UTF-16 code units from the start of the text"},
            "end": {"type": "integer", "description": "exclusive, UTF-16 code units"},
            "kind": {"type": "string", "enum": ["person", "organization", "location", "country", "group", "trigger", "sentence", "speaker", "cue", "quote", "source", "theme"]},
            "label": {"type": "string"}, "ref": {"type": "string"}}},
        "Article": {"type": "object", "required": ["article", "highlights", "record"], "properties": {
            "article": obj(&[("key", "string"), ("title", "string?"), ("outlet", "string?"), ("published", "string?"), ("url", "string?"), ("text", "string")]),
            "highlights": {"type": "array", "items": r("Highlight")},
            "record": {"type": "object", "description": "The record of `attache extract` (docs/schema.md); its spans are UTF-8 byte offsets",
                "required": ["document", "entities", "events", "statements", "report_sources", "themes"]}}},
        "Error": {"type": "object", "required": ["error"], "properties": {"error": obj(&[("status", "integer"), ("message", "string")])}}
    });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "attache API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read-only access to an attache store: events coded in PLOVER and CAMEO, their reports, actors, dyads, themes and articles."
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {"Error": {"description": "A JSON error", "content": {"application/json": {"schema": r("Error")}}}}
        }
    })
}
