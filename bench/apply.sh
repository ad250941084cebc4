# bench/run apply: N one-statement migrations applied to an empty database, N = each of $counts, on each
# database: Retort's `upgrade head`, Flyway's migrate, Alembic's `upgrade head`, and the same statements run
# directly over JDBC (the floor). Every run starts from a freshly created database.

apply_peers=(retort:launcher retort:default flyway:launcher flyway:default alembic:python direct:launcher
  direct:default)

# apply_fixture COUNT: the migrations of every tool, written once per bench/run.
apply_fixture() {
  local here="$work/apply-$1"
  if [ ! -f "$here/direct.sql" ]; then
    java -cp "$bench_cp" dev.retort.bench.MigrationSetGenerator "$1" "$here" >"$logs/apply-setup-$1.log" 2>&1 ||
      { echo "error: writing $1 migrations failed, see $logs/apply-setup-$1.log" >&2; return 1; }
    cp "$repo/bench/alembic/"{alembic.ini,env.py,script.py.mako} "$here/alembic/"
  fi
  echo "$here"
}

# apply_command DB DATABASE TOOL FLAGS FIXTURE: the command line that applies every migration, and the
# folder it runs in, as the words of an array named by the caller (`dir` first).
apply_command() {
  local db=$1 database=$2 tool=$3 flags=$4 here=$5 user
  user=$(db_user "$db")
  case $tool in
    # shellcheck disable=SC2046 # the flags are words
    retort) cmd=("$here/retort" $(retort_command "$flags") upgrade head
      --url "$(jdbc_url "$db" "$database")" --user "$user") ;;
    flyway) cmd=("$here" java $(jvm_flags "$flags") -cp "$flyway_cp" dev.retort.bench.FlywayRun migrate "$here/flyway"
      "$(jdbc_url "$db" "$database")" "$user") ;;
    alembic) cmd=("$here/alembic" env BENCH_URL="$(sqlalchemy_url "$db" "$database")" alembic -c alembic.ini upgrade head) ;;
    direct) cmd=("$here" java $(jvm_flags "$flags") -cp "$jdbc_cp" dev.retort.bench.DirectDdl "$here/direct.sql"
      "$(jdbc_url "$db" "$database")" "$user") ;;
  esac
}

# the check of an apply run: exit 0 and every table there
check_applied() {
  check_exit_zero "$@" || return 1
  local found
  found=$(count_tables "$check_db" "$check_database")
  [ "$found" = "$check_count" ] || { echo "expected $check_count tables, found $found"; return 1; }
}

bench_apply() {
  local db count round peer here cmd=()
  for db in $databases; do
    local -A failed=()
    for round in $(seq 0 "$rounds"); do
      for count in $counts; do
        here=$(apply_fixture "$count") || return 1
        for peer in $(rotate "$round" "${apply_peers[@]}"); do
          [ -z "${failed[$count-$peer]:-}" ] || continue
          recreate_db "$db" bench_apply
          apply_command "$db" bench_apply "${peer%%:*}" "${peer#*:}" "$here"
          check_db=$db check_database=bench_apply check_count=$count
          measure apply "$db" "$count" "${peer%%:*}" "${peer#*:}" "$round" "${cmd[0]}" check_applied -- \
            "${cmd[@]:1}" || failed[$count-$peer]=1
        done
      done
    done
    drop_db "$db" bench_apply
  done
}
