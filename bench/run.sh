#!/usr/bin/env bash
# Load benchmark of the public minutes page, a group page, Mina sidor and the search page
# (anonymous and logged in), with nginx serving the same minutes page as a static file for
# the ceiling. See docs/benchmarks.md.
#
#   bench/run.sh                 full run: 6 targets x 1, 10, 50 connections, 20 s each
#   DURATION=5s bench/run.sh     a quick try
#   TARGETS="search search-in" CONNECTIONS=10 bench/run.sh    only the search, 10 users
#   THINK_MS=500 TARGETS=mine CONNECTIONS=50 bench/run.sh      50 people reading, not racing
#
# Everything lives under bench/data (git-ignored): the embedded PostgreSQL with the archive
# (generated once by bench/generate-archive.sql), nginx's prefix, the session cookie. Each
# run writes its raw output and a summary to bench/results/<date-time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

archive_defaults
NGINX_PORT=18081 # as in bench/nginx.conf
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-1 10 50}
# Mina sidor is measured with this many sessions of samordnare, one after the other per
# request (bench/report.lua), like that many people logged in.
SESSIONS=${SESSIONS:-50}
# By default each connection asks again as soon as it has its answer, so that 50
# connections measure what the app can do at most (the target). With THINK_MS, each waits
# about that long between its requests (bench/report.lua), like people reading each page
# before the next; wrk's latency leaves the wait out.
THINK_MS=${THINK_MS:-0}
export WRK_THINK_MS=$THINK_MS
# Wait (at most QUIET_WAIT s) for the 1-minute load to drop to MAX_LOAD before each point.
# Points that started above it, or during which other processes used more than MAX_FOREIGN
# percent of the machine's CPU, are measured again once at the end; the summary keeps the
# measurement of each point that was disturbed least.
MAX_LOAD=${MAX_LOAD:-1.0}
MAX_FOREIGN=${MAX_FOREIGN:-10}
QUIET_WAIT=${QUIET_WAIT:-120}
# A subset, e.g. TARGETS="mine nginx", to measure some pages again.
read -r -a TARGETS <<<"${TARGETS:-minutes group mine search search-in floor nginx}"
# The search page asks for these queries in turn (report.lua), as typed, one a line.
QUERIES=${QUERIES:-$BENCH/search-queries.txt}
RESULTS=${RESULTS:-$BENCH/results/$(date +%Y%m%d-%H%M%S)}

NGINX_PREFIX=$DATA/nginx
COOKIES=$DATA/cookies.txt
SESSION_FILE=$DATA/sessions.txt
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samskapa)
NGINX_STARTED=

cleanup() {
	if [[ -n $NGINX_STARTED ]]; then
		nginx -p "$NGINX_PREFIX/" -c "$BENCH/nginx.conf" -e "$NGINX_PREFIX/error.log" -s quit 2>/dev/null || true
	fi
	stop_app "$PG_DATA"
}
trap cleanup EXIT

sql() { "${PSQL[@]}" -tA -c "$1"; }

# Starts the app and waits until it answers and the demo accounts exist: Tomcat answers
# before the demo data (an ApplicationRunner) is in, on a first start by several seconds.
start_and_wait() {
	local start_ns i
	start_ns=$(date +%s%N)
	start_app "$PG_DATA" "$APP_PORT" "$PG_PORT" "$DATA/app.log"
	STARTUP_MS=$(wait_ready "$APP_PORT" "$start_ns" 300)
	log "app (pid $APP_PID) answers after $STARTUP_MS ms"
	for i in $(seq 1 600); do
		[[ $(sql "SELECT count(*) FROM directory_account WHERE username = 'samordnare'") == 1 ]] && return
		kill -0 "$APP_PID" 2>/dev/null || die "the app exited while loading the demo data"
		sleep 0.2
	done
	die "no demo data after 120 s"
}

# A session of samordnare (David Bergström): GET the login page for the CSRF token, POST
# the form, and check that Mina sidor then answers with the page itself. Prints the
# session id.
login() {
	local token session
	rm -f "$COOKIES"
	token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$APP_URL/login" |
		sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	[[ -n $token ]] || die "no CSRF token on the login page"
	curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=samordnare \
		--data-urlencode password=demo --data-urlencode "_csrf=$token" "$APP_URL/login"
	session=$(awk '$6 == "SAMSKAPA_SESSION" { print $7 }' "$COOKIES")
	[[ -n $session ]] || die "login failed: no SAMSKAPA_SESSION cookie"
	check_page "$APP_URL/mina-sidor" "Mina åtgärder" -H "Cookie: SAMSKAPA_SESSION=$session"
	echo "$session"
}

