//! Reads Fluent message files and the code that uses them, so a test can tell when a message
//! is missing or left over in any language (tests/spa.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// One language's messages: id → the variables its patterns use.
pub type Messages = BTreeMap<String, BTreeSet<String>>;

/// Parses every `.ftl` file of `dir`; a file that does not parse is an error naming it.
pub fn read_language(dir: &Path) -> Result<(Messages, BTreeSet<String>), String> {
    let mut messages = Messages::new();
    let mut files = BTreeSet::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    entries.sort();
    for path in entries {
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let resource = parser::parse(source.as_str()).map_err(|(_, errors)| {
            let first = &errors[0];
            let line = source[..first.pos.start.min(source.len())].lines().count();
            format!("{} line {line}: {:?}", path.display(), first.kind)
        })?;
        files.insert(
            path.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
        );
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables(v, &mut vars);
                    }
                    if messages.insert(m.id.name.to_owned(), vars).is_some() {
                        return Err(format!(
                            "{}: `{}` is defined twice",
                            path.display(),
                            m.id.name
                        ));
                    }
                }
                Entry::Junk { content } => {
                    return Err(format!("{}: cannot parse `{content}`", path.display()));
                }
                _ => {}
            }
        }
    }
    Ok((messages, files))
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every key named by `t!("…")` in the Rust files under `dir`, with where it was seen.
pub fn used_keys(dir: &Path) -> BTreeMap<String, String> {
    let mut keys = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(read) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in read.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // Comments may show the macro without naming a real key.
                let code: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                let parts: Vec<&str> = code.split("t!(").collect();
                for pair in parts.windows(2) {
                    // `t!(` must not be the tail of a longer macro name.
                    if pair[0].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // rustfmt may put the key on the next line.
                    let Some(rest) = pair[1].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    if let Some(end) = rest.find('"') {
                        keys.entry(rest[..end].to_owned())
                            .or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    keys
}
