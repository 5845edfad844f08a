#!/bin/sh
# Joins frontend/locales/{lang}/*.ftl into one file per language in the app's build output.
# Trunk runs this after each build (frontend/Trunk.toml) with TRUNK_STAGING_DIR set.
set -eu
here=$(cd "$(dirname "$0")/../frontend/locales" && pwd)
out="${TRUNK_STAGING_DIR:?run by Trunk, which sets TRUNK_STAGING_DIR}/locales"
mkdir -p "$out"
for dir in "$here"/*/; do
    lang=$(basename "$dir")
    # Sorted for a stable file; a blank line between files keeps each one's last entry whole.
    for f in $(ls "$dir"*.ftl | sort); do cat "$f"; echo; done > "$out/$lang.ftl"
done
