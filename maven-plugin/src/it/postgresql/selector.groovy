// Runs when PostgreSQL is reachable; CI=true requires it, so there an unreachable server fails the setup.
if ('true'.equalsIgnoreCase(System.getenv('CI'))) {
    return true
}
def pg = evaluate(new File(basedir, 'connect.groovy'))
try {
    pg.connect('postgres').close()
    return true
} catch (Exception e) {
    println "SKIPPED: PostgreSQL is not reachable at ${pg.server} (${e.message}); start it to run this test"
    return false
}
