// autogen wrote one migration for PostgreSQL, upgrade applied it, check found the database in step; then the
// database is dropped.
def pg = evaluate(new File(basedir, 'connect.groovy'))
def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def written = new File(basedir, 'src/main/java/migrations').listFiles().findAll { it.name.endsWith('.java') }
    assert written.size() == 1 : "one migration, in the source tree: ${written*.name}"
    def migration = written[0].name - '.java'
    def id = (written[0].text =~ /id = "([0-9a-f]{12})"/)[0][1]
    def lines = log.readLines()
    assert lines.count("[INFO] Database: ${pg.server}${name} (user ${pg.user})".toString()) == 3
    assert lines.contains("[INFO] Wrote src/main/java/migrations/${migration}.java (revision ${id})".toString())
    assert lines.contains("[INFO] Applying ${id} (${migration}): create".toString())
    assert lines.contains("[INFO] In step: the database is at ${id} and matches the entities.".toString())
    pg.connect(name).withCloseable { connection ->
        def tables = connection.createStatement().executeQuery("SELECT string_agg(table_name, ',' ORDER BY"
                + " table_name) FROM information_schema.tables WHERE table_schema = 'public'")
        tables.next()
        assert tables.getString(1) == 'item,retort_version'
    }
} finally {
    pg.connect('postgres').withCloseable { it.createStatement().execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)") }
}
true
