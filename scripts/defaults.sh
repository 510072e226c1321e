# Sourced (not run) by the scripts that build: it moves to the repository's
# root and sets the tools and settings the Makefile passes in, to the
# Makefile's own defaults when a script is run by hand.
# shellcheck shell=bash
cd "$(dirname "${BASH_SOURCE[0]}")/.."

GO=${GO:-go}
MAKE=${MAKE:-make}
BROTLI=${BROTLI:-9}
