//! Every bound the OpenAPI document states for an input is the bound the server enforces: a
//! value at the bound passes, one past it is refused naming the field. Walked from the document
//! itself, so a bound changed on one side only fails here. `make contract` then tests the
//! running server against the same document.

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use twinning_api::error::ApiError;
use twinning_api::json::parse_json;
use twinning_domain::Validate;

/// The fields at fault in an input, or `Ok` when it passes.
type Check = fn(&str) -> Result<(), Vec<String>>;

fn fields_of(e: ApiError) -> Vec<String> {
    match e {
        ApiError::Validation(errors) => errors.into_iter().map(|f| f.field).collect(),
        other => vec![format!("<{other}>")],
    }
}

fn body<T: DeserializeOwned + Validate>(json: &str) -> Result<(), Vec<String>> {
    let value = parse_json::<T>(json.as_bytes()).map_err(fields_of)?;
    value
        .validate()
        .map_err(|e| e.into_vec().into_iter().map(|f| f.field).collect())
}

fn query<T: DeserializeOwned, R, E: Into<ApiError>>(
    parse: fn(&T) -> Result<R, E>,
) -> impl Fn(&str) -> Result<(), Vec<String>> {
    move |qs: &str| {
        let q: T = serde_urlencoded::from_str(qs).map_err(|e| vec![format!("<{e}>")])?;
        parse(&q).map(|_| ()).map_err(|e| fields_of(e.into()))
    }
}

/// A valid body for each request schema; the bounds of its properties are tried one at a time.
/// A field that excludes another (`invitation_code` beside `organisation`) is tried without it.
fn bodies() -> Vec<(&'static str, Value, Check)> {
    use twinning_domain::{
        account, account_data, admin_people, api_key, auth, membership, notify, organisation,
        practice, review, translation,
    };
    let org = json!({
        "name": "Municipality of Irbid", "kind": "municipality", "governance_level": "local",
        "country": "JO", "city": "Irbid", "settlement_context": "urban", "languages": ["ar"],
    });
    vec![
        (
            "RegisterRequest",
            json!({"name": "Amal", "email": "amal@example.org",
                   "password": "correct horse battery", "organisation": org}),
            body::<auth::RegisterRequest>,
        ),
        (
            "LoginRequest",
            json!({"email": "amal@example.org", "password": "correct horse battery"}),
            body::<auth::LoginRequest>,
        ),
        (
            "OrganisationPatch",
            json!({}),
            body::<organisation::OrganisationPatch>,
        ),
        (
            "NewInvitation",
            json!({"email": "amal@example.org"}),
            body::<organisation::NewInvitation>,
        ),
        (
            "MemberPatch",
            json!({"role": "member"}),
            body::<membership::MemberPatch>,
        ),
        (
            "AdminTransfer",
            json!({"person_id": 12}),
            body::<membership::AdminTransfer>,
        ),
        (
            "InvitationLookup",
            json!({"code": "abcdefghijklmnopqrstuvwxyz012345"}),
            body::<membership::InvitationLookup>,
        ),
        (
            "NetworkAdminChange",
            json!({"grant": true}),
            body::<admin_people::NetworkAdminChange>,
        ),
        (
            "NewPractice",
            json!({"title": "Language cafés", "summary": "Volunteers and newcomers talk."}),
            body::<practice::NewPractice>,
        ),
        ("PracticePatch", json!({}), body::<practice::PracticePatch>),
        (
            "PracticeTranslationInput",
            json!({"title": "مقاهي اللغة"}),
            body::<translation::PracticeTranslationInput>,
        ),
        (
            "OrganisationTranslationInput",
            json!({"description": "بلدية إربد"}),
            body::<translation::OrganisationTranslationInput>,
        ),
        (
            "RejectPractice",
            json!({"reason": "Name the city, please."}),
            body::<practice::RejectPractice>,
        ),
        (
            "NewApiKey",
            json!({"name": "CRM sync", "scopes": ["read:private"]}),
            body::<api_key::NewApiKey>,
        ),
        ("MarkRead", json!({"ids": [1]}), body::<notify::MarkRead>),
        (
            "PreferencesUpdate",
            json!({"notifications": {}}),
            body::<notify::PreferencesUpdate>,
        ),
        ("MeUpdate", json!({}), body::<account::MeUpdate>),
        (
            "PasswordChange",
            json!({"current": "correct horse battery", "new": "another horse battery"}),
            body::<account::PasswordChange>,
        ),
        (
            "VerifyEmailRequest",
            json!({"token": "abcdefghijklmnopqrstuvwxyz012345"}),
            body::<account::VerifyEmailRequest>,
        ),
        (
            "PasswordResetRequest",
            json!({"email": "amal@example.org"}),
            body::<account::PasswordResetRequest>,
        ),
        (
            "PasswordResetConfirm",
            json!({"token": "abcdefghijklmnopqrstuvwxyz012345", "password": "correct horse battery"}),
            body::<account::PasswordResetConfirm>,
        ),
        (
            "DeleteAccountRequest",
            json!({"password": "correct horse battery"}),
            body::<account_data::DeleteAccountRequest>,
        ),
        (
            "ReasonRequest",
            json!({"reason": "Not an organisation serving refugees."}),
            body::<review::ReasonRequest>,
        ),
        (
            "MergeRequest",
            json!({"into": "greater-amman-municipality"}),
            body::<review::MergeRequest>,
        ),
    ]
}

