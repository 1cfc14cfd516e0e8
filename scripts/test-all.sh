#!/usr/bin/env bash
# Every test of the project, in one command (called by `./op test` and by .ci/run):
#   1. generated files are up to date (OpenAPI module)
#   2. type check (tsc), API reports of the published packages (api-extractor, --ci) and lint
#   3. unit, component and database tests (Jest; database tests on SQLite and PostgreSQL)
#   4. end-to-end test in real Chromium against the running app
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

REPORT_DIR="$ROOT/node_modules/.cache/op-test"
mkdir -p "$REPORT_DIR"
rm -f "$REPORT_DIR"/*.json
failures=()
passed=0
failed=0

step() { printf '\n\033[1;35m== %s\033[0m\n' "$*"; }
record() { # name status
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$1"); fi
}

step "generated files"
node scripts/generate-openapi.js --check
record "generated files" $?

step "type check (tsc)"
yarn tsc
record "tsc" $?

# After tsc: the reports are extracted from its declarations (dist-types/), no second compilation.
step "API reports (plugins/*/report*.api.md up to date)"
yarn build:api-reports:only --ci
record "api reports" $?

step "lint"
yarn lint
record "lint" $?

step "unit, component and database tests (SQLite + PostgreSQL)"
node scripts/test-env.js yarn backstage-cli repo test --json --outputFile="$REPORT_DIR/jest.json"
jest_status=$?
if [ -f "$REPORT_DIR/jest.json" ]; then
  read -r jp jf <<<"$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))' "$REPORT_DIR/jest.json")"
  passed=$((passed + jp)); failed=$((failed + jf))
  if [ "$jest_status" -ne 0 ] && [ "$jf" -eq 0 ]; then failed=$((failed + 1)); fi
  [ "$jest_status" -ne 0 ] && failures+=("jest")
else
  record "jest" 1
fi

if [ "${OP_SKIP_E2E:-}" = "1" ] && [ -z "${CI:-}" ]; then
  step "end-to-end: SKIPPED (OP_SKIP_E2E=1; CI always runs it)"
else
  step "end-to-end (Chromium)"
  node scripts/e2e.js
  record "e2e" $?
fi

echo
if [ "${#failures[@]}" -gt 0 ]; then
  printf '\033[1;31mFAILED: %s\033[0m\n' "${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "${#failures[@]}" -eq 0 ]
