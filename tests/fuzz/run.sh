#!/usr/bin/env bash
# Builds the fuzz preset and runs each libFuzzer target for a while, one after the other.
#
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 30); TARGET names (default: all). FUZZ_SEED (default 1) fixes
# libFuzzer's random seed so CI runs repeat; FUZZ_NO_BUILD=1 skips configuring and building;
# FUZZ_BIN_DIR runs the targets from another directory (e.g. a copy kept for a long run).
# Corpora grow in build/fuzz/fuzz-corpus/<target> (seeded from tests/fuzz/make_corpora.py);
# a crashing input is kept in build/fuzz/fuzz-artifacts/<target>/ and printed in base64.
# Exits non-zero if any target crashed or broke one of its checks.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=${1:-30}
shift || true
all_targets=(fuzz_model_json fuzz_report_json fuzz_error_and_token_json fuzz_paging fuzz_sandbox_http fuzz_sheet_reader)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

build=build/fuzz
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Configuring and building the fuzz preset"
    cmake --preset fuzz "${launcher[@]}" >/dev/null
    cmake --build --preset fuzz
fi

say "Writing the seed corpora"
rm -rf "$build/fuzz-seeds"
python3 tests/fuzz/make_corpora.py "$build/fuzz-seeds"

# Qt keeps some allocations alive until exit on purpose; those are not leaks of the code under test.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

dictionary() {
    case "$1" in
    fuzz_sandbox_http) echo tests/fuzz/http.dict ;;
    fuzz_sheet_reader) echo tests/fuzz/csv.dict ;;
    *) echo tests/fuzz/json.dict ;;
    esac
}

failed=()
for target in "${targets[@]}"; do
    binary="${FUZZ_BIN_DIR:-$build/tests/fuzz}/$target"
    [ -x "$binary" ] || { echo "error: $binary is not built" >&2; exit 2; }
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    log="$build/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    say "Fuzzing $target for $seconds s"
    status=0
    "$binary" -max_total_time="$seconds" -seed="${FUZZ_SEED:-1}" -print_final_stats=1 \
        -dict="$(dictionary "$target")" -artifact_prefix="$artifacts/" -close_fd_mask=1 \
        "$corpus" "$build/fuzz-seeds/$target" >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
    echo "corpus: $(find "$corpus" -type f | wc -l) files"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        tail -n 60 "$log"
        for input in "$artifacts"/*; do
            [ -f "$input" ] || continue
            echo "--- $input (base64) ---"
            base64 -w 0 "$input"
            echo
        done
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "error: crashes or failed checks in: ${failed[*]}" >&2
    exit 1
fi
say "No crashes"