/// Fields whose valid values are a closed set the document cannot list (IANA time zone names).
const CLOSED_SETS: &[&str] = &["time_zone"];

/// Fields that may not be given together: `(tried, left out while it is tried)`.
const EXCLUSIVE: &[(&str, &str)] = &[("invitation_code", "organisation")];

type QueryCheck = Box<dyn Fn(&str) -> Result<(), Vec<String>>>;

/// How each operation with query parameters checks them.
fn queries() -> Vec<(&'static str, QueryCheck)> {
    use twinning_domain::{
        activity, admin_people, api_key, notify, ops, organisation, outbox, review, search,
    };
    vec![
        (
            "/api/v1/practices",
            Box::new(query(search::PracticeQuery::parse)),
        ),
        (
            "/api/v1/organisations",
            Box::new(query(organisation::OrganisationQuery::parse)),
        ),
        (
            "/api/v1/practices/{slug}",
            Box::new(query(search::LangQuery::parse)),
        ),
        (
            "/api/v1/organisations/{slug}",
            Box::new(query(search::LangQuery::parse)),
        ),
        (
            "/api/v1/activity",
            Box::new(query(activity::ActivityQuery::parse)),
        ),
        (
            "/api/v1/organisations/{slug}/activity",
            Box::new(query(activity::ActivityQuery::parse)),
        ),
        (
            "/api/v1/notifications",
            Box::new(query(notify::NotificationQuery::parse)),
        ),
        (
            "/api/v1/organisations/{slug}/api-keys",
            Box::new(query(api_key::ApiKeyQuery::parse)),
        ),
        (
            "/api/v1/admin/api-keys",
            Box::new(query(api_key::ApiKeyQuery::parse)),
        ),
        ("/api/v1/admin/jobs", Box::new(query(ops::JobQuery::parse))),
        (
            "/api/v1/admin/mail",
            Box::new(query(outbox::MailQuery::parse)),
        ),
        (
            "/api/v1/admin/organisations",
            Box::new(query(review::AdminOrganisationQuery::parse)),
        ),
        (
            "/api/v1/admin/people",
            Box::new(query(admin_people::PeopleQuery::parse)),
        ),
    ]
}

fn document() -> Value {
    serde_json::to_value(twinning_api::startup::openapi()).unwrap()
}

/// Follows a `$ref`, and picks the non-null branch of `oneOf: [X, null]`.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return resolve(doc, &doc["components"]["schemas"][name]);
    }
    if let Some(branches) = schema["oneOf"].as_array() {
        if let Some(b) = branches.iter().find(|b| b["type"] != "null") {
            return resolve(doc, b);
        }
    }
    schema
}

