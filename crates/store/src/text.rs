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

fn slug_base(name: &str, max: usize) -> String {
    let mut base = slug::slugify(name);
    base.truncate(max);
    let base = base.trim_end_matches('-').to_owned();
    if base.is_empty() {
        "item".to_owned()
    } else {
        base
    }
}

/// A slug for `name` that `taken` does not yet hold: `name`, then `name-2`, `name-3`…
pub(crate) fn unique_slug(
    name: &str,
    mut taken: impl FnMut(&str) -> QueryResult<bool>,
) -> QueryResult<String> {
    let base = slug_base(name, 80);
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

const SUFFIX_ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";

/// A slug for `name` with a random suffix (`hidden-plan-k7q2mx`), whether or not the bare name
/// is taken. Slugs of things that may be hidden (draft practices) are made so: a numbered
/// suffix, or a suffix only when the name is taken, would tell whoever creates the next one
/// that something hidden already bears the name. 32⁶ suffixes: a draw is taken again only in
/// the rare collision, and then redrawn.
pub(crate) fn opaque_slug(
    name: &str,
    mut taken: impl FnMut(&str) -> QueryResult<bool>,
) -> QueryResult<String> {
    let base = slug_base(name, 72);
    loop {
        let mut bytes = [0u8; 6];
        getrandom::fill(&mut bytes).map_err(|e| {
            diesel::result::Error::QueryBuilderError(format!("no randomness: {e}").into())
        })?;
        let suffix: String = bytes
            .iter()
            .map(|b| char::from(SUFFIX_ALPHABET[usize::from(*b) % SUFFIX_ALPHABET.len()]))
            .collect();
        let candidate = format!("{base}-{suffix}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
    }
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
    fn opaque_slugs_say_nothing_of_what_else_bears_the_name() {
        let free = opaque_slug("Hidden plan", |_| Ok(false)).unwrap();
        let taken = opaque_slug("Hidden plan", |s| Ok(s == "hidden-plan")).unwrap();
        for slug in [&free, &taken] {
            let (base, suffix) = slug.rsplit_once('-').unwrap();
            assert_eq!(base, "hidden-plan");
            assert_eq!(suffix.len(), 6);
            assert!(suffix.bytes().all(|b| SUFFIX_ALPHABET.contains(&b)));
        }
        assert_ne!(free, taken);
        // A drawn suffix that is taken is drawn again.
        let mut draws = 0;
        let slug = opaque_slug("x", |_| {
            draws += 1;
            Ok(draws < 3)
        })
        .unwrap();
        assert_eq!(draws, 3);
        assert!(slug.starts_with("x-"));
    }

    #[test]
    fn slugs_get_a_number_when_taken() {
        let slug = unique_slug("Café Solidaire", |s| Ok(s == "cafe-solidaire")).unwrap();
        assert_eq!(slug, "cafe-solidaire-2");
    }
}
