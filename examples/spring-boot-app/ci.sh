#!/usr/bin/env bash
# The example end to end on PostgreSQL, the way a team uses Retort: autogenerate the first migration on an
# empty database, start the application (which applies it), run the migration checks on H2 and PostgreSQL,
# change an entity, see the check fail, autogenerate exactly the change, start again. Every step is asserted
# exactly. It runs in a scratch copy of this folder, on a database of its own; both are removed at the end, so
# the repository is never changed.
#
# Needs Retort's artifacts in the local Maven repository (`mvn -B install -DskipTests` at the repository root)
# and PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user PGUSER, default postgres, trust or PGPASSWORD).
# RETORT_EXAMPLE_MAVEN_REPO: a local Maven repository to use instead of ~/.m2/repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pg_host="${PGHOST:-127.0.0.1}"
pg_port="${PGPORT:-5432}"
pg_user="${PGUSER:-postgres}"
mvn_args=(-B -ntp -Dstyle.color=never)
if [ -n "${RETORT_EXAMPLE_MAVEN_REPO:-}" ]; then
  mvn_args+=("-Dmaven.repo.local=$RETORT_EXAMPLE_MAVEN_REPO")
fi
if [ -n "${PGPASSWORD:-}" ]; then # for the plugin, the application and the tests
  export RETORT_PASSWORD="$PGPASSWORD" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" CATALOG_TEST_PG_PASSWORD="$PGPASSWORD"
fi

fail() { echo "example: $*" >&2; exit 1; }
step() { echo; echo "example: $*"; }
psql_in() { # database, psql arguments...
  local database=$1; shift
  psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" "$@"
}
same() { # what, expected text, actual text
  diff -u --label expected --label actual <(printf '%s\n' "$2") <(printf '%s\n' "$3") \
    || fail "$1 is not what was expected (diff above)"
}

work="$(mktemp -d)"
db="catalog_ci_$(date +%s)_$$"
cleanup() {
  psql_in postgres -c "DROP DATABASE IF EXISTS $db" || echo "example: could not drop database $db" >&2
  rm -rf "$work"
}
trap cleanup EXIT
psql_in postgres -c "CREATE DATABASE $db"
url="jdbc:postgresql://$pg_host:$pg_port/$db"

cp -r "$here" "$work/app"
rm -rf "$work/app/target"
cd "$work/app"
migrations=src/main/java/com/example/catalog/migrations
expected="$work/app/ci/expected"

migration_files() { (cd "$migrations" && ls -1); }

# Runs a goal of Retort's Maven plugin on the database; leaves Maven's output in $work/<goal>.log and prints
# what the goal itself wrote (its lines, without Maven's "[INFO] ").
goal() { # goal, mvn arguments...
  local goal=$1; shift
  local log="$work/$goal.log" status=0
  mvn "${mvn_args[@]}" "retort:$goal" -Dretort.url="$url" -Dretort.user="$pg_user" "$@" >"$log" 2>&1 || status=$?
  sed -n "/^\[INFO\] --- retort-maven-plugin:[^:]*:$goal (default-cli) @ catalog ---\$/,/^\[INFO\] ---------/p" "$log" \
    | sed -e '1d' -e '$d' -e 's/^\[INFO\] //'
  return $status
}

# Runs autogen and asserts it wrote exactly one file, M<date>_<time>_$2.java, equal to
# ci/expected/$2.java.template with its class name, revision and parent put in; sets `revision` and `class`.
autogen() { # message, class name after the time stamp, parent revision (or empty), the operations it lists
  local message=$1 name=$2 parent=$3 operations=$4 before after output
  before="$(migration_files)"
  output="$(goal autogen -Dretort.message="$message")" || { cat "$work/autogen.log"; fail "autogen \"$message\" failed"; }
  after="$(migration_files)"
  local added
  added="$(comm -13 <(printf '%s\n' "$before") <(printf '%s\n' "$after"))"
  [ "$(wc -l <<<"$added")" -eq 1 ] && [ -n "$added" ] || fail "autogen \"$message\" wrote '$added', not one file"
  class="${added%.java}"
  [[ "$class" =~ ^M[0-9]{8}_[0-9]{6}_${name}$ ]] || fail "autogen wrote $added, expected M<date>_<time>_$name.java"
  revision="$(sed -n 's/^    id = "\([0-9a-f]\{12\}\)",$/\1/p' "$migrations/$added")"
  [ -n "$revision" ] || fail "$added has no revision id"
  same "the output of mvn retort:autogen -Dretort.message=\"$message\"" \
    "Database: $url (user $pg_user)
Wrote $migrations/$added (revision $revision)
$operations" "$output"
  same "$added" "$(sed -e "s/@CLASS@/$class/g" -e "s/@REVISION@/$revision/g" -e "s/@PARENT@/$parent/g" \
    "$expected/$name.java.template")" "$(cat "$migrations/$added")"
  echo "$output"
}

