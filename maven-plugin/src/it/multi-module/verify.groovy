// The goals acted in app alone: its migration and database exist, and nothing of Retort's is at the root or in lib.
def log = new File(basedir, 'build.log').text.readLines()
def skipped = log.findAll { it.startsWith('[INFO] Skipped: ') }
def root = '[INFO] Skipped: multi-module is a pom module (a parent or aggregator): the goal runs in the modules' +
        ' that declare retort-maven-plugin.'
def lib = '[INFO] Skipped: lib does not declare retort-maven-plugin in its <build><plugins>: the goal runs in the' +
        ' modules that do.'
// autogen passes over the root and lib; then upgrade and check run in turn in each module
assert skipped == [root, lib, root, root, lib, lib] : skipped.join('\n')

def migrations = new File(basedir, 'app/src/main/java/app/migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 1 : migrations*.name
assert migrations[0].text.contains('op.createTable("shelf",')
assert new File(basedir, 'app/retort-db.mv.db').isFile()
assert !new File(basedir, 'retort-db.mv.db').exists()
assert !new File(basedir, 'lib/retort-db.mv.db').exists()
assert !new File(basedir, 'lib/src/main/java/migrations').exists()
assert log.any { it.startsWith('[INFO] In step: the database is at ') }
true