/// A string of `len` characters that meets the schema's format and pattern.
fn string_of(schema: &Value, len: usize) -> String {
    let pattern = schema["pattern"].as_str().unwrap_or_default();
    if pattern.starts_with("^[1-9][0-9]") {
        return "1".repeat(len);
    }
    if schema["format"] == "email" {
        return email_of(len);
    }
    let (prefix, suffix) = if pattern.contains("https?://") {
        ("https://", "")
    } else {
        ("", "")
    };
    let fill = len.saturating_sub(prefix.len() + suffix.len());
    format!("{prefix}{}{suffix}", "x".repeat(fill))
}

/// A valid address of `len` characters (at least 8): a local part of at most 64 characters and
/// a domain of labels of at most 63.
fn email_of(len: usize) -> String {
    let local = (len - 7).min(64);
    let rest = len - local - 1;
    // No label can fill a single character: the top-level domain takes it.
    let mut domain = String::from(if rest - 3 == 1 { "info" } else { "org" });
    let mut left = rest - domain.len();
    while left > 0 {
        let label = (left - 1).clamp(1, 63);
        let label = if left - (label + 1) == 1 {
            label - 1
        } else {
            label
        };
        domain = format!("{}.{domain}", "x".repeat(label));
        left -= label + 1;
    }
    let email = format!("{}@{domain}", "a".repeat(local));
    assert_eq!(email.len(), len, "{email}");
    email
}

/// `count` distinct valid items for an array schema, if it has that many.
fn items(doc: &Value, array: &Value, count: usize) -> Option<Vec<Value>> {
    let item = resolve(doc, &array["items"]);
    if let Some(values) = item["enum"].as_array() {
        return (values.len() >= count).then(|| values[..count].to_vec());
    }
    Some(
        (0..count)
            .map(|i| match item["type"].as_str() {
                Some("integer") => json!(i + 1),
                Some("object") => json!({"value": i, "label": format!("figure {i}")}),
                _ => json!(format!("item{i}")),
            })
            .collect(),
    )
}

fn at_fault(result: &Result<(), Vec<String>>, field: &str) -> bool {
    match result {
        Ok(()) => false,
        Err(fields) => fields
            .iter()
            .any(|f| f == field || f.starts_with(&format!("{field}[")) || f.starts_with('<')),
    }
}

/// Values at and past each bound of one property: `(value, must be refused)`.
fn probes(doc: &Value, schema: &Value) -> Vec<(Value, bool, String)> {
    let mut out = Vec::new();
    let num = |v: &Value| v.as_f64();
    if let Some(max) = schema["maxLength"].as_u64() {
        let max = max as usize;
        out.push((
            json!(string_of(schema, max)),
            false,
            format!("{max} characters"),
        ));
        out.push((
            json!(string_of(schema, max + 1)),
            true,
            format!("{} characters", max + 1),
        ));
    }
    if let Some(min) = schema["minLength"].as_u64().filter(|m| *m > 0) {
        let min = min as usize;
        out.push((
            json!(string_of(schema, min)),
            false,
            format!("{min} characters"),
        ));
        out.push((
            json!("x".repeat(min - 1)),
            true,
            format!("{} characters", min - 1),
        ));
    }
    if let Some(max) = schema["maxItems"].as_u64() {
        let max = max as usize;
        if let Some(v) = items(doc, schema, max) {
            out.push((json!(v), false, format!("{max} items")));
        }
        if let Some(v) = items(doc, schema, max + 1) {
            out.push((json!(v), true, format!("{} items", max + 1)));
        }
    }
    if let Some(min) = schema["minItems"].as_u64().filter(|m| *m > 0) {
        let min = min as usize;
        out.push((
            json!(items(doc, schema, min).unwrap()),
            false,
            format!("{min} items"),
        ));
        out.push((
            json!(items(doc, schema, min - 1).unwrap()),
            true,
            format!("{} items", min - 1),
        ));
    }
    if let Some(max) = num(&schema["maximum"]) {
        out.push((json!(max), false, format!("{max}")));
        out.push((json!(max + 1.0), true, format!("{}", max + 1.0)));
    }
    if let Some(min) = num(&schema["minimum"]) {
        out.push((json!(min), false, format!("{min}")));
        out.push((json!(min - 1.0), true, format!("{}", min - 1.0)));
    }
    // Integers are sent as integers: 90.0 would not parse into an integer field.
    if schema["type"] == "integer"
        || schema["type"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("integer")))
    {
        for (v, _, _) in &mut out {
            if let Some(f) = v.as_f64() {
                *v = json!(f as i64);
            }
        }
    }
    out
}