# Starts the application on the database; asserts its exit code and the log lines of Retort and the catalog.
start_application() { # expected log lines
  local log="$work/start.log"
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$pg_user" LOGGING_PATTERN_CONSOLE='%c: %m%n' \
    mvn "${mvn_args[@]}" -q spring-boot:run >"$log" 2>&1 || { cat "$log"; fail "the application did not start"; }
  same "the application's log" "$1" "$(grep -E '^(dev\.retort|com\.example\.catalog\.CatalogReport): ' "$log")"
  echo "$1"
}

versions() { psql_in "$db" -c "SELECT revision, message FROM retort_version ORDER BY applied_at, revision"; }

step "mvn retort:autogen on the empty database $db"
same "the migrations folder before autogen" "package-info.java" "$(migration_files)"
autogen "create catalog" CreateCatalog "" "  + create sequence author_seq
  + create sequence book_seq
  + create table author
  + create table book"
first="$revision"
first_class="$class"
same "the migrations folder" "$first_class.java
package-info.java" "$(migration_files)"

step "the application applies it at start-up"
start_application "dev.retort: Applying $first ($first_class): create catalog
dev.retort: Applied 1 migration; database now at $first
com.example.catalog.CatalogReport: Stocked the empty catalog with one book
com.example.catalog.CatalogReport: The catalog holds 1 book
com.example.catalog.CatalogReport: The Dispossessed by Ursula K. Le Guin (PAPERBACK, ISBN 9780060512750)"
same "retort_version" "$first|create catalog" "$(versions)"

step "the migration checks on H2 and PostgreSQL"
CI=true CATALOG_TEST_PG_URL="jdbc:postgresql://$pg_host:$pg_port/" CATALOG_TEST_PG_USER="$pg_user" \
  mvn "${mvn_args[@]}" test >"$work/test.log" 2>&1 || { cat "$work/test.log"; fail "the migration checks failed"; }
for test in H2MigrationsTest PostgresMigrationsTest; do
  report="target/surefire-reports/TEST-com.example.catalog.$test.xml"
  same "the tests of $test" "entitiesMatchDatabase
hibernateValidates
singleHead
stairway" "$(grep -o '<testcase name="[^"]*"' "$report" | sed 's/<testcase name="\(.*\)"/\1/' | sort)"
  same "the result of $test" 'tests="4" errors="0" skipped="0" failures="0"' \
    "$(grep -o '^<testsuite [^>]*' "$report" | grep -o 'tests="[0-9]*" errors="[0-9]*" skipped="[0-9]*" failures="[0-9]*"')"
done
echo "8 checks passed"

step "an entity changes: mvn retort:check fails the build"
git apply ci/add-book-subtitle.diff
if output="$(goal check)"; then
  cat "$work/check.log"
  fail "mvn retort:check passed although Book has a new property"
fi
same "the output of mvn retort:check" "Database: $url (user $pg_user)" "$output"
same "the build failure of mvn retort:check" "Not in step: The entities differ from the database: add column book.subtitle (run \`mvn retort:autogen\`)." \
  "$(sed -n 's/^\[ERROR\] Failed to execute goal dev\.retort:retort-maven-plugin:[^:]*:check (default-cli) on project catalog: \(.*\) -> \[Help 1\]$/\1/p' "$work/check.log")"
grep '^\[ERROR\] Failed to execute goal dev.retort' "$work/check.log"
same "the migrations folder after mvn retort:check" "$first_class.java
package-info.java" "$(migration_files)"

step "mvn retort:autogen writes exactly the change"
autogen "add book subtitle" AddBookSubtitle "$first" "  + add column book.subtitle"
second="$revision"
second_class="$class"
same "the migrations folder" "$first_class.java
$second_class.java
package-info.java" "$(migration_files)"

step "the application applies it and Hibernate validates the schema"
start_application "dev.retort: Applying $second ($second_class): add book subtitle
dev.retort: Applied 1 migration; database now at $second
com.example.catalog.CatalogReport: The catalog holds 1 book
com.example.catalog.CatalogReport: The Dispossessed by Ursula K. Le Guin (PAPERBACK, ISBN 9780060512750)"
same "retort_version" "$first|create catalog
$second|add book subtitle" "$(versions)"

step "mvn retort:check passes again"
output="$(goal check)" || { cat "$work/check.log"; fail "mvn retort:check failed after the new migration was applied"; }
same "the output of mvn retort:check" "Database: $url (user $pg_user)
In step: the database is at $second and matches the entities." "$output"
echo "$output"

echo
echo "example: ok"
