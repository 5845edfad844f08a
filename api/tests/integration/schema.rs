//! `crates/store/src/schema.rs` is kept by hand: it must describe the migrated database of the
//! backend under test (tables, columns, SQL types, nullability), so the SQLite run checks
//! `migrations/sqlite` and the PostgreSQL run checks `migrations/postgres`.

use std::collections::{BTreeMap, BTreeSet};

use diesel::sql_types::{Bool, Text};
use diesel::{QueryableByName, RunQueryDsl};
use twinning_domain::stats::DatabaseBackend;

use crate::support::TestApp;

const SCHEMA_RS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../crates/store/src/schema.rs");

/// How each diesel SQL type shows in the migrated databases: SQLite's declared column type
/// (compared upper-cased) and PostgreSQL's `information_schema.columns.data_type`. A column
/// whose diesel type is not listed here fails the check: add its row.
const TYPE_MAP: &[(&str, &[&str], &[&str])] = &[
    // An `INTEGER PRIMARY KEY` is SQLite's 64-bit rowid; any SQLite INTEGER is 64 bits.
    ("BigInt", &["BIGINT", "INTEGER"], &["bigint"]),
    ("Integer", &["INTEGER"], &["integer"]),
    ("Text", &["TEXT"], &["text", "character varying"]),
    ("Bool", &["BOOLEAN"], &["boolean"]),
    ("Double", &["DOUBLE", "REAL"], &["double precision"]),
    (
        "Timestamp",
        &["TIMESTAMP"],
        &["timestamp without time zone"],
    ),
    // SQLite has no time-zone-aware type that diesel maps to `Timestamptz`.
    ("Timestamptz", &[], &["timestamp with time zone"]),
    ("Binary", &["BLOB"], &["bytea"]),
];

/// A column as schema.rs declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    /// The name in the database (`#[sql_name = "…"]` when given).
    name: String,
    /// The diesel SQL type without `Nullable<…>` and without its path, e.g. `Text`.
    diesel_type: String,
    nullable: bool,
}

/// A `diesel::table!` block.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Table {
    name: String,
    columns: Vec<Column>,
}

/// A column as the database reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DbColumn {
    sql_type: String,
    nullable: bool,
}

/// Table name -> column name -> column, as introspected.
type DbSchema = BTreeMap<String, BTreeMap<String, DbColumn>>;

#[tokio::test]
async fn schema_rs_matches_the_migrated_database() {
    let app = TestApp::spawn().await;
    let mut conn = app.store();
    let backend = conn.backend();
    let actual = introspect(&mut conn);
    assert!(
        !actual.is_empty(),
        "introspection found no table in the migrated {} database",
        backend_name(backend)
    );

    let source = std::fs::read_to_string(SCHEMA_RS).expect("read crates/store/src/schema.rs");
    let expected = parse_schema(&source).unwrap_or_else(|e| panic!("schema.rs: {e}"));
    assert!(!expected.is_empty(), "no `table!` block found in schema.rs");

    let differences = compare(&expected, &actual, backend);
    assert!(
        differences.is_empty(),
        "crates/store/src/schema.rs does not match the migrated {} database \
         (migrations/{}), {} difference(s):\n  {}",
        backend_name(backend),
        backend_dir(backend),
        differences.len(),
        differences.join("\n  ")
    );

    // The same check over an edited copy of schema.rs must catch the edits.
    let edited = drift(&source);
    let edited = parse_schema(&edited).expect("the edited copy still parses");
    let differences = compare(&edited, &actual, backend).join("\n");
    for expected in [
        "table `drift_ghost`: declared in schema.rs, missing from the database",
        "missing from schema.rs",
        "nullability",
    ] {
        assert!(
            differences.contains(expected),
            "the check missed a deliberate edit ({expected}):\n{differences}"
        );
    }
}

/// An edited copy of schema.rs: a table the database lacks, the first column removed, and the
/// second column's nullability flipped.
fn drift(source: &str) -> String {
    let mut column_lines = 0;
    let mut lines = Vec::new();
    for line in source.lines() {
        let is_column = line.contains("->") && line.trim_end().ends_with(',');
        if is_column {
            column_lines += 1;
        }
        match (is_column, column_lines) {
            (true, 1) => continue,
            (true, 2) => {
                let (name, ty) = line.split_once("->").unwrap();
                let ty = ty.trim().trim_end_matches(',');
                let flipped = match ty
                    .strip_prefix("Nullable<")
                    .and_then(|t| t.strip_suffix('>'))
                {
                    Some(inner) => inner.to_owned(),
                    None => format!("Nullable<{ty}>"),
                };
                lines.push(format!("{name}-> {flipped},"));
            }
            _ => lines.push(line.to_owned()),
        }
    }
    assert!(column_lines >= 2, "schema.rs has fewer than two columns");
    lines.push("diesel::table! { drift_ghost (id) { id -> BigInt, } }".to_owned());
    lines.join("\n")
}

