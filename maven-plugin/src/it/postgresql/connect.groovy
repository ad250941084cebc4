// The PostgreSQL server the tests use, as the engine's TestDatabase finds it (RETORT_TEST_PG_* override).
def env = { String name, String fallback -> System.getenv(name) ?: fallback }
def server = env('RETORT_TEST_PG_URL', 'jdbc:postgresql://127.0.0.1:5432/')
def user = env('RETORT_TEST_PG_USER', 'postgres')
def password = env('RETORT_TEST_PG_PASSWORD', '')
def connect = { String database ->
    def properties = new Properties()
    properties.user = user
    properties.password = password
    new org.postgresql.Driver().connect(server + database, properties)
}
[server: server, user: user, password: password, connect: connect]
