# bench/run current: where an up-to-date database with the most migrations of $counts stands: Retort's
# `current`, Alembic's `current` and Flyway's info, on each database. Each tool has its own database,
# brought up to date once (not timed).

current_peers=(retort:launcher retort:default alembic:python flyway:launcher flyway:default)

check_current() {
  check_exit_zero "$@" || return 1
  grep -qE "$check_head" "$2" || { echo "the head ($check_head) is not in the output"; return 1; }
}

bench_current() {
  local count db tool round peer here cmd=()
  count=$(printf '%s\n' $counts | sort -n | tail -n 1)
  here=$(apply_fixture "$count") || return 1
  for db in $databases; do
    for tool in retort alembic flyway; do
      recreate_db "$db" "bench_current_$tool"
      apply_command "$db" "bench_current_$tool" "$tool" launcher "$here"
      (cd "${cmd[0]}" && "${cmd[@]:1}") >"$logs/current-setup-$db-$tool.log" 2>&1 ||
        { echo "error: $tool could not bring bench_current_$tool up to date, see $logs/current-setup-$db-$tool.log" >&2; return 1; }
    done
    local -A failed=()
    for round in $(seq 0 "$rounds"); do
      for peer in $(rotate "$round" "${current_peers[@]}"); do
        [ -z "${failed[$peer]:-}" ] || continue
        tool=${peer%%:*}
        local flags=${peer#*:} user url
        user=$(db_user "$db")
        url=$(jdbc_url "$db" "bench_current_$tool")
        case $tool in
          retort) check_head="$(cat "$here/head.txt") \\(head, current\\)"
            # shellcheck disable=SC2046 # the flags are words
            cmd=("$here/retort" $(retort_command "$flags") current --url "$url" --user "$user") ;;
          alembic) check_head="^$(cat "$here/head.txt") \\(head\\)"
            cmd=("$here/alembic" env BENCH_URL="$(sqlalchemy_url "$db" bench_current_alembic)" alembic -c alembic.ini current) ;;
          flyway) check_head="^current: $count\$"
            cmd=("$here" java $(jvm_flags "$flags") -cp "$flyway_cp" dev.retort.bench.FlywayRun info "$here/flyway" "$url" "$user") ;;
        esac
        measure current "$db" "$count" "$tool" "$flags" "$round" "${cmd[0]}" check_current -- "${cmd[@]:1}" ||
          failed[$peer]=1
      done
    done
    for tool in retort alembic flyway; do drop_db "$db" "bench_current_$tool"; done
  done
}