fn backend_name(backend: DatabaseBackend) -> &'static str {
    match backend {
        DatabaseBackend::Sqlite => "SQLite",
        DatabaseBackend::Postgres => "PostgreSQL",
    }
}

fn backend_dir(backend: DatabaseBackend) -> &'static str {
    match backend {
        DatabaseBackend::Sqlite => "sqlite",
        DatabaseBackend::Postgres => "postgres",
    }
}

// ---- introspection -------------------------------------------------------------------------

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Bool)]
    nullable: bool,
}

/// SQLite: every table but SQLite's own and diesel's migration ledger, through `PRAGMA
/// table_info`. A primary-key column may report `notnull = 0` but never holds NULL.
const SQLITE_COLUMNS: &str = r#"
    SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type,
           (p."notnull" = 0 AND p.pk = 0) AS nullable
    FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
    WHERE m.type = 'table'
      AND m.name NOT GLOB 'sqlite_*'
      AND m.name <> '__diesel_schema_migrations'
    ORDER BY m.name, p.cid"#;

/// PostgreSQL: the base tables of schema `public` but diesel's migration ledger.
const POSTGRES_COLUMNS: &str = "
    SELECT c.table_name::text AS table_name, c.column_name::text AS column_name,
           c.data_type::text AS data_type, (c.is_nullable = 'YES') AS nullable
    FROM information_schema.columns AS c
    JOIN information_schema.tables AS t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public'
      AND t.table_type = 'BASE TABLE'
      AND c.table_name <> '__diesel_schema_migrations'
    ORDER BY c.table_name, c.ordinal_position";

fn introspect(conn: &mut twinning_store::DbConn) -> DbSchema {
    let query = match conn.backend() {
        DatabaseBackend::Sqlite => SQLITE_COLUMNS,
        DatabaseBackend::Postgres => POSTGRES_COLUMNS,
    };
    let rows: Vec<ColumnRow> = diesel::sql_query(query)
        .load(conn)
        .expect("introspect the database");
    let mut schema = DbSchema::new();
    for row in rows {
        schema.entry(row.table_name).or_default().insert(
            row.column_name,
            DbColumn {
                sql_type: row.data_type,
                nullable: row.nullable,
            },
        );
    }
    schema
}

// ---- comparison ----------------------------------------------------------------------------

/// Every difference between schema.rs and the database, one line each; empty when they agree.
fn compare(expected: &[Table], actual: &DbSchema, backend: DatabaseBackend) -> Vec<String> {
    let db = backend_name(backend);
    let mut out = Vec::new();
    let mut declared = BTreeSet::new();
    for table in expected {
        let t = &table.name;
        if !declared.insert(t.as_str()) {
            out.push(format!("table `{t}`: declared twice in schema.rs"));
            continue;
        }
        let Some(db_columns) = actual.get(t) else {
            out.push(format!(
                "table `{t}`: declared in schema.rs, missing from the database"
            ));
            continue;
        };
        let mut seen = BTreeSet::new();
        for column in &table.columns {
            let c = &column.name;
            if !seen.insert(c.as_str()) {
                out.push(format!("column `{t}.{c}`: declared twice in schema.rs"));
                continue;
            }
            let Some(db_column) = db_columns.get(c) else {
                out.push(format!(
                    "column `{t}.{c}`: declared in schema.rs, missing from the database"
                ));
                continue;
            };
            match accepted_types(&column.diesel_type, backend) {
                None => out.push(format!(
                    "column `{t}.{c}`: diesel type `{}` is unknown to the schema check: add a row \
                     for it to TYPE_MAP in api/tests/integration/schema.rs",
                    column.diesel_type
                )),
                Some([]) => out.push(format!(
                    "column `{t}.{c}`: diesel type `{}` has no {db} column type in TYPE_MAP \
                     (api/tests/integration/schema.rs)",
                    column.diesel_type
                )),
                Some(accepted) if !type_matches(accepted, &db_column.sql_type, backend) => {
                    out.push(format!(
                        "column `{t}.{c}`: type differs: schema.rs says `{}` (expects {}), the \
                         database has `{}`",
                        column.diesel_type,
                        accepted.join(" or "),
                        db_column.sql_type
                    ));
                }
                Some(_) => {}
            }
            if column.nullable != db_column.nullable {
                out.push(format!(
                    "column `{t}.{c}`: nullability differs: schema.rs says {}, the database \
                     column is {}",
                    null_word(column.nullable),
                    null_word(db_column.nullable)
                ));
            }
        }
        for (c, db_column) in db_columns {
            if !seen.contains(c.as_str()) {
                out.push(format!(
                    "column `{t}.{c}`: in the database ({}, {}), missing from schema.rs",
                    db_column.sql_type,
                    null_word(db_column.nullable)
                ));
            }
        }
    }
    for t in actual.keys() {
        if !declared.contains(t.as_str()) {
            out.push(format!(
                "table `{t}`: in the database, missing from schema.rs"
            ));
        }
    }
    out
}

