package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Step;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An application applies the migrations compiled into it to its own data source. */
class RetortTest {
  private static final String PACKAGE = "dev.retort.engine.appmigrations";

  static DataSource dataSource(TestDatabase db) throws SQLException {
    return switch (db.kind()) {
      case H2 -> {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(db.url());
        h2.setUser(db.user());
        h2.setPassword(db.password());
        yield h2;
      }
      case POSTGRESQL -> {
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setUrl(db.url());
        pg.setUser(db.user());
        pg.setPassword(db.password());
        yield pg;
      }
      case MARIADB -> {
        org.mariadb.jdbc.MariaDbDataSource maria = new org.mariadb.jdbc.MariaDbDataSource(db.url());
        maria.setUser(db.user());
        maria.setPassword(db.password());
        yield maria;
      }
    };
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void appliesTheCompiledMigrationsToADataSourceAndTellsListeners(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<String> heard = new ArrayList<>();
      Retort retort = Retort.configure().dataSource(dataSource(db)).migrationsPackage(PACKAGE)
          .listener(new MigrationListener() {
            @Override
            public void migrationStarting(Step step) {
              heard.add(step.direction() + " " + step.id());
            }

            @Override
            public void statementCompleted(Step step, int number, int total, String statement) {
              heard.add(number + "/" + total);
            }
          })
          .load();
      assertThat(retort.dialect().name()).isEqualTo(switch (kind) {
        case H2 -> "H2";
        case POSTGRESQL -> "PostgreSQL";
        case MARIADB -> "MariaDB";
      });
      assertThat(retort.current()).isEmpty();
      assertThat(retort.upgrade("head").current()).containsExactly("app000000002");
      assertThat(heard).containsExactly("UPGRADE app000000001", "1/1", "UPGRADE app000000002", "1/2", "2/2");
      assertThat(retort.upgrade("head").steps()).isEmpty();
      assertThat(retort.changedSinceApplied()).isEmpty();
      assertThat(retort.downgrade("base").current()).isEmpty();
    }
  }

  @Test
  void aUrlWorksAsWellAsADataSource() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Retort retort = Retort.configure().url(db.url()).user(db.user()).password(db.password())
          .migrationsPackage(PACKAGE).load();
      assertThat(retort.upgrade("+1").current()).containsExactly("app000000001");
    }
  }

  @Test
  void neitherOrBothIsAConfigurationError() throws Exception {
    assertThatThrownBy(() -> Retort.configure().migrationsPackage(PACKAGE).load())
        .isInstanceOf(RetortException.class)
        .hasMessage("Retort needs a data source or a JDBC URL, and was given neither. Nothing was changed. Call"
            + " dataSource(...) or url(...), one of them.")
        .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.CONFIGURATION));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      assertThatThrownBy(() -> Retort.configure().dataSource(dataSource(db)).url(db.url()).load())
          .hasMessageContaining("was given both");
    }
  }

  @Test
  void aDataSourceThatGivesNoConnectionIsReported() {
    org.h2.jdbcx.JdbcDataSource broken = new org.h2.jdbcx.JdbcDataSource();
    broken.setURL("jdbc:h2:mem:x;IFEXISTS=TRUE");
    assertThatThrownBy(() -> Retort.configure().dataSource(broken).load())
        .isInstanceOf(RetortException.class)
        .hasMessageStartingWith("The application's data source gave no connection: ")
        .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.DATABASE_UNREACHABLE));
  }
}
