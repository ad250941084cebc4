// Which database each run named, and how the two bad settings failed.
def log = new File(basedir, 'build.log').text
def databases = log.readLines().findAll { it.startsWith('[INFO] Database: ') }
assert databases == [
        '[INFO] Database: jdbc:h2:file:./from-properties (user sa)',      // retort.properties
        '[INFO] Database: jdbc:h2:file:./from-configuration (user sa)',   // <configuration> beats it
        '[INFO] Database: jdbc:h2:file:./from-command-line (user sa)',    // -Dretort.url beats both
        '[INFO] Database: jdbc:h2:file:./guarded (user owner)',           // settings.xml's server
        '[INFO] Database: jdbc:h2:file:./guarded (user owner)',
        '[INFO] Database: jdbc:postgresq://localhost/app (no user)']
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal ') }
        .collect { it.replaceFirst(/retort-maven-plugin:[^:]+:/, 'retort-maven-plugin:VERSION:') }
assert failures == [
        "[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:VERSION:current (default-cli) on project"
                + " settings: The database at jdbc:h2:file:./guarded as user 'owner' refused the credentials: Wrong user"
                + " name or password [28000-252]. Nothing was changed. Check <user> and <password> in the plugin's"
                + " configuration (or -Dretort.user and -Dretort.password, the settings.xml <server> that <serverId>"
                + " names, RETORT_USER and RETORT_PASSWORD, or retort.properties). -> [Help 1]",
        "[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:VERSION:upgrade (default-cli) on project"
                + " settings: The JDBC URL 'jdbc:postgresq://localhost/app' is not for a database Retort supports."
                + " Nothing was changed. Use a URL starting with jdbc:postgresql:, jdbc:mariadb: or jdbc:h2:. -> [Help 1]"]
// neither the server's password nor the wrong one is ever printed; failures carry no stack trace
assert !log.contains('from-server-7Hq')
assert !log.contains('wrong-password-9Zx')
assert !log.contains('Exception:')
assert !log.contains('Caused by')
assert !(log =~ /(?m)^\s+at /)
true
