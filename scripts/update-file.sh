#!/usr/bin/env bash
# update-file.sh NEW DEST: moves NEW onto DEST when their contents differ,
# and otherwise drops NEW, so DEST keeps its time stamp and what was made
# from it (the .gz and .br variants in dist/) stays valid.
set -euo pipefail
new=$1 dest=$2
if [ -f "$dest" ] && cmp -s "$new" "$dest"; then
	rm -f "$new"
else
	chmod 644 "$new"
	mv -f "$new" "$dest"
fi