/// Walks the properties of `schema` (an object) within `base`, trying each bound; nested
/// objects present in the baseline are walked too, with their path as prefix.
fn walk(
    doc: &Value,
    schema: &Value,
    base: &Value,
    path: &[String],
    check: &dyn Fn(&Value) -> Result<(), Vec<String>>,
    tried: &mut usize,
    failures: &mut Vec<String>,
) {
    let Some(props) = resolve(doc, schema)["properties"].as_object() else {
        return;
    };
    for (name, prop) in props {
        let mut here = path.to_vec();
        here.push(name.clone());
        let field = here.join(".");
        let prop_schema = resolve(doc, prop);
        if prop_schema["type"] == "object" && pointer(base, &here).is_some_and(Value::is_object) {
            walk(doc, prop_schema, base, &here, check, tried, failures);
            continue;
        }
        // A bound may sit beside the `oneOf` of a nullable value, or inside it.
        let mut bounds = prop.clone();
        if let (Some(into), Some(from)) = (bounds.as_object_mut(), prop_schema.as_object()) {
            for (k, v) in from {
                into.entry(k.clone()).or_insert(v.clone());
            }
        }
        for (value, refused, what) in probes(doc, &bounds) {
            // No string of the longest length is a valid name here: only the refusal past the
            // bound can be probed.
            if !refused && CLOSED_SETS.contains(&name.as_str()) {
                continue;
            }
            let mut input = base.clone();
            for (field, excluded) in EXCLUSIVE {
                if field == name {
                    input.as_object_mut().unwrap().remove(*excluded);
                }
            }
            set(&mut input, &here, value);
            *tried += 1;
            let result = check(&input);
            if at_fault(&result, &field) != refused {
                failures.push(format!(
                    "{field} with {what}: the document says {}, validation says {result:?}",
                    if refused { "refused" } else { "accepted" }
                ));
            }
        }
    }
}

fn pointer<'a>(v: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, k| v.get(k))
}

fn set(v: &mut Value, path: &[String], value: Value) {
    let mut cur = v;
    for k in &path[..path.len() - 1] {
        cur = cur
            .as_object_mut()
            .unwrap()
            .entry(k.clone())
            .or_insert(json!({}));
    }
    cur.as_object_mut()
        .unwrap()
        .insert(path[path.len() - 1].clone(), value);
}

