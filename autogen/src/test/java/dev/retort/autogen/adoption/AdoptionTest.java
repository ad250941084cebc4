package dev.retort.autogen.adoption;

import static dev.retort.engine.testing.DatabaseKind.H2;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;
import static dev.retort.engine.testing.DatabaseKind.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schemas written by hand, as a project's own SQL or Liquibase scripts write them, then adopted: autogenerate
 * proposes exactly the real differences, the migration applies, nothing is left afterwards, and its reverse
 * gives back the schema the project had, names included.
 */
class AdoptionTest {
  @TempDir
  Path dir;

  private static final Map<String, String> ENTITIES = Map.of(
      "Realm", """
          @Entity @Table(name = "realm")
          public class Realm {
            @Id Long id;
            java.time.LocalDateTime created;
            @Column(length = 40) String code;
          }
          """,
      "Tag", """
          @Entity @Table(name = "tag")
          public class Tag {
            @Id Long id;
            @ManyToOne @JoinColumn(name = "realm_id") Realm realm;
          }
          """,
      "Pair", """
          @Entity @Table(name = "pair") @IdClass(Pair.Key.class)
          public class Pair {
            @Id @Column(name = "b") Long b;
            @Id @Column(name = "a") Long a;
            public record Key(Long b, Long a) implements java.io.Serializable {}
          }
          """);

