#!/usr/bin/env bash
# One request at a time, for diagnosis: per page, the statements one request sends to
# PostgreSQL (pg_stat_statements, counted over a single request) and the median latency of
# REQUESTS sequential requests after a warm-up. Extra arguments go to the app, to try a
# setting without touching src/, e.g.
#
#   bench/single-request.sh                                          as configured
#   bench/single-request.sh --spring.web.resources.chain.enabled=false \
#       --spring.web.resources.chain.strategy.content.enabled=false  without the resource chain
#
# Needs bench/run.sh to have built bench/data (archive, pg_stat_statements) first.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

archive_defaults
REQUESTS=${REQUESTS:-50}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samskapa -tA)

[[ -f $PG_DATA/PG_VERSION ]] || die "run bench/run.sh first"
trap 'stop_app "$PG_DATA"' EXIT

sql() { "${PSQL[@]}" -c "$1"; }

start_ns=$(date +%s%N)
# Not start_app: the extra arguments here are the application's, after -jar.
JAR_ARGS=("$@")
bash -c 'exec "$@"' -- java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
	--samskapa.embedded-db.data-directory="$PG_DATA" --samskapa.embedded-db.port="$PG_PORT" \
	"${JAR_ARGS[@]}" >"$DATA/single-request.log" 2>&1 &
APP_PID=$!
wait_ready "$APP_PORT" "$start_ns" 300 >/dev/null

token=$(curl -s -c "$DATA/single-cookies.txt" -b "$DATA/single-cookies.txt" "$APP_URL/login" |
	sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$DATA/single-cookies.txt" -b "$DATA/single-cookies.txt" --data-urlencode username=samordnare \
	--data-urlencode password=demo --data-urlencode "_csrf=$token" "$APP_URL/login"
session=$(awk '$6 == "SAMSKAPA_SESSION" { print $7 }' "$DATA/single-cookies.txt")
meeting=$(sql "SELECT m.id FROM meetings_meeting m WHERE m.minutes_status = 'PUBLISHED'
	AND EXISTS (SELECT 1 FROM meetings_decision d WHERE d.meeting_id = m.id)
	AND EXISTS (SELECT 1 FROM meetings_action_item a WHERE a.meeting_id = m.id)
	AND EXISTS (SELECT 1 FROM meetings_follow_up f WHERE f.meeting_id = m.id)
	ORDER BY m.meeting_date DESC, m.id LIMIT 1")

echo "| page | statements per request | median ms ($REQUESTS sequential) | links in the page |"
echo "| --- | ---: | ---: | ---: |"
for page in "minutes:/moten/$meeting" "group:/grupper/$GROUP_SLUG" "mine:/mina-sidor"; do
	name=${page%%:*}
	path=${page#*:}
	curl_args=(-s -H 'Accept-Encoding: gzip')
	[[ $name == mine ]] && curl_args+=(-H "Cookie: SAMSKAPA_SESSION=$session")
	for i in $(seq 1 200); do curl "${curl_args[@]}" -o /dev/null "$APP_URL$path"; done # warm-up
	sql "SELECT pg_stat_statements_reset()" >/dev/null
	curl "${curl_args[@]}" -o /dev/null "$APP_URL$path"
	statements=$(sql "SELECT sum(calls) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'")
	median_ms=$(for i in $(seq 1 "$REQUESTS"); do
		curl "${curl_args[@]}" -o /dev/null -w '%{time_total}\n' "$APP_URL$path"
	done | awk '{ print $1 * 1000 }' | median)
	links=$(curl -s "${curl_args[@]/gzip/identity}" "$APP_URL$path" | grep -o 'href="' | wc -l)
	echo "| $name | $statements | $median_ms | $links |"
done