fn accepted_types(diesel_type: &str, backend: DatabaseBackend) -> Option<&'static [&'static str]> {
    TYPE_MAP
        .iter()
        .find(|(name, _, _)| *name == diesel_type)
        .map(|&(_, sqlite, postgres)| match backend {
            DatabaseBackend::Sqlite => sqlite,
            DatabaseBackend::Postgres => postgres,
        })
}

fn type_matches(accepted: &[&str], reported: &str, backend: DatabaseBackend) -> bool {
    let reported = reported.trim();
    match backend {
        DatabaseBackend::Sqlite => accepted.iter().any(|a| a.eq_ignore_ascii_case(reported)),
        DatabaseBackend::Postgres => accepted.contains(&reported),
    }
}

fn null_word(nullable: bool) -> &'static str {
    if nullable {
        "nullable"
    } else {
        "NOT NULL"
    }
}

// ---- parsing schema.rs ---------------------------------------------------------------------

/// Every `table!` block of a diesel schema file, in order. Understands what diesel's printer
/// and hand edits produce: comments, `use` lines, `#[sql_name = "…"]` on tables and columns,
/// other attributes (ignored), `schema.table` names, path-qualified and `Nullable<…>` types.
fn parse_schema(source: &str) -> Result<Vec<Table>, String> {
    let text = strip_comments(source);
    let mut tables = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = find_macro(rest, "table!") {
        let after = rest[at + "table!".len()..].trim_start();
        if !after.starts_with('{') {
            return Err("`table!` is not followed by `{`".to_owned());
        }
        let (body, used) = delimited(after, '{', '}')?;
        tables.push(parse_table(body)?);
        rest = &after[used..];
    }
    Ok(tables)
}

/// The byte offset of `name` used as a macro (not as the tail of a longer identifier).
fn find_macro(text: &str, name: &str) -> Option<usize> {
    text.match_indices(name).map(|(i, _)| i).find(|&i| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// `text` without `//` and `/* */` comments (string literals are kept intact).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => out.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some(&'/')) => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some(&'*')) => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// For `text` starting with `open`: what lies between it and its matching `close`, and how
/// many bytes the whole delimited group takes.
fn delimited(text: &str, open: char, close: char) -> Result<(&str, usize), String> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Ok((&text[open.len_utf8()..i], i + close.len_utf8()));
            }
        }
    }
    let start: String = text.chars().take(40).collect();
    Err(format!("unclosed `{open}` at `{start}…`"))
}

/// Takes the leading `#[…]` attributes off `text`; returns the `sql_name` among them, if any.
fn take_attributes(mut text: &str) -> Result<(Option<String>, &str), String> {
    let mut sql_name = None;
    loop {
        text = text.trim_start();
        let Some(attr) = text.strip_prefix('#') else {
            return Ok((sql_name, text));
        };
        let (inner, used) = delimited(attr.trim_start(), '[', ']')?;
        if let Some((key, value)) = inner.split_once('=') {
            if key.trim() == "sql_name" {
                sql_name = Some(value.trim().trim_matches('"').to_owned());
            }
        }
        text = &attr.trim_start()[used..];
    }
}

