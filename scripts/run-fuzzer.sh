#!/usr/bin/env bash
# Builds the loader's libFuzzer target (clang + AddressSanitizer, preset "fuzz") and runs
# it: first every regression input once, then new inputs for a bounded time.
#   scripts/run-fuzzer.sh [SECONDS]    default 60
# Fails on any crash, leak, hang (an input taking over 10 s) or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
fuzzer=build/fuzz/tests/fuzz/fuzz_loader
work=build/fuzz/run
rm -rf "$work"
mkdir -p "$work/corpus" "$work/regressions"

# The first byte of an input selects the file it becomes (tests/fuzz/fuzz_loader.cpp).
role() {
    case "$1" in
        services/catalog.toml) echo 0 ;;
        projects/*/services.toml) echo 1 ;;
        projects/*/deployment.toml) echo 2 ;;
        projects/*/monitoring.toml) echo 3 ;;
        policies/governance.toml) echo 4 ;;
        policies/security.toml) echo 5 ;;
        policies/compliance.toml) echo 6 ;;
        policies/sla.toml) echo 7 ;;
        services/versions.toml) echo 8 ;;
        services/versions/*/catalog.toml) echo 9 ;;
        policies/rules.toml) echo 10 ;;
        *) echo "" ;;
    esac
}
# Seeds: every file of the example registry, with the byte that gives it its own role.
example=examples/central-registry
while IFS= read -r file; do
    relative=${file#"$example"/}
    n=$(role "$relative")
    [ -n "$n" ] || continue
    { printf "\\x$(printf %02x "$n")"; cat "$file"; } >"$work/corpus/$(echo "$relative" | tr / _)"
done < <(find "$example" -name '*.toml' | sort)

# Regressions: the inputs that once crashed the loader (a key of a million parts inside an
# inline table, and after a comment holding """), rebuilt here rather than committed at
# 2 MB each; plus the small ones under tests/fuzz/regressions.
key="$( (yes 'a.' || true) | head -n 1000000 | tr -d '\n')a" # yes ends by SIGPIPE
printf '\x03x = { %s = 1 }\n' "$key" >"$work/regressions/inline-table-dotted-key"
printf '\x03# a comment with """ in it\n%s = 1\n' "$key" >"$work/regressions/after-comment-with-triple-quote"
cp tests/fuzz/regressions/* "$work/regressions/" 2>/dev/null || true

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export QT_QPA_PLATFORM=offscreen
echo "fuzz: regression inputs"
"$fuzzer" -timeout=10 "$work"/regressions/*
echo "fuzz: $seconds s of new inputs from $(ls "$work/corpus" | wc -l) seeds"
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    "$work/corpus" >"$work/log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 60 "$work/log"
    echo "fuzz: FAILED (exit $status); the input that failed is in $PWD (crash-*, leak-*, timeout-*)"
fi
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/log" || true
echo "fuzz: corpus now holds $(ls "$work/corpus" | wc -l) inputs"
exit "$status"
