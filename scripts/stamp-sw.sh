#!/usr/bin/env bash
# stamp-sw.sh DIST VERSION: writes DIST/sw.js, the page's service worker,
# from web/sw.js with the name of this build in place of __NEURONA_BUILD__:
# the version and a hash of the files the worker keeps for offline use.
# Browsers install a new worker when its bytes change, so any change to
# the page, its scripts or the bundle (even between two builds of one
# version) makes every visitor's browser fetch the new files and drop the
# old ones. Run from the repository's root after the other files are in
# DIST (make dist does).
set -euo pipefail
dist=$1
version=$2
# Only characters that are safe in a cache name and in sed's replacement.
version=$(printf '%s' "$version" | tr -c 'A-Za-z0-9._+-' '_')
hash=$(cd "$dist" && cat index.html boot.js wasm_exec.js neurona.wasm | sha256sum | cut -c1-12)
sed "s/__NEURONA_BUILD__/$version-$hash/" web/sw.js >"$dist/.sw.js.tmp"
scripts/update-file.sh "$dist/.sw.js.tmp" "$dist/sw.js"