/// The inside of one `table! { … }`: `[attrs] [use …;] [schema.]name [(pk, …)] { columns }`.
fn parse_table(body: &str) -> Result<Table, String> {
    let mut rest = body;
    let mut sql_name = None;
    loop {
        let (name, after) = take_attributes(rest)?;
        sql_name = name.or(sql_name);
        match after.strip_prefix("use ") {
            Some(statement) => {
                let end = statement.find(';').ok_or_else(|| {
                    format!("`use` without `;` in `table!`: {}", statement.trim())
                })?;
                rest = &statement[end + 1..];
            }
            None => {
                rest = after;
                break;
            }
        }
    }
    let brace = rest
        .find('{')
        .ok_or_else(|| format!("`table!` without a column block: {}", rest.trim()))?;
    let header = rest[..brace].trim();
    let name = header.split('(').next().unwrap_or_default().trim();
    let name = name.rsplit('.').next().unwrap_or_default().trim();
    let name = name.strip_prefix("r#").unwrap_or(name);
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return Err(format!("cannot read the table name in `{header}`"));
    }
    let name = sql_name.unwrap_or_else(|| name.to_owned());
    let (block, used) = delimited(&rest[brace..], '{', '}')?;
    let trailing = rest[brace + used..].trim();
    if !trailing.is_empty() {
        return Err(format!(
            "table `{name}`: unexpected `{trailing}` after the columns"
        ));
    }
    let mut columns = Vec::new();
    for item in split_top_level(block) {
        let (sql_name, item) = take_attributes(item)?;
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let (column, diesel_type) = item
            .split_once("->")
            .ok_or_else(|| format!("table `{name}`: cannot read the column `{item}`"))?;
        let column = column.trim();
        let column = column.strip_prefix("r#").unwrap_or(column);
        let (diesel_type, nullable) = split_type(diesel_type);
        columns.push(Column {
            name: sql_name.unwrap_or_else(|| column.to_owned()),
            diesel_type,
            nullable,
        });
    }
    if columns.is_empty() {
        return Err(format!("table `{name}` declares no column"));
    }
    Ok(Table { name, columns })
}

