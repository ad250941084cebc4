// What the five runs of invoker.properties left behind, and what each printed (build.log holds them all, in turn).
def log = new File(basedir, 'build.log').text.readLines()
        .findAll { it.startsWith('[INFO] ') || it.startsWith('[WARNING] ') || it.startsWith('[ERROR] ') }
        // Maven resolves a goal's dependencies as it starts it: on a fresh repository that prints among its lines
        .findAll { !it.startsWith('[INFO] Downloading from ') && !it.startsWith('[INFO] Downloaded from ') }
def retort = { String goal ->
    // the lines a goal printed, from its "--- retort-maven-plugin:...:goal" header to the next "---" line
    def runs = []
    def current = null
    log.each { line ->
        if (line ==~ /\[INFO\] --- retort-maven-plugin:[^:]+:${goal} .*/) {
            current = []
            runs << current
        } else if (current != null && line.startsWith('[INFO] ---')) {
            current = null
        } else if (current != null) {
            current << line
        }
    }
    runs
}

def folder = new File(basedir, 'src/main/java/app/migrations')
def written = folder.listFiles().findAll { it.name.endsWith('.java') }
assert written.size() == 1 : "one migration, in the source tree: ${written*.name}"
def migration = written[0]
assert migration.name ==~ /M\d{8}_\d{6}_Create\.java/
def source = migration.text
assert source.startsWith('package app.migrations;\n')
def id = (source =~ /id = "([0-9a-f]{12})"/)[0][1]
assert source.contains('''    op.createTable("item",
        column("id", bigint()).notNull(),
        column("name", varchar(80)).notNull(),
        primaryKey("id"));''')
// the migration compiled with the application (check compiles the project first)
assert new File(basedir, "target/classes/app/migrations/${migration.name - '.java'}.class").isFile()

def database = "[INFO] Database: jdbc:h2:file:${new File(basedir, 'retort-db').canonicalPath} (user sa)"
def autogens = retort('autogen')
assert autogens.size() == 2
assert autogens[0] == [
        '[INFO] Created migrations folder src/main/java/app/migrations.',
        database,
        "[WARNING] the online planner writes PostgreSQL's forms that keep tables available; H2 has none, so the migration has the plain forms.",
        "[INFO] Wrote src/main/java/app/migrations/${migration.name} (revision ${id})".toString(),
        '[INFO]   + create table item']
assert retort('upgrade')[0][0..2] == [database, "[INFO] Applying ${id} (${migration.name - '.java'}): create".toString(),
        "[INFO] Done: 1 migration(s); the database is now at ${id}.".toString()]
def current = retort('current')
assert current.size() == 2
assert current[0][0..1] == [database, "[INFO] <base> -> ${id} (head, current), create".toString()]
assert current[1][0..1] == [database, '[INFO] base (no revision applied); run `mvn retort:upgrade`']
assert retort('history')[0][0..1] == [database, "[INFO] <base> -> ${id} (head, current), create".toString()]

def checks = retort('check')
assert checks[0][0..1] == [database, "[INFO] In step: the database is at ${id} and matches the entities.".toString()]
assert checks[1][0] == database
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:') }
assert failures.size() == 4 : failures
assert failures[0] ==~ /\[ERROR\] Failed to execute goal dev\.retort:retort-maven-plugin:[^:]+:check \(default-cli\) on project h2-loop: Not in step: The entities differ from the database: add column item\.note \(run `mvn retort:autogen`\)\. -> \[Help 1\]/
// offline: no database line, since none is opened
assert checks[2] == ["[INFO] In step: the migrations up to ${id} build the entities' schema (checked offline for H2 2.5).".toString()]
assert failures[1] ==~ /\[ERROR\] Failed to execute goal dev\.retort:retort-maven-plugin:[^:]+:check \(default-cli\) on project h2-loop: Not in step: The entities differ from the migrations: add column item\.note \(run `mvn retort:autogen`\)\. -> \[Help 1\]/
assert failures[2] == '[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:' + failures[2].split(':')[2] + ':check (default-cli) on project h2-loop: An offline check (-Dretort.offline) needs the database the migrations are for, and none was named. Nothing was done. Add -Dretort.dialect=postgresql, mariadb or h2 (or <dialect> in the plugin\'s configuration). -> [Help 1]'
assert failures[3] == '[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:' + failures[3].split(':')[2] + ':autogen (default-cli) on project h2-loop: The online lock timeout soon (-Dretort.onlineLockTimeout or <onlineLockTimeout>) is not a duration. Nothing was written. Give how long each statement of an online migration may wait for a lock, such as 2s (the default) or 500ms, or 0 for no limit. -> [Help 1]'
assert retort('drift') == [[database, '[INFO] No drift: the database matches its 1 applied migration.']]

assert retort('sql')[0][0] == '[INFO] Wrote target/retort/upgrade.sql (H2, upgrade head).'
def script = new File(basedir, 'target/retort/upgrade.sql').text
assert script.startsWith('-- Retort upgrade script for H2: base -> head\n')
assert script.contains('CREATE TABLE "ITEM" ("ID" bigint NOT NULL, "NAME" varchar(80) NOT NULL, PRIMARY KEY ("ID"));')

assert retort('downgrade')[0][0..2] == [database, "[INFO] Reverting ${id} (${migration.name - '.java'}): create".toString(),
        '[INFO] Done: 1 migration(s); the database is now at base (no revision applied).']

// failures are Retort's paragraph, never a stack trace
def all = new File(basedir, 'build.log').text
assert !all.contains('Exception:')
assert !all.contains('Caused by')
assert !(all =~ /(?m)^\s+at /)
true
