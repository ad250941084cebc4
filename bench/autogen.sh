# bench/run autogen: a no-op autogenerate on PostgreSQL (the database already matches the entities), at each
# size, against Hibernate's schema validator, a SessionFactory validating at start-up, and Alembic's
# autogenerate over SQLAlchemy models of the same schema. Each tool has its own copy of one database that
# Hibernate's export created, so no tool sees another's version table.

autogen_peers=(retort:launcher retort:default hibernate-validator:launcher hibernate-validator:default
  hibernate-sessionfactory:launcher hibernate-sessionfactory:default alembic:python)

# autogen_run SIZE TOOL FLAGS ROUND: one measured run of one peer.
autogen_run() {
  local size=$1 tool=$2 flags=$3 round=$4 here="$work/autogen-$1"
  local model="$work/model-$1" base="bench_autogen_$1" user
  user=$(db_user postgresql)
  case $tool in
    retort)
      rm -f "$here/retort/migrations/"*.java
      # shellcheck disable=SC2046 # the flags are words
      measure autogen postgresql "$size" "$tool" "$flags" "$round" "$here/retort" check_retort_noop -- \
        $(retort_command "$flags") autogen --entities bench.model --classpath "$model/classes" \
        --url "$(jdbc_url postgresql "${base}_retort")" --user "$user" -m noop ;;
    hibernate-validator|hibernate-sessionfactory)
      # shellcheck disable=SC2046
      measure autogen postgresql "$size" "$tool" "$flags" "$round" "$here" check_exit_zero -- \
        java $(jvm_flags "$flags") -cp "$hibernate_cp:$model/classes" dev.retort.bench.HibernateSchema \
        "$(hibernate_mode "$tool")" "$model/entities.txt" "$(jdbc_url postgresql "${base}_hibernate")" "$user" ;;
    alembic)
      measure autogen postgresql "$size" "$tool" "$flags" "$round" "$here/alembic" check_no_changes -- \
        env BENCH_URL="$(sqlalchemy_url postgresql "${base}_alembic")" BENCH_MODELS="$model/alembic" \
        alembic -c alembic.ini revision --autogenerate -m noop ;;
  esac
}

hibernate_mode() { case $1 in hibernate-validator) echo validate ;; hibernate-sessionfactory) echo sessionfactory ;; esac; }

check_retort_noop() {
  check_no_changes "$@" || return 1
  ! compgen -G "$PWD/migrations/*.java" >/dev/null || { echo "not a no-op: wrote a migration"; return 1; }
}

# autogen_setup SIZE: the entities, the SQLAlchemy models, and a matching database per tool.
autogen_setup() {
  local size=$1 here="$work/autogen-$1" base="bench_autogen_$1" model
  rm -rf "$here"
  mkdir -p "$here/retort/migrations" "$here/alembic/versions"
  cp "$repo/bench/alembic/"{alembic.ini,env.py,script.py.mako} "$here/alembic/"
  model=$(entity_model "$size") || return 1
  recreate_db postgresql "${base}_template"
  java -Xss16m -cp "$hibernate_cp:$model/classes" dev.retort.bench.HibernateSchema create "$model/entities.txt" \
    "$(jdbc_url postgresql "${base}_template")" "$pg_user" >"$logs/autogen-setup-$size.log" 2>&1 ||
    { echo "error: Hibernate's export of $size entities failed, see $logs/autogen-setup-$size.log" >&2; return 1; }
  local tool
  for tool in retort hibernate alembic; do
    recreate_db postgresql "${base}_$tool" "${base}_template"
  done
}

autogen_cleanup() {
  local tool
  for tool in template retort hibernate alembic; do drop_db postgresql "bench_autogen_$1_$tool"; done
}

bench_autogen() {
  local size round peer
  for size in $sizes; do
    echo "autogen: $size entities" >&2
    if ! autogen_setup "$size"; then
      for peer in "${autogen_peers[@]}"; do
        printf 'autogen\tpostgresql\t%s\t%s\t%s\t0\t\t\tfail\tsetup failed\n' "$size" "${peer%%:*}" "${peer#*:}" >>"$samples"
      done
      continue
    fi
    # round 0 warms the server and the file cache up and proves every peer has nothing to do; a peer that
    # fails it is reported as failing and not measured further
    local -A failed=()
    for round in $(seq 0 "$rounds"); do
      for peer in $(rotate "$round" "${autogen_peers[@]}"); do
        [ -z "${failed[$peer]:-}" ] || continue
        autogen_run "$size" "${peer%%:*}" "${peer#*:}" "$round" || failed[$peer]=1
      done
    done
    autogen_cleanup "$size"
  done
}
