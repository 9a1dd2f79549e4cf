#!/usr/bin/env bash
# How long a started jar takes to answer: milliseconds from `java -jar` to the first
# HTTP 200 on /, RUNS times each (median reported), in three situations:
#
#   fresh    an empty data directory: initdb, the migrations and the demo data
#   restart  the same data directory again (the usual start)
#   machine  an empty data directory and an empty java.io.tmpdir, so that the bundled
#            PostgreSQL binaries are unpacked too (the first start on a new machine)
#
#   bench/startup.sh              RUNS=3 by default
#   RUNS=5 bench/startup.sh
#
# Two times per start: until / answers 200 (Tomcat is up), and until the demo group's page
# answers 200 (the demo data, loaded by an ApplicationRunner after Tomcat starts, is in).
#
# Uses its own ports and bench/data/startup/, so it does not disturb bench/run.sh's data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

RUNS=${RUNS:-3}
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-15442}
MAX_LOAD=${MAX_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-120}
DATA=${DATA:-$BENCH/data}/startup
RESULTS=${RESULTS:-$BENCH/results/startup-$(date +%Y%m%d-%H%M%S)}
APP_PID=
CURRENT_DIR=

trap 'stop_app "$CURRENT_DIR"' EXIT

# One start, then stops the app again. The JVM's own "Started ... in"
# line goes to the results too, to tell JVM start-up from time spent before it.
one_start() {
	local kind=$1 run=$2 dir=$3
	shift 3
	local load start_ns ms data_ms
	load=$(wait_quiet "$MAX_LOAD" "$QUIET_WAIT")
	CURRENT_DIR=$dir
	start_ns=$(date +%s%N)
	start_app "$dir" "$APP_PORT" "$PG_PORT" "$RESULTS/$kind-$run.log" "$@"
	ms=$(wait_ready "$APP_PORT" "$start_ns" 300)
	data_ms=$(wait_ready "$APP_PORT" "$start_ns" 300 /grupper/gemensam-utvecklingsgrupp)
	stop_app "$dir"
	echo "$kind run=$run ms=$ms data_ms=$data_ms load_before=$load spring=\"$(grep -o 'Started SamskapaApplication in [0-9.]* seconds' "$RESULTS/$kind-$run.log" || true)\"" |
		tee -a "$RESULTS/startup.txt" >&2
}

require_tools java curl
build_jar_if_needed
mkdir -p "$DATA" "$RESULTS"
: >"$RESULTS/startup.txt"

for run in $(seq 1 "$RUNS"); do
	rm -rf "$DATA/fresh"
	one_start fresh "$run" "$DATA/fresh/postgres"
done
# The last fresh directory, now with the demo data, is the one restarted.
for run in $(seq 1 "$RUNS"); do
	one_start restart "$run" "$DATA/fresh/postgres"
done
for run in $(seq 1 "$RUNS"); do
	rm -rf "$DATA/machine"
	mkdir -p "$DATA/machine/tmp"
	one_start machine "$run" "$DATA/machine/postgres" "-Djava.io.tmpdir=$DATA/machine/tmp"
done
rm -rf "$DATA/machine"

{
	echo "| start | median ms to 200 on / | median ms to demo data | runs: / (demo data) |"
	echo "| --- | ---: | ---: | --- |"
	for kind in fresh restart machine; do
		values=$(grep "^$kind " "$RESULTS/startup.txt" | sed 's/.* ms=\([0-9]*\) .*/\1/')
		data_values=$(grep "^$kind " "$RESULTS/startup.txt" | sed 's/.* data_ms=\([0-9]*\) .*/\1/')
		echo "| $kind | $(median <<<"$values") | $(median <<<"$data_values") | $(paste -d' ' <(echo "$values") <(echo "$data_values" | sed 's/.*/(&)/') | tr '\n' ' ')|"
	done
} >"$RESULTS/summary.md"
cat "$RESULTS/summary.md" >&2
