//! Resolves Fluent messages parsed by `fluent-syntax`. The resolver is ours rather than
//! `fluent-bundle`'s because that one selects plurals and formats numbers from CLDR tables
//! compiled into the wasm; here both come from the browser's `Intl` (see `intl::Formats`).
//! It covers what our message files use: text, variables, message and term references,
//! and selection on a number (exact value, then plural category) or on a string.

use std::collections::HashMap;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;

use super::intl::Formats;

/// A value passed into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

macro_rules! numeric_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            // Counts shown to people are far below 2^53, where f64 stops being exact.
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Arg {
                Arg::Num(n as f64)
            }
        }
    )+};
}
numeric_arg!(i32, i64, u32, u64, usize, f64);

/// First strong isolate and pop directional isolate: keep a name written in one direction
/// from reordering the sentence around it in the other (Fluent's own convention).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

pub struct Messages {
    messages: HashMap<String, Pattern<String>>,
    terms: HashMap<String, Pattern<String>>,
    /// Whether variables are wrapped in bidi isolates: in right-to-left languages, where
    /// Latin names and numbers inside Arabic sentences need it.
    isolate: bool,
}

impl Messages {
    /// Parses several resources of one language. Entries that do not parse are reported
    /// and skipped; the rest of the file still works.
    pub fn parse(sources: Vec<String>, isolate: bool) -> (Messages, Vec<String>) {
        let mut out = Messages {
            messages: HashMap::new(),
            terms: HashMap::new(),
            isolate,
        };
        let mut problems = vec![];
        for source in sources {
            let resource = match parser::parse_runtime(source) {
                Ok(r) => r,
                Err((r, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{:?}", e.kind)));
                    r
                }
            };
            for entry in resource.body {
                match entry {
                    Entry::Message(m) => {
                        if let Some(value) = m.value {
                            out.messages.insert(m.id.name, value);
                        }
                    }
                    Entry::Term(t) => {
                        out.terms.insert(t.id.name, t.value);
                    }
                    Entry::Junk { content } => problems.push(format!("junk: {content}")),
                    _ => {}
                }
            }
        }
        (out, problems)
    }

    pub fn format(&self, id: &str, args: &[(&str, Arg)], formats: &Formats) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        self.write(pattern, args, formats, &mut out, 0);
        Some(out)
    }

    fn write(
        &self,
        pattern: &Pattern<String>,
        args: &[(&str, Arg)],
        formats: &Formats,
        out: &mut String,
        depth: u8,
    ) {
        // References deeper than this are a cycle in the files; stop rather than overflow.
        if depth > 8 {
            return;
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.expression(expression, args, formats, out, depth);
                }
            }
        }
    }

    fn expression(
        &self,
        expression: &Expression<String>,
        args: &[(&str, Arg)],
        formats: &Formats,
        out: &mut String,
        depth: u8,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(inline, args, formats, out, depth),
            Expression::Select { selector, variants } => {
                let value = self.value_of(selector, args);
                let category = match &value {
                    Some(Arg::Num(n)) => Some(formats.plural_category(*n)),
                    _ => None,
                };
                let chosen = variants
                    .iter()
                    .find(|v| match (&v.key, &value) {
                        (VariantKey::NumberLiteral { value: key }, Some(Arg::Num(n))) => key
                            .parse::<f64>()
                            .is_ok_and(|k| (k - n).abs() < f64::EPSILON),
                        _ => false,
                    })
                    .or_else(|| {
                        variants.iter().find(|v| match (&v.key, &value) {
                            (VariantKey::Identifier { name }, Some(Arg::Str(s))) => name == s,
                            (VariantKey::Identifier { name }, Some(Arg::Num(_))) => {
                                category.as_deref() == Some(name.as_str())
                            }
                            _ => false,
                        })
                    })
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = chosen {
                    self.write(&variant.value, args, formats, out, depth + 1);
                }
            }
        }
    }

    fn value_of(&self, inline: &InlineExpression<String>, args: &[(&str, Arg)]) -> Option<Arg> {
        match inline {
            InlineExpression::VariableReference { id } => args
                .iter()
                .find(|(n, _)| *n == id.name)
                .map(|(_, v)| v.clone()),
            InlineExpression::NumberLiteral { value } => value.parse().ok().map(Arg::Num),
            InlineExpression::StringLiteral { value } => Some(Arg::Str(value.clone())),
            _ => None,
        }
    }

    fn inline(
        &self,
        inline: &InlineExpression<String>,
        args: &[(&str, Arg)],
        formats: &Formats,
        out: &mut String,
        depth: u8,
    ) {
        match inline {
            InlineExpression::StringLiteral { value } => out.push_str(value),
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => {
                let text = match args.iter().find(|(n, _)| *n == id.name) {
                    Some((_, Arg::Str(s))) => s.clone(),
                    Some((_, Arg::Num(n))) => formats.number(*n),
                    // A variable the code did not pass shows as Fluent shows it.
                    None => format!("{{${}}}", id.name),
                };
                if self.isolate {
                    out.push(FSI);
                    out.push_str(&text);
                    out.push(PDI);
                } else {
                    out.push_str(&text);
                }
            }
            InlineExpression::MessageReference { id, .. } => {
                if let Some(p) = self.messages.get(&id.name) {
                    self.write(p, args, formats, out, depth + 1);
                }
            }
            InlineExpression::TermReference { id, .. } => {
                if let Some(p) = self.terms.get(&id.name) {
                    self.write(p, args, formats, out, depth + 1);
                }
            }
            InlineExpression::Placeable { expression } => {
                self.expression(expression, args, formats, out, depth);
            }
            InlineExpression::FunctionReference { .. } => {}
        }
    }
}
