#!/usr/bin/env bash
# Regenerates the golden files: those of the example registry (tests/golden), which the
# generated_golden test compares with `service-registry generate --check`. Review the diff:
# it is what every user of the example would see change.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/ci/app/cli/service-registry}
common=(--registry examples/central-registry --format all --out tests/golden
        --repo-url https://git.example.com/platform/deploy.git --repo-path .)
"$cli" generate "${common[@]}"
"$cli" generate "${common[@]}" --project shop --target production
# The expected texts of the edit scenarios (tests/edits/*.edit, `--- after` sections).
# In this mode every scenario writes its file and fails, so the mode can never pass a run.
SR_UPDATE_EDIT_GOLDEN=1 "$(dirname "$cli")/../../tests/tst_edit" goldenScenarios >/dev/null || true
echo "Written; review 'git diff tests/golden tests/edits', then run the tests without SR_UPDATE_EDIT_GOLDEN."
