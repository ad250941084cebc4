package dev.retort.corpus;

import dev.retort.autogen.TableSelection;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** A project's Liquibase changelog, applied with liquibase-core as the project applies it. */
final class LiquibaseSchema {
  /** Liquibase's own bookkeeping tables belong to Liquibase, not to the model. */
  static final TableSelection WITHOUT_LIQUIBASE_TABLES =
      new TableSelection(List.of(), List.of("databasechangelog*", "DATABASECHANGELOG*"));

  private LiquibaseSchema() {}

  /**
   * @param database the project's own Liquibase database class for this connection, or null for the one
   *     Liquibase picks
   */
  @SuppressWarnings("deprecation") // the command API needs a scope set up; this entry is the documented one
  static void update(TestDatabase db, String changelog, Supplier<Database> database, List<String> sessionSql)
      throws Exception {
    try (Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        for (String sql : sessionSql) {
          s.execute(sql);
        }
      }
      Database target = database == null ? null : database.get();
      if (target == null) {
        target = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      } else {
        target.setConnection(new JdbcConnection(c));
      }
      Liquibase liquibase = new Liquibase(changelog,
          new ClassLoaderResourceAccessor(LiquibaseSchema.class.getClassLoader()), target);
      liquibase.update(new Contexts(), new LabelExpression());
    }
  }
}
