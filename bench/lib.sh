# Functions shared by bench/run.sh and bench/startup.sh (sourced, not run).
# They expect ROOT (the repository), JAR, and set APP_PID when they start the app.

JAR=${JAR:-$ROOT/target/samskapa-0.1.0-SNAPSHOT.jar}

# The archive's data directory, ports and pages, shared by bench/run.sh and
# bench/single-request.sh (bench/startup.sh uses its own).
archive_defaults() {
	DATA=${DATA:-$BENCH/data}
	APP_PORT=${APP_PORT:-18080}
	PG_PORT=${PG_PORT:-15432}
	GROUP_SLUG=${GROUP_SLUG:-gemensam-utvecklingsgrupp}
	PG_DATA=$DATA/postgres
	APP_URL=http://127.0.0.1:$APP_PORT
	APP_PID=
}

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() { log "ERROR: $*"; exit 1; }

require_tools() {
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null || die "$tool is needed (see docs/benchmarks.md)"
	done
}

# The jar, built when it is missing or older than a source file or the pom.
build_jar_if_needed() {
	if [[ -f $JAR ]] && [[ -z $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit) ]]; then
		return
	fi
	log "building $JAR"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
}

# 1-minute load average: the brief asks for it before each measurement.
load1() { cut -d' ' -f1 /proc/loadavg; }

# Waits (at most max_wait seconds) until the 1-minute load is at or below the limit, so
# that a measurement starts on a quiet machine; our own previous run keeps the load up for
# about a minute after it ends. Prints the load it starts with.
wait_quiet() {
	local limit=$1 max_wait=$2 waited=0
	while awk -v l="$(load1)" -v m="$limit" 'BEGIN { exit !(l > m) }' && ((waited < max_wait)); do
		sleep 5
		waited=$((waited + 5))
	done
	load1
}

# Starts the jar in the background with its own data directory and ports; sets APP_PID.
# Extra arguments go to the JVM before -jar (e.g. -Djava.io.tmpdir=...).
start_app() {
	local data_dir=$1 app_port=$2 pg_port=$3 log_file=$4
	shift 4
	# An app left running (by an earlier run that was stopped) would answer in place of
	# this one, and be measured with the wrong settings.
	if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$app_port/"; then
		die "something already answers on port $app_port (an app left from an earlier run?): stop it first"
	fi
	# exec: APP_PID must be the JVM itself, so that SIGTERM reaches Spring's shutdown hook,
	# which stops the embedded PostgreSQL cleanly.
	# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
	bash -c 'exec "$@"' -- java ${JAVA_OPTS:-} "$@" -jar "$JAR" \
		--server.port="$app_port" \
		--samskapa.embedded-db.data-directory="$data_dir" \
		--samskapa.embedded-db.port="$pg_port" \
		>"$log_file" 2>&1 &
	APP_PID=$!
}

# Milliseconds since start_ns until GET path (default /) answers 200; polls every 50 ms
# for at most max_seconds, and gives up at once if the JVM dies.
wait_ready() {
	local app_port=$1 start_ns=$2 max_seconds=$3 path=${4:-/} code
	local deadline=$((start_ns + max_seconds * 1000000000))
	while (($(date +%s%N) < deadline)); do
		kill -0 "$APP_PID" 2>/dev/null || die "the app exited while starting (see its log)"
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$app_port$path" || true)
		if [[ $code == 200 ]]; then
			echo $((($(date +%s%N) - start_ns) / 1000000))
			return
		fi
		sleep 0.05
	done
	die "the app did not answer 200 on $path within $max_seconds s"
}

# SIGTERM and wait (bounded) for the JVM to close; Spring then stops PostgreSQL. If it
# hangs, kill it and stop its PostgreSQL by hand so that the next start finds a clean data
# directory.
stop_app() {
	local data_dir=$1 i
	[[ -n ${APP_PID:-} ]] || return 0
	kill -TERM "$APP_PID" 2>/dev/null || true
	for i in $(seq 1 60); do
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 1
	done
	if kill -0 "$APP_PID" 2>/dev/null; then
		log "the app did not stop within 60 s: killing it"
		kill -KILL "$APP_PID" 2>/dev/null || true
		stop_postgres "$data_dir"
	fi
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}

# pg_ctl stop on a data directory, with the binaries the app unpacked. PostgreSQL refuses
# to run as root; the app then runs it in a user namespace, and so do we.
stop_postgres() {
	local data_dir=$1 pg_ctl
	[[ -f $data_dir/postmaster.pid ]] || return 0
	pg_ctl=$(ls -d /tmp/samskapa-pg-binaries/*/bin/pg_ctl 2>/dev/null | head -1)
	[[ -n $pg_ctl ]] || return 0
	if [[ $(id -u) == 0 ]]; then
		unshare -U "$pg_ctl" -D "$data_dir" -m fast -w -t 30 stop || true
	else
		"$pg_ctl" -D "$data_dir" -m fast -w -t 30 stop || true
	fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# pg_stat_statements since the last reset, per request: statements and where the database
# time goes, into $RESULTS/<name>-queries.txt (PSQL and RESULTS are the caller's).
query_report() {
	local name=$1 requests=$2
	{
		echo "# $name: $requests requests (all connection counts)"
		"${PSQL[@]}" -c "
			SELECT sum(calls) AS statements, round(sum(calls) / $requests::numeric, 1) AS statements_per_request,
			       round(sum(total_exec_time)::numeric / $requests, 2) AS db_ms_per_request
			FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"
		"${PSQL[@]}" -c "
			SELECT calls, round(calls / $requests::numeric, 1) AS per_request, round(mean_exec_time::numeric, 3) AS mean_ms,
			       round((total_exec_time / $requests)::numeric, 3) AS ms_per_request, left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS query
			FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
			ORDER BY calls DESC LIMIT 25"
	} >"$RESULTS/$name-queries.txt"
}