# wrk counts a redirect as a success, so make sure a URL gives 200 and the expected page.
check_page() {
	local url=$1 text=$2 body code
	shift 2
	body=$(mktemp)
	code=$(curl -s -o "$body" -w '%{http_code}' "$@" "$url")
	if [[ $code != 200 ]] || ! grep -q "$text" "$body"; then
		rm -f "$body"
		die "$url answered $code without \"$text\""
	fi
	rm -f "$body"
}

# CPU time (clock ticks) of the app, of its PostgreSQL (postmaster and backends) and of
# nginx, so that each point can say what a request cost each of them and how much of the
# machine someone else used meanwhile.
ticks_of() {
	local pid total=0
	for pid in "$@"; do
		# fields 14 and 15 of /proc/PID/stat: utime and stime (the name in field 2 has no spaces here)
		total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}
app_ticks() { ticks_of "$APP_PID"; }
db_ticks() {
	local postmaster
	postmaster=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
	[[ -n $postmaster ]] && ticks_of "$postmaster" $(pgrep -P "$postmaster") || echo 0
}
nginx_ticks() {
	local pid
	if [[ -f $NGINX_PREFIX/nginx.pid ]]; then
		pid=$(cat "$NGINX_PREFIX/nginx.pid")
		ticks_of "$pid" $(pgrep -P "$pid")
	else
		echo 0
	fi
}

machine_ticks() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }

# One measurement: wrk with report.lua; prints the RESULT line with the load before, the
# share of the machine other processes used during the run, and the CPU a request cost the
# app, PostgreSQL and wrk (ms; the machine's cores bound the requests a second to
# cores x 1000 / their sum).
measure() {
	local name=$1 url=$2 connections=$3 out threads load before_busy before_total after_busy after_total wrk_ticks hz
	local app_before db_before nginx_before app_used db_used nginx_used
	out=$RESULTS/$name-c$connections.txt
	threads=$((connections < 2 ? connections : 2)) # wrk needs at least one connection per thread
	load=$(wait_quiet "$MAX_LOAD" "$QUIET_WAIT")
	uptime >"$out"
	read -r before_busy before_total < <(machine_ticks)
	app_before=$(app_ticks) db_before=$(db_ticks) nginx_before=$(nginx_ticks)
	# `times` in the subshell gives the CPU that wrk (its only child) used.
	(
		wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 30s --latency -s "$BENCH/report.lua" \
			-H 'Accept-Encoding: gzip' "$url"
		times
	) >>"$out" 2>&1
	app_used=$(($(app_ticks) - app_before)) db_used=$(($(db_ticks) - db_before)) nginx_used=$(($(nginx_ticks) - nginx_before))
	read -r after_busy after_total < <(machine_ticks)
	hz=$(getconf CLK_TCK)
	wrk_ticks=$(tail -1 "$out" | awk -v hz="$hz" '{ split($1, u, /[ms]/); split($2, s, /[ms]/); print int((u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz) }')
	local foreign result requests cpu
	foreign=$(awk -v b=$((after_busy - before_busy)) -v t=$((after_total - before_total)) -v o=$((app_used + db_used + nginx_used + wrk_ticks)) \
		'BEGIN { f = (b - o) / t * 100; if (f < 0) f = 0; printf "%.0f", f }')
	result=$(grep '^RESULT' "$out" || die "no RESULT line in $out")
	requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<<"$result")
	# nginx's own CPU counts as the server's for the static page.
	cpu=$(awk -v r="$requests" -v hz="$hz" -v a=$((app_used + nginx_used)) -v d="$db_used" -v w="$wrk_ticks" \
		'BEGIN { if (r < 1) r = 1; printf "app_cpu_ms=%.2f db_cpu_ms=%.2f wrk_cpu_ms=%.2f", a * 1000 / hz / r, d * 1000 / hz / r, w * 1000 / hz / r }')
	echo "$result target=$name connections=$connections think_ms=$THINK_MS load_before=$load foreign_cpu_pct=$foreign $cpu" | tee -a "$RESULTS/results.txt" >&2
}