  /**
   * Names of its creator's choosing everywhere, a timestamp without digits, an explicit {@code DEFAULT NULL},
   * an index on a foreign key column no entity asks for, a primary key one column short, and the history
   * tables of Flyway and Liquibase. The real differences: the index on PostgreSQL (H2 and MariaDB give every
   * key an index, and one exactly on its columns is the key's), the key, and on H2 a case-insensitive varchar
   * where the entity has a plain one.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSchemaWrittenByHandGivesOnlyItsRealDifferences(DatabaseKind kind) throws Exception {
    String timestamp = kind == MARIADB ? "datetime(6)" : "timestamp";
    String code = kind == H2 ? "varchar_ignorecase(40)" : "varchar(40)";
    List<String> ddl = List.of(
        "create table realm (id bigint not null, created " + timestamp + " default null, code " + code
            + ", constraint pk_realm primary key (id))",
        "create table tag (id bigint not null, realm_id bigint, constraint pk_tag primary key (id),"
            + " constraint fk_tag_realm foreign key (realm_id) references realm (id))",
        "create index ix_tag_realm on tag (realm_id)",
        "create table pair (b bigint not null, a bigint not null, constraint pk_pair primary key (a))",
        "create table flyway_schema_history (installed_rank integer not null primary key)",
        "create table DATABASECHANGELOG (ID varchar(255) not null)",
        "create table DATABASECHANGELOGLOCK (ID integer not null primary key)",
        "create table alembic_version (version_num varchar(32) not null primary key)");
    List<String> expected = switch (kind) {
      // Hibernate orders the key as the @IdClass record's components: (b, a)
      // H2 and InnoDB give every foreign key an index: one exactly on its columns is the one it would have
      case H2 -> List.of("drop primary key pair[a]",
          "alter column realm.code type varchar_ignorecase(40) -> varchar(40)", "add primary key pair[b, a]");
      case POSTGRESQL -> List.of("drop primary key pair[a]", "drop index ix_tag_realm on tag",
          "add primary key pair[b, a]");
      case MARIADB -> List.of("drop primary key pair[a]", "add primary key pair[b, a]");
    };
    adopt(kind, ENTITIES, ddl, expected);
  }

  private static final Map<String, String> MEMBERSHIP = Map.of(
      "Grp", """
          @Entity @Table(name = "grp")
          public class Grp { @Id Long id; }
          """,
      "Usr", """
          @Entity @Table(name = "usr")
          public class Usr { @Id Long id; }
          """,
      "Mem", """
          @Entity @Table(name = "mem")
          public class Mem {
            @Id @Column(name = "usr_id") Long userId;
            @ManyToOne(optional = false) @JoinColumn(name = "grp_id", foreignKey = @ForeignKey(name = "fk_mem_grp"))
                Grp group;
            @ManyToOne @JoinColumn(name = "usr_id", insertable = false, updatable = false,
                foreignKey = @ForeignKey(name = "fk_mem_usr")) Usr user;
            java.time.LocalDate since;
          }
          """);

  /**
   * A primary key and the index that serves a foreign key go at once, and a new key comes: on MariaDB, whose
   * InnoDB refuses to drop either while a key stands on it, both keys go first and come back last; H2, which
   * took the index over for its key, needs that key out of the way too; PostgreSQL keeps its keys.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aKeyAndTheIndexUnderAForeignKeyGoTogether(DatabaseKind kind) throws Exception {
    List<String> ddl = List.of(
        "create table grp (id bigint not null, constraint pk_grp primary key (id))",
        "create table usr (id bigint not null, constraint pk_usr primary key (id))",
        "create table mem (grp_id bigint not null, usr_id bigint not null, since date,"
            + " constraint pk_mem primary key (grp_id, usr_id))",
        "create index ix_mem_usr_since on mem (usr_id, since)",
        "alter table mem add constraint fk_mem_grp foreign key (grp_id) references grp (id)",
        "alter table mem add constraint fk_mem_usr foreign key (usr_id) references usr (id)",
        "insert into grp values (1)", "insert into usr values (7)", "insert into mem values (1, 7, null)");
    List<String> expected = switch (kind) {
      case POSTGRESQL -> List.of("drop primary key mem[grp_id, usr_id]", "drop index ix_mem_usr_since on mem",
          "add primary key mem[usr_id]");
      case H2 -> List.of("drop foreign key fk_mem_usr on mem", "drop primary key mem[grp_id, usr_id]",
          "drop index ix_mem_usr_since on mem", "add primary key mem[usr_id]", "add foreign key fk_mem_usr on mem");
      case MARIADB -> List.of("drop foreign key fk_mem_grp on mem", "drop foreign key fk_mem_usr on mem",
          "drop primary key mem[grp_id, usr_id]", "drop index ix_mem_usr_since on mem", "add primary key mem[usr_id]",
          "add foreign key fk_mem_grp on mem", "add foreign key fk_mem_usr on mem");
    };
    adopt(kind, MEMBERSHIP, ddl, expected);
  }

  private void adopt(DatabaseKind kind, Map<String, String> entities, List<String> ddl, List<String> expected)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); URLClassLoader loader = EntitySources.compile(dir, entities)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      db.execute(ddl.toArray(String[]::new));
      SchemaModel theirs = introspect(db, dialect);
      List<SchemaOp> upgrade = autogen(db, dialect, loader);
      assertThat(upgrade).extracting(SchemaOp::describe).isEqualTo(expected);
      apply(db, dialect, upgrade);
      assertThat(autogen(db, dialect, loader)).as("nothing left after the upgrade").isEmpty();
      List<SchemaOp> downgrade = new ArrayList<>();
      for (int i = upgrade.size() - 1; i >= 0; i--) {
        downgrade.add(upgrade.get(i).reverse());
      }
      apply(db, dialect, downgrade);
      assertSameSchema(introspect(db, dialect), theirs);
    }
  }

  /** The same tables, columns, keys and names; indexes and constraints compared whole, names included. */
  static void assertSameSchema(SchemaModel actual, SchemaModel expected) {
    assertThat(actual.tables()).extracting(TableDef::name)
        .containsExactlyElementsOf(expected.tables().stream().map(TableDef::name).toList());
    for (TableDef table : expected.tables()) {
      TableDef restored = actual.requireTable(table.name());
      assertThat(restored.columns()).as(table.name()).isEqualTo(table.columns());
      assertThat(restored.primaryKey()).as(table.name()).isEqualTo(table.primaryKey());
      assertThat(restored.uniques()).as(table.name()).containsExactlyInAnyOrderElementsOf(table.uniques());
      assertThat(restored.indexes()).as(table.name()).containsExactlyInAnyOrderElementsOf(table.indexes());
      assertThat(restored.foreignKeys()).as(table.name()).containsExactlyInAnyOrderElementsOf(table.foreignKeys());
      assertThat(restored.checks()).as(table.name()).containsExactlyInAnyOrderElementsOf(table.checks());
    }
    assertThat(new SchemaComparator().compare(expected, actual).upgrade()).isEmpty();
  }

  private static SchemaModel introspect(TestDatabase db, SqlDialect dialect) throws Exception {
    try (Connection c = db.connect()) {
      return Introspectors.forDialect(dialect).introspect(c);
    }
  }

  private static List<SchemaOp> autogen(TestDatabase db, SqlDialect dialect, ClassLoader entities)
      throws Exception {
    try (Connection c = db.connect()) {
      return new Autogenerator(dialect).compare(c, EntitySources.PACKAGE, entities).upgrade();
    }
  }

  private static void apply(TestDatabase db, SqlDialect dialect, List<SchemaOp> ops) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }
}