#[test]
fn every_body_bound_in_the_document_is_the_one_validation_enforces() {
    let doc = document();
    let table = bodies();
    let mut tried = 0;
    let mut failures = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(r) =
                op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str()
            else {
                continue;
            };
            let name = r.trim_start_matches("#/components/schemas/");
            let Some((_, base, check)) = table.iter().find(|(n, _, _)| *n == name) else {
                failures.push(format!(
                    "{method} {path} reads {name}: add a valid {name} to `bodies()` so that its bounds are checked"
                ));
                continue;
            };
            assert_eq!(
                check(&base.to_string()),
                Ok(()),
                "the baseline {name} must be valid"
            );
            let check = |v: &Value| check(&v.to_string());
            walk(
                &doc,
                &json!({"$ref": r}),
                base,
                &[],
                &check,
                &mut tried,
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(tried > 80, "only {tried} bounds tried");
}

#[test]
fn every_query_bound_and_list_of_codes_in_the_document_is_the_one_parsing_enforces() {
    let doc = document();
    let table = queries();
    let mut tried = 0;
    let mut failures = Vec::new();
    let encode = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map_or(i.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    };
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(op) = item.get("get") else { continue };
        let params: Vec<&Value> = op["parameters"]
            .as_array()
            .map(|p| p.iter().filter(|p| p["in"] == "query").collect())
            .unwrap_or_default();
        if params.is_empty() {
            continue;
        }
        let Some((_, check)) = table.iter().find(|(p, _)| p == path) else {
            failures.push(format!(
                "GET {path} reads query parameters: add it to `queries()`"
            ));
            continue;
        };
        for p in params {
            let name = p["name"].as_str().unwrap();
            let schema = resolve(&doc, &p["schema"]);
            let mut cases = probes(&doc, schema);
            // A list of codes: each listed code passes alone, an unlisted one is refused.
            let listed = resolve(&doc, &schema["items"])["enum"]
                .as_array()
                .or(schema["enum"].as_array())
                .cloned()
                .unwrap_or_default();
            for code in &listed {
                cases.push((code.clone(), false, format!("`{}`", encode(code))));
            }
            if !listed.is_empty() {
                cases.push((json!("not-a-code"), true, "an unlisted code".into()));
            }
            for (value, refused, what) in cases {
                let qs = serde_urlencoded::to_string([(name, encode(&value))]).unwrap();
                tried += 1;
                let result = check(&qs);
                let fault = match &result {
                    Ok(()) => false,
                    Err(fields) => fields.iter().any(|f| f == name || f.starts_with('<')),
                };
                if fault != refused {
                    failures.push(format!(
                        "GET {path}?{name} with {what}: the document says {}, parsing says {result:?}",
                        if refused { "refused" } else { "accepted" }
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(tried > 100, "only {tried} bounds tried");
}

/// Lists of codes are documented `uniqueItems`: a repeat is refused naming it.
#[test]
fn a_repeated_code_is_refused_where_the_document_says_unique() {
    let doc = document();
    let mut failures = Vec::new();
    let mut tried = 0;
    for (name, base, check) in bodies() {
        let schema = &doc["components"]["schemas"][name];
        let mut stack: Vec<(Value, Vec<String>)> = vec![(schema.clone(), vec![])];
        while let Some((schema, path)) = stack.pop() {
            let Some(props) = resolve(&doc, &schema)["properties"].as_object().cloned() else {
                continue;
            };
            for (prop, s) in props {
                let mut here = path.clone();
                here.push(prop.clone());
                let resolved = resolve(&doc, &s).clone();
                if resolved["type"] == "object"
                    && pointer(&base, &here).is_some_and(Value::is_object)
                {
                    stack.push((resolved, here));
                    continue;
                }
                let unique = s["uniqueItems"] == true || resolved["uniqueItems"] == true;
                let Some(item) = items(&doc, &resolved, 1).filter(|_| unique) else {
                    continue;
                };
                let mut input = base.clone();
                set(&mut input, &here, json!([item[0], item[0]]));
                tried += 1;
                let field = here.join(".");
                if !at_fault(&check(&input.to_string()), &field) {
                    failures.push(format!("{name}.{field}: a repeated code passes"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(tried >= 10, "only {tried} lists tried");
}

/// Whatever reads a body may answer 400, 413, 415 and 422; every operation may answer 429.
#[test]
fn every_operation_documents_the_answers_the_edge_gives() {
    let doc = document();
    let mut missing = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses: &Map<String, Value> = op["responses"].as_object().unwrap();
            let mut expected = vec![];
            if path != "/api/v1/health" {
                expected.push("429");
            }
            if op.get("requestBody").is_some() {
                expected.extend(["400", "413", "415", "422"]);
            }
            for status in expected {
                if !responses.contains_key(status) {
                    missing.push(format!("{method} {path}: {status}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "undocumented answers:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_reference_in_the_document_resolves() {
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r);
                }
                m.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let doc = document();
    let mut all = Vec::new();
    refs(&doc, &mut all);
    let dangling: Vec<&&str> = all
        .iter()
        .filter(|r| {
            let pointer = r.trim_start_matches('#');
            doc.pointer(pointer).is_none()
        })
        .collect();
    assert!(dangling.is_empty(), "{dangling:?}");
}