memory_report() {
	local postmaster pss=0 pid
	{
		echo "# JVM (pid $APP_PID) after the run"
		grep -E '^(VmRSS|VmHWM|RssAnon|RssFile|Threads)' "/proc/$APP_PID/status"
		jcmd "$APP_PID" GC.heap_info
		jcmd "$APP_PID" VM.flags | tr ' ' '\n' | grep -E 'MaxHeapSize|InitialHeapSize|Use.*GC$' || true
		postmaster=$(head -1 "$PG_DATA/postmaster.pid")
		for pid in $postmaster $(pgrep -P "$postmaster"); do
			pss=$((pss + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
		done
		echo "# PostgreSQL: $(($(pgrep -P "$postmaster" | wc -l) + 1)) processes, PSS $((pss / 1024)) MiB in all"
	} >"$RESULTS/memory.txt"
}

require_tools java jcmd wrk nginx psql curl pgrep
mkdir -p "$DATA" "$RESULTS"
build_jar_if_needed

# 1. The app on the benchmark's data directory. A first start runs initdb, the migrations
#    and the demo data; then the archive goes in once, and pg_stat_statements is switched on
#    in this data directory only (postgresql.auto.conf), which needs a restart.
# Deeper stacks in JFR recordings, so that a sample still shows the page it belongs to.
[[ ${PROFILE:-0} == 1 ]] && JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions=stackdepth=256"
start_and_wait
if [[ $(sql "SELECT count(*) FROM groups_group") == 6 ]]; then
	log "generating the archive (about 20 s)"
	"${PSQL[@]}" -f "$BENCH/generate-archive.sql" | tee "$DATA/archive.log" >&2
fi
if [[ $(sql "SHOW shared_preload_libraries") != *pg_stat_statements* ]]; then
	sql "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
	stop_app "$PG_DATA"
	start_and_wait
fi
sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
RESTART_MS=$STARTUP_MS

# 2. What to measure: the latest published minutes that have decisions, actions and a
#    follow-up section (a typical full page), the group page, and Mina sidor.
MEETING_ID=${MEETING_ID:-$(sql "
	SELECT m.id FROM meetings_meeting m
	WHERE m.minutes_status = 'PUBLISHED'
	  AND EXISTS (SELECT 1 FROM meetings_decision d WHERE d.meeting_id = m.id)
	  AND EXISTS (SELECT 1 FROM meetings_action_item a WHERE a.meeting_id = m.id)
	  AND EXISTS (SELECT 1 FROM meetings_follow_up f WHERE f.meeting_id = m.id)
	ORDER BY m.meeting_date DESC, m.id LIMIT 1")}
for i in $(seq 1 "$SESSIONS"); do login; done >"$SESSION_FILE"
SESSION=$(head -1 "$SESSION_FILE")
check_page "$APP_URL/moten/$MEETING_ID" "Uppföljning"
check_page "$APP_URL/grupper/$GROUP_SLUG" "Protokoll"
# A start after the index's contents changed (SearchIndexer.VERSION) rebuilds the search
# index in the background, a minute or two: measure the search only on the full index.
INDEX_VERSION=$(sed -n 's/.*static final int VERSION = \([0-9]*\);.*/\1/p' "$ROOT/src/main/java/se/samskapa/search/internal/SearchIndexer.java")
for i in $(seq 1 300); do
	[[ $(sql "SELECT coalesce(max(version), 0) FROM search_state") -ge $INDEX_VERSION ]] && break
	((i == 1)) && log "waiting for the search index to be rebuilt"
	sleep 2
done
check_page "$APP_URL/sok?q=lokal" "träffar"

# 3. nginx with the same minutes page, as the anonymous visitor gets it.
mkdir -p "$NGINX_PREFIX/html" "$NGINX_PREFIX/tmp"
curl -s -o "$NGINX_PREFIX/html/minutes.html" "$APP_URL/moten/$MEETING_ID"
nginx -p "$NGINX_PREFIX/" -c "$BENCH/nginx.conf" -e "$NGINX_PREFIX/error.log"
NGINX_STARTED=1
check_page "http://127.0.0.1:$NGINX_PORT/minutes.html" "Uppföljning"

declare -A URL=(
	[minutes]=$APP_URL/moten/$MEETING_ID
	[group]=$APP_URL/grupper/$GROUP_SLUG
	[mine]=$APP_URL/mina-sidor
	[search]=$APP_URL/sok
	[search-in]=$APP_URL/sok
	[floor]=$APP_URL/tillganglighet
	[nginx]=http://127.0.0.1:$NGINX_PORT/minutes.html
)
# Mina sidor, the logged-in search and the floor (the accessibility statement, the
# cheapest page, logged in: what every logged-in page costs before its own work) get their
# sessions through report.lua, the other pages are anonymous; the search pages get their
# queries through it too.
use_sessions_for() {
	if [[ $1 == mine || $1 == search-in || $1 == floor ]]; then export WRK_COOKIES=$SESSION_FILE; else unset WRK_COOKIES; fi
	if [[ $1 == search* ]]; then export WRK_QUERIES=$QUERIES; else unset WRK_QUERIES; fi
}

{
	echo "date: $(date -Is)"
	echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"
	echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -r)"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "postgres: $(sql 'SHOW server_version')"
	echo "java_opts: ${JAVA_OPTS:-(none)}"
	echo "meeting: $MEETING_ID group: $GROUP_SLUG duration: $DURATION connections: $CONNECTIONS think_ms: $THINK_MS"
	echo "restart_on_archive_ms: $RESTART_MS"
	echo "pages: minutes $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "${URL[minutes]}") B gzip,"\
		"group $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "${URL[group]}") B gzip,"\
		"mine $(curl -s -H 'Accept-Encoding: gzip' -H "Cookie: SAMSKAPA_SESSION=$SESSION" -o /dev/null -w '%{size_download}' "${URL[mine]}") B gzip"
} | tee "$RESULTS/run.txt" >&2

# 4. Warm-up: the JIT compiles the hot paths, Hikari fills its pool, PostgreSQL's caches fill.
for target in "${TARGETS[@]}"; do
	use_sessions_for "$target"
	log "warming up $target ($WARMUP)"
	WRK_THINK_MS=0 wrk -t2 -c10 -d"$WARMUP" --timeout 30s -s "$BENCH/report.lua" -H 'Accept-Encoding: gzip' "${URL[$target]}" >/dev/null
done

# 5. The measurements, target by target, with the database's statement counts per target.
: >"$RESULTS/results.txt"
for target in "${TARGETS[@]}"; do
	use_sessions_for "$target"
	if [[ $target != nginx ]]; then sql "SELECT pg_stat_statements_reset()" >/dev/null; fi
	for c in $CONNECTIONS; do
		log "$target, $c connections"
		measure "$target" "${URL[$target]}" "$c"
	done
	if [[ $target != nginx ]]; then
		requests=$(grep "target=$target " "$RESULTS/results.txt" | sed 's/.* requests=\([0-9]*\).*/\1/' | awk '{ s += $1 } END { print s }')
		query_report "$target" "$requests"
	fi
done

# Disturbed points once more, now that the rest is done.
mapfile -t again < <(awk -v max_load="$MAX_LOAD" -v max_foreign="$MAX_FOREIGN" '{
		for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		if (v["load_before"] > max_load || v["foreign_cpu_pct"] > max_foreign) print
	}' "$RESULTS/results.txt")
for line in "${again[@]}"; do
	target=$(sed 's/.* target=\([a-z-]*\) .*/\1/' <<<"$line")
	c=$(sed 's/.* connections=\([0-9]*\) .*/\1/' <<<"$line")
	use_sessions_for "$target"
	log "again: $target, $c connections (disturbed by other load)"
	measure "$target" "${URL[$target]}" "$c"
done

check_page "${URL[mine]}" "Mina åtgärder" -H "Cookie: SAMSKAPA_SESSION=$SESSION"
memory_report

# 7. With PROFILE=1, after the measurements (so that they stay clean): a JFR recording of
#    each app page under 10 connections, and where the CPU goes (bench/jfr-breakdown.py).
if [[ ${PROFILE:-0} == 1 ]]; then
	for target in "${TARGETS[@]}"; do
		[[ $target == nginx ]] && continue
		use_sessions_for "$target"
		log "profiling $target"
		jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null
		WRK_THINK_MS=0 wrk -t2 -c10 -d"$DURATION" --timeout 30s -s "$BENCH/report.lua" -H 'Accept-Encoding: gzip' "${URL[$target]}" >/dev/null
		jcmd "$APP_PID" JFR.stop name=bench filename="$DATA/$target.jfr" >/dev/null
		jfr print --json --stack-depth 256 --events jdk.ExecutionSample "$DATA/$target.jfr" |
			python3 "$BENCH/jfr-breakdown.py" >"$RESULTS/$target-profile.txt"
	done
fi

# 6. The table for docs/benchmarks.md: per target and connection count, the measurement
#    during which other processes used the least CPU.
{
	((THINK_MS > 0)) && echo "Each connection waited about $THINK_MS ms between its requests." && echo
	echo "| page | connections | p50 ms | p95 ms | p99 ms | req/s | CPU ms a request: app / db / wrk | load before | other CPU % |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	for target in "${TARGETS[@]}"; do
		for c in $CONNECTIONS; do
			grep "target=$target connections=$c " "$RESULTS/results.txt" |
				awk '{ f = $0; sub(/.*foreign_cpu_pct=/, "", f); sub(/ .*/, "", f); print f, $0 }' | sort -n | head -1 | cut -d' ' -f2- |
				awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
					printf "| %s | %s | %s | %s | %s | %s | %s / %s / %s | %s | %s |\n", v["target"], v["connections"], v["p50_ms"],
						v["p95_ms"], v["p99_ms"], v["rps"], v["app_cpu_ms"], v["db_cpu_ms"], v["wrk_cpu_ms"], v["load_before"], v["foreign_cpu_pct"] }'
		done
	done
} >"$RESULTS/summary.md"
cat "$RESULTS/summary.md" >&2
log "results in $RESULTS"
