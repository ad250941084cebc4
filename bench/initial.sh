# bench/run initial: the whole loop once per size on PostgreSQL, starting from an empty database and no
# migrations: autogen writes the initial migration, `upgrade head` compiles and applies it, and autogen
# again must find nothing. One run each with the launcher's flags: this says whether each size works at
# all, and how long a first run takes.

check_wrote() {
  check_exit_zero "$@" || return 1
  grep -q '^Wrote ' "$2" || { echo "wrote no migration"; return 1; }
}

bench_initial() {
  local size here url user model
  user=$(db_user postgresql)
  for size in $sizes; do
    echo "initial: $size entities" >&2
    here="$work/initial-$size"
    rm -rf "$here"
    mkdir -p "$here/retort/migrations"
    model=$(entity_model "$size") || continue
    recreate_db postgresql bench_initial
    url=$(jdbc_url postgresql bench_initial)
    local retort=($(retort_command launcher))
    measure initial postgresql "$size" autogen-empty launcher 1 "$here/retort" check_wrote -- "${retort[@]}" autogen \
      --entities bench.model --classpath "$model/classes" --url "$url" --user "$user" -m initial || continue
    if ! measure initial postgresql "$size" upgrade launcher 1 "$here/retort" check_exit_zero -- "${retort[@]}" upgrade \
        head --url "$url" --user "$user"; then
      printf 'initial\tpostgresql\t%s\tautogen-again\tlauncher\t1\t\t\tfail\tnot run: the upgrade failed\n' "$size" >>"$samples"
      continue
    fi
    measure initial postgresql "$size" autogen-again launcher 1 "$here/retort" check_no_changes -- "${retort[@]}" autogen \
      --entities bench.model --classpath "$model/classes" --url "$url" --user "$user" -m again || true
  done
  drop_db postgresql bench_initial
}
