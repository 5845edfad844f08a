//! Gives the app a fingerprint of its message files, so it asks for `/locales/{lang}.ftl?v=…`
//! and a browser never pairs a new app with messages cached from an older one.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

fn main() {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut files = vec![];
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                println!("cargo:rerun-if-changed={}", path.display());
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "ftl") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for f in &files {
        f.hash(&mut hasher);
        std::fs::read(f).unwrap_or_default().hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=TWINNING_LOCALES_HASH={:016x}",
        hasher.finish()
    );
}
