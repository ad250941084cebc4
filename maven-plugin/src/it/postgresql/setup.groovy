// A throw-away database of its own, named in retort.properties as a user would; verify.groovy drops it.
def pg = evaluate(new File(basedir, 'connect.groovy'))
def name = 'retort_it_' + UUID.randomUUID().toString().replace('-', '').substring(0, 16)
pg.connect('postgres').withCloseable { it.createStatement().execute("CREATE DATABASE ${name}") }
new File(basedir, 'database.txt').text = name
new File(basedir, 'retort.properties').text = "url=${pg.server}${name}\nuser=${pg.user}\nentities=app.model\n"
if (pg.password) {
    new File(basedir, 'retort.properties') << "password=${pg.password}\n"
}
true
