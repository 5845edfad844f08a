//! Search text and slugs, computed in Rust so both backends compare the same bytes.

use diesel::prelude::*;

/// Lower-cased, whitespace-collapsed text that `LIKE '%word%'` searches in.
pub(crate) fn search_text(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        for word in part.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// A `LIKE` pattern matching `word` anywhere, with the wildcards in it escaped.
pub(crate) fn contains_pattern(word: &str) -> String {
    let mut p = String::with_capacity(word.len() + 2);
    p.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// A slug for `name` that `taken` does not yet hold: `name`, then `name-2`, `name-3`…
pub(crate) fn unique_slug(
    name: &str,
    mut taken: impl FnMut(&str) -> QueryResult<bool>,
) -> QueryResult<String> {
    let mut base = slug::slugify(name);
    base.truncate(80);
    let base = base.trim_end_matches('-').to_owned();
    let base = if base.is_empty() {
        "item".to_owned()
    } else {
        base
    };
    if !taken(&base)? {
        return Ok(base);
    }
    for n in 2.. {
        let candidate = format!("{base}-{n}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
    }
    unreachable!("an unbounded range always yields a free slug")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_is_lowercase_and_collapsed() {
        assert_eq!(
            search_text(&["Solid  Waste", "in\nIRBID"]),
            "solid waste in irbid"
        );
    }

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(contains_pattern("50%_a"), "%50\\%\\_a%");
    }

    #[test]
    fn slugs_get_a_number_when_taken() {
        let slug = unique_slug("Café Solidaire", |s| Ok(s == "cafe-solidaire")).unwrap();
        assert_eq!(slug, "cafe-solidaire-2");
    }
}
