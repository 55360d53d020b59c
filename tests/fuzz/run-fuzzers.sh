#!/bin/bash
# Runs every libFuzzer target of a HOEGO_FUZZ build for a bounded time, on a seed corpus
# made at run time from ../shared (nothing of it is committed).
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SHARED_DIR [SECONDS_EACH]
#
# A crash, hang (10 s per input), leak or failed check stops that target; its input is kept
# as BUILD_DIR/tests/fuzz/NAME-crash-… for a regression test and printed in base64, and the
# script exits 1.
set -euo pipefail
build=$1
shared=$2
seconds=${3:-25}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/tests/fuzz/hoego_fuzz_seeds" "$shared" "$work/seeds"
status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -x "$fuzzer" ] && [ -f "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    mkdir -p "$work/$name"
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$build/tests/fuzz/$name-" "$work/$name" "$work/seeds" >"$work/$name.log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log")
        echo "fuzz: $name: ${runs:-?} runs in ${seconds} s, no failure"
    else
        echo "fuzz: $name FAILED; its log ends:"
        tail -n 40 "$work/$name.log"
        # The log names the input, but a CI machine's build folder is gone afterwards.
        for artifact in "$build/tests/fuzz/$name"-*-*; do
            [ -f "$artifact" ] && echo "fuzz: $(basename "$artifact") (base64): $(base64 -w0 "$artifact")"
        done
        status=1
    fi
done
exit $status
