#!/usr/bin/env bash
# Fritidsbanken under load, on the benchmark's data directory (bench/run.sh builds it):
#
#   counter:   COUNTERS counters at once (default 20), each lending an item and taking it
#              back in turn through the JSON API (POST .../checkouts, POST .../returns), each
#              with its own session, CSRF token, borrower and item (bench/counter.lua);
#              every request is one round trip of the counter. Twice: counter-paced, with
#              a pause of a second before each request (faster than a person lends), and
#              counter, flat out (what the machine can take); pg_stat_statements over
#              both goes to counter-queries.txt;
#   catalogue: the public catalogue page of the site, anonymous, at 10 and 50 connections;
#   catalogue-search: the same page with a search (?q=...), which is counted when it finds
#              nothing and so is never the same page twice in the statistics.
#
#   bench/lending.sh                   all three
#   COUNTERS=40 DURATION=30s PACED_DURATION=60s WARMUP=60s bench/lending.sh
#
# Results go to bench/results/lending-<time>/ (wrk's output and a summary, run.txt).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

archive_defaults
DURATION=${DURATION:-20s}
COUNTERS=${COUNTERS:-20}
SLUG=${SLUG:-fritidsbanken-helsingborg}
RESULTS=${RESULTS:-$BENCH/results/lending-$(date +%Y%m%d-%H%M%S)}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samskapa -tA)
COOKIES=$DATA/lending-cookies.txt

sql() { "${PSQL[@]}" -c "$1"; }
export WRK_BENCH=$BENCH

[[ -f $PG_DATA/PG_VERSION ]] || die "run bench/run.sh first: it builds the archive this runs on"
require_tools java wrk psql curl
mkdir -p "$RESULTS"
build_jar_if_needed
trap 'stop_app "$PG_DATA"' EXIT

start_ns=$(date +%s%N)
start_app "$PG_DATA" "$APP_PORT" "$PG_PORT" "$DATA/lending-app.log"
log "app (pid $APP_PID) answers after $(wait_ready "$APP_PORT" "$start_ns" 300) ms"

SITE=$(sql "SELECT id FROM lending_site WHERE slug = '$SLUG'")
[[ -n $SITE ]] || die "no site $SLUG (the demo data makes it)"
# Items in, of types nobody queues for (a return would hand a queued type to the queue),
# each of another type or size: returns of the same type and size take turns at its queue
# (ReservationStore.lockQueue), and twenty counters returning the same skis at once is not
# what a day at Fritidsbanken looks like. And borrowers of the site with their data.
mapfile -t ITEMS < <(sql "
	SELECT number FROM (
		SELECT DISTINCT ON (i.item_type_id, coalesce(i.size, '')) i.number FROM lending_item i
		WHERE i.site_id = $SITE AND i.status = 'AVAILABLE'
		  AND NOT EXISTS (SELECT 1 FROM lending_reservation r WHERE r.item_type_id = i.item_type_id AND r.status = 'WAITING')
		ORDER BY i.item_type_id, coalesce(i.size, ''), i.number) AS one_of_each
	ORDER BY number LIMIT $COUNTERS")
mapfile -t BORROWERS < <(sql "
	SELECT id FROM lending_borrower WHERE wiped_at IS NULL AND registered_site_id = $SITE ORDER BY id LIMIT $COUNTERS")
((${#ITEMS[@]} == COUNTERS)) || die "only ${#ITEMS[@]} items in at $SLUG"
((${#BORROWERS[@]} > 0)) || die "no borrowers at $SLUG"

# One logged-in session and its CSRF token per counter (the demo's staff account).
counter_file=$RESULTS/counters.txt
: >"$counter_file"
for i in $(seq 0 $((COUNTERS - 1))); do
	rm -f "$COOKIES"
	token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$APP_URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=fritidsbanken \
		--data-urlencode password=demo --data-urlencode "_csrf=$token" "$APP_URL/login"
	session=$(awk '$6 == "SAMSKAPA_SESSION" { print $7 }' "$COOKIES")
	csrf=$(curl -s -b "$COOKIES" "$APP_URL/fritidsbanken/$SLUG/disk" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)
	[[ -n $session && -n $csrf ]] || die "the staff login failed"
	echo "$session $csrf ${BORROWERS[$((i % ${#BORROWERS[@]}))]} ${ITEMS[$i]}" >>"$counter_file"
done

point() {
	local name=$1 connections=$2
	shift 2
	local out=$RESULTS/$name-$connections.txt
	wrk --timeout 30s --latency "$@" >"$out" 2>&1
	log "$name, $connections: $(grep '^RESULT' "$out")"
	grep '^REFUSED' "$out" | head -3 >&2 || true
	echo "$name connections=$connections $(grep '^RESULT' "$out" | cut -d' ' -f2-)" >>"$RESULTS/run.txt"
}

{
	echo "date: $(date -Is)"
	echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"
	echo "machine: $(nproc) cores; load before: $(load1)"
	echo "site: $SLUG ($SITE) duration: $DURATION counters: $COUNTERS"
} >"$RESULTS/run.txt"

# Whatever a counter left out (a run can stop between a checkout and its return) is taken
# back, so that each measurement starts with every item in.
numbers=$(printf "'%s'," "${ITEMS[@]}" | sed 's/,$//')
return_all() {
	sql "UPDATE lending_loan SET returned_at = now(), returned_by = 'bench', return_condition = 'GOOD'
		WHERE returned_at IS NULL AND item_id IN (SELECT id FROM lending_item WHERE number IN ($numbers))" >/dev/null
	sql "UPDATE lending_item SET status = 'AVAILABLE' WHERE site_id = $SITE AND status = 'ON_LOAN'
		AND number IN ($numbers)" >/dev/null
}
counters() {
	WRK_COUNTERS=$counter_file WRK_SITE=$SITE "$@" -t"$COUNTERS" -c"$COUNTERS" -s "$BENCH/counter.lua" "$APP_URL"
}

# Warm up, then measure: at a counter's pace (a scan a second at each counter, faster than
# a person lends), and flat out (each counter sends its next request as soon as the last is
# answered, which measures how many the machine can take).
WRK_PAUSE_MS=0 counters wrk -d"${WARMUP:-30s}" >/dev/null
return_all
sql "SELECT pg_stat_statements_reset()" >/dev/null
WRK_PAUSE_MS=1000 counters point counter-paced "$COUNTERS" -d"${PACED_DURATION:-40s}"
return_all
WRK_PAUSE_MS=0 counters point counter "$COUNTERS" -d"$DURATION"
return_all
query_report counter "$(awk '/^counter/ { for (i = 1; i <= NF; i++) if ($i ~ /^requests=/) { split($i, kv, "="); n += kv[2] } } END { print n }' "$RESULTS/run.txt")"

wrk -t2 -c10 -d"${WARMUP:-30s}" "$APP_URL/fritidsbanken/$SLUG" >/dev/null
for c in 10 50; do
	point catalogue "$c" -t2 -c"$c" -d"$DURATION" -s "$BENCH/report.lua" "$APP_URL/fritidsbanken/$SLUG"
done
point catalogue-search 10 -t2 -c10 -d"$DURATION" -s "$BENCH/report.lua" "$APP_URL/fritidsbanken/$SLUG?q=skridskor"
cat "$RESULTS/run.txt"