/// Splits on commas outside `<>`, `()`, `[]` and string literals (the `>` of `->` closes
/// nothing).
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut in_string, mut previous) = (0i32, 0, false, ' ');
    for (i, c) in text.char_indices() {
        let arrow = previous == '-' && c == '>';
        previous = c;
        match c {
            '"' => in_string = !in_string,
            _ if in_string || arrow => {}
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `diesel::sql_types::Nullable<sql_types::Text>` -> (`Text`, true).
fn split_type(diesel_type: &str) -> (String, bool) {
    let compact: String = diesel_type.chars().filter(|c| !c.is_whitespace()).collect();
    let unpath = |t: &str| -> String {
        let head_end = t.find('<').unwrap_or(t.len());
        let head_start = t[..head_end].rfind("::").map_or(0, |i| i + 2);
        t[head_start..].to_owned()
    };
    let bare = unpath(&compact);
    match bare
        .strip_prefix("Nullable<")
        .and_then(|inner| inner.strip_suffix('>'))
    {
        Some(inner) => (unpath(inner), true),
        None => (bare, false),
    }
}

// ---- the check checks ----------------------------------------------------------------------

const SAMPLE: &str = r#"
// @generated once, then kept by hand
pub mod sql_types {
    #[derive(diesel::sql_types::SqlType)]
    pub struct Mood;
}

diesel::table! {
    use diesel::sql_types::*;
    /// People, with a doc comment.
    people (id) {
        id -> BigInt,
        /* a block comment, with -> and , inside */
        email -> Text,
        nickname -> Nullable<Text>,
        #[sql_name = "type"]
        kind -> diesel::sql_types::Text,
        #[max_length = 255]
        r#ref -> Nullable<sql_types::Integer>,
        score -> Double
    }
}

table! {
    #[sql_name = "tag_links"]
    public.tags (person_id, value) {
        person_id -> BigInt,
        value -> Text,
        mood -> Nullable<crate::schema::sql_types::Mood>,
    }
}

diesel::joinable!(tags -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(people, tags);
"#;

fn col(name: &str, diesel_type: &str, nullable: bool) -> Column {
    Column {
        name: name.to_owned(),
        diesel_type: diesel_type.to_owned(),
        nullable,
    }
}

fn db_col(sql_type: &str, nullable: bool) -> DbColumn {
    DbColumn {
        sql_type: sql_type.to_owned(),
        nullable,
    }
}

#[test]
fn the_parser_reads_every_table_block() {
    let tables = parse_schema(SAMPLE).unwrap();
    assert_eq!(
        tables,
        vec![
            Table {
                name: "people".to_owned(),
                columns: vec![
                    col("id", "BigInt", false),
                    col("email", "Text", false),
                    col("nickname", "Text", true),
                    col("type", "Text", false),
                    col("ref", "Integer", true),
                    col("score", "Double", false),
                ],
            },
            Table {
                name: "tag_links".to_owned(),
                columns: vec![
                    col("person_id", "BigInt", false),
                    col("value", "Text", false),
                    col("mood", "Mood", true),
                ],
            },
        ]
    );
    assert!(parse_schema("diesel::table! { broken (id) { id BigInt } }").is_err());
    assert!(parse_schema("diesel::table! { unclosed (id) { id -> BigInt, }").is_err());
}

#[test]
fn the_parser_reads_the_real_schema() {
    let source = std::fs::read_to_string(SCHEMA_RS).expect("read crates/store/src/schema.rs");
    let tables = parse_schema(&source).unwrap_or_else(|e| panic!("schema.rs: {e}"));
    assert!(
        tables.iter().any(|t| t.name == "organisations"),
        "{tables:?}"
    );
}

/// The database `SAMPLE` describes, as SQLite and PostgreSQL report it.
fn sample_db(backend: DatabaseBackend) -> DbSchema {
    let sqlite = backend == DatabaseBackend::Sqlite;
    let pick = |s: &str, p: &str| if sqlite { s.to_owned() } else { p.to_owned() };
    let mut db = DbSchema::new();
    db.insert(
        "people".to_owned(),
        [
            ("id", db_col(&pick("INTEGER", "bigint"), false)),
            ("email", db_col(&pick("text", "text"), false)),
            ("nickname", db_col(&pick("TEXT", "character varying"), true)),
            ("type", db_col(&pick("TEXT", "text"), false)),
            ("ref", db_col(&pick("INTEGER", "integer"), true)),
            ("score", db_col(&pick("REAL", "double precision"), false)),
        ]
        .into_iter()
        .map(|(n, c)| (n.to_owned(), c))
        .collect(),
    );
    db
}

#[test]
fn the_comparison_passes_a_match_and_reports_every_drift() {
    let people = parse_schema(SAMPLE).unwrap().remove(0);
    for backend in [DatabaseBackend::Sqlite, DatabaseBackend::Postgres] {
        let matching = sample_db(backend);
        assert_eq!(
            compare(std::slice::from_ref(&people), &matching, backend),
            Vec::<String>::new(),
            "{backend:?}"
        );

        let mut drifted = matching.clone();
        let columns = drifted.get_mut("people").unwrap();
        columns.remove("email");
        columns.insert("phone".to_owned(), db_col("TEXT", true));
        columns.get_mut("score").unwrap().sql_type = "BLOB".to_owned();
        columns.get_mut("nickname").unwrap().nullable = false;
        drifted.insert(
            "audit".to_owned(),
            [("id".to_owned(), db_col("INTEGER", false))].into(),
        );
        let mut expected = vec![people.clone()];
        expected.push(Table {
            name: "ghosts".to_owned(),
            columns: vec![col("id", "BigInt", false)],
        });
        expected[0].columns.push(col("mood", "Mood", true));
        drifted
            .get_mut("people")
            .unwrap()
            .insert("mood".to_owned(), db_col("mood", true));

        let report = compare(&expected, &drifted, backend);
        let wanted = [
            "column `people.email`: declared in schema.rs, missing from the database",
            "column `people.nickname`: nullability differs: schema.rs says nullable, the database column is NOT NULL",
            "column `people.score`: type differs: schema.rs says `Double`",
            "column `people.mood`: diesel type `Mood` is unknown to the schema check",
            "column `people.phone`: in the database (TEXT, nullable), missing from schema.rs",
            "table `ghosts`: declared in schema.rs, missing from the database",
            "table `audit`: in the database, missing from schema.rs",
        ];
        for want in wanted {
            assert!(
                report.iter().any(|line| line.starts_with(want)),
                "{backend:?}: `{want}` not reported in:\n{}",
                report.join("\n")
            );
        }
        assert_eq!(report.len(), wanted.len(), "{}", report.join("\n"));
    }
}
