# Shared by bench/run and the bench/*.sh benchmarks it sources: servers, JVM flags, and `measure`, which
# runs one command as a fresh process and records its wall time and peak memory as seen from outside.

pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
maria_host=${BENCH_MARIADB_HOST:-127.0.0.1}
maria_port=${BENCH_MARIADB_PORT:-3306}
maria_user=${BENCH_MARIADB_USER:-root}

# The flags ./retort starts the CLI with on this machine (its defaults, not the caller's RETORT_JAVA_OPTS),
# asked of the launcher so the two never drift apart.
launcher_flags=$(env -u RETORT_JAVA_OPTS "$repo/retort" --java-opts)
[ -n "$launcher_flags" ] || { echo "error: cannot read the JVM flags from $repo/retort --java-opts" >&2; exit 2; }

# retort_command launcher|default: how Retort is started. launcher: through ./retort, as a user runs it (its
# flags and its class-data archives, kept in this run's own cache and made by the warm-up round); default:
# `java -jar` with no flags and no archive.
retort_command() {
  case $1 in
    launcher) echo "env RETORT_CACHE=$work/retort-cache $repo/retort" ;;
    default) echo "java -jar $retort_jar" ;;
    *) echo "error: unknown flag set $1" >&2; return 2 ;;
  esac
}

# jvm_flags launcher|default: the flags of one JVM flag set (default: none, the JVM's own choice).
jvm_flags() {
  case $1 in
    launcher) echo "$launcher_flags" ;;
    default) echo "" ;;
    *) echo "error: unknown flag set $1" >&2; return 2 ;;
  esac
}

jdbc_url() { # jdbc_url postgresql|mariadb DATABASE
  case $1 in
    postgresql) echo "jdbc:postgresql://$pg_host:$pg_port/$2" ;;
    mariadb) echo "jdbc:mariadb://$maria_host:$maria_port/$2" ;;
  esac
}

sqlalchemy_url() { # sqlalchemy_url postgresql|mariadb DATABASE
  case $1 in
    postgresql) echo "postgresql+psycopg2://$pg_user@$pg_host:$pg_port/$2" ;;
    mariadb) echo "mysql+pymysql://$maria_user@$maria_host:$maria_port/$2" ;;
  esac
}

db_user() { case $1 in postgresql) echo "$pg_user" ;; mariadb) echo "$maria_user" ;; esac; }

pg_sql() { PGOPTIONS="-c client_min_messages=warning" psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qAtX -v ON_ERROR_STOP=1 "$@"; }
maria_sql() { mariadb -h "$maria_host" -P "$maria_port" -u "$maria_user" -N -B "$@"; }

# recreate_db postgresql|mariadb NAME [TEMPLATE]: an empty database (a copy of TEMPLATE on PostgreSQL).
recreate_db() {
  case $1 in
    postgresql)
      pg_sql -d postgres -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)"
      pg_sql -d postgres -c "CREATE DATABASE $2${3:+ TEMPLATE $3}" ;;
    mariadb)
      maria_sql -e "DROP DATABASE IF EXISTS $2; CREATE DATABASE $2" ;;
  esac
}

drop_db() {
  case $1 in
    postgresql) pg_sql -d postgres -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)" ;;
    mariadb) maria_sql -e "DROP DATABASE IF EXISTS $2" ;;
  esac
}

# count_tables postgresql|mariadb DATABASE: how many tables named t<4 digits> the database holds.
count_tables() {
  case $1 in
    postgresql) pg_sql -d "$2" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t[0-9]{4}$'" ;;
    mariadb) maria_sql -e "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$2' AND table_name REGEXP '^t[0-9]{4}$'" ;;
  esac
}

# rotate R WORD...: the words rotated left by R, so that each round starts with another peer.
rotate() {
  local r=$1; shift
  local n=$# i
  local words=("$@")
  for ((i = 0; i < n; i++)); do printf '%s\n' "${words[(i + r) % n]}"; done
}

# measure BENCH DB SIZE TOOL FLAGS ROUND DIR CHECK -- COMMAND...
# Runs COMMAND once in DIR as a fresh process under /usr/bin/time and appends one row to $samples:
# bench, database, size, tool, flag set, round, wall microseconds (this shell's clock around the process),
# peak resident set in KB (/usr/bin/time's %M), status (ok or fail), a note, and the 1-minute load average
# right after the run (so a report can say how busy the machine was). CHECK is a function called
# with the exit code and the log; it decides whether the run did what it should (a no-op that found
# nothing, a migration run that applied everything) and prints why not. Returns 0 when the run passed.
measure() {
  local bench=$1 db=$2 size=$3 tool=$4 flags=$5 round=$6 dir=$7 check=$8
  shift 9
  local log="$logs/$bench-$db-$size-$tool-$flags-r$round.log" timing="$work/time.out"
  local start end rc note status=ok
  start=$(date +%s%N)
  (cd "$dir" && exec /usr/bin/time -f '%e %M' -o "$timing" "$@") >"$log" 2>&1 && rc=0 || rc=$?
  end=$(date +%s%N)
  local rss
  rss=$(tail -n 1 "$timing" | awk '{print $2}')
  if ! note=$("$check" "$rc" "$log"); then
    status=fail
    note="${note:-exit $rc}"
  fi
  note=${note//"$work/"/}
  note=$(printf '%s' "$note" | tr '\t\n' '  ' | cut -c 1-200)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$bench" "$db" "$size" "$tool" "$flags" "$round" \
    "$(( (end - start) / 1000 ))" "$rss" "$status" "$note" "$(cut -d ' ' -f 1 /proc/loadavg)" >>"$samples"
  printf '  %-8s %-10s %5s %-26s %-8s round %s: %7.2f s %6d MB %s\n' "$bench" "$db" "$size" "$tool" "$flags" \
    "$round" "$(awk -v us=$(( (end - start) / 1000 )) 'BEGIN{print us / 1e6}')" "$(( ${rss:-0} / 1024 ))" \
    "$status${note:+ ($note)}" >&2
  [ "$status" = ok ]
}

# first_error EXIT LOG: the line of a failed run's output that says what went wrong.
first_error() {
  local line
  line=$(grep -m 1 -E '^error:|^Exception in thread|^[A-Za-z_.]+(Error|Exception):|not a no-op' "$2" 2>/dev/null ||
    tail -n 1 "$2")
  # the compiler's reason comes lines after Retort's message; put it first, so a cut note keeps it
  if grep -q 'code too large' "$2" && [[ $line != *'code too large'* ]]; then line="code too large; $line"; fi
  echo "$line"
}

check_exit_zero() { [ "$1" -eq 0 ] || { echo "exit $1: $(first_error "$1" "$2")"; return 1; }; }

check_no_changes() {
  check_exit_zero "$@" || return 1
  grep -q 'No changes' "$2" || { echo "not a no-op: $(grep -m 1 -E 'Wrote|^  [+~-]' "$2")"; return 1; }
}

# entity_model SIZE: the generated entities and SQLAlchemy models of SIZE tables, written once per bench/run;
# prints their folder.
entity_model() {
  local dir="$work/model-$1"
  if [ ! -f "$dir/entities.txt" ]; then
    rm -rf "$dir"
    java -cp "$bench_cp" dev.retort.bench.EntityModelGenerator "$1" "$dir" >"$logs/model-$1.log" 2>&1 ||
      { echo "error: generating $1 entities failed, see $logs/model-$1.log" >&2; return 1; }
  fi
  echo "$dir"
}
