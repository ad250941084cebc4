package dev.retort.autogen.adoption;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.entity.EntityMetadata;
import dev.retort.autogen.entity.EntityScanner;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReproTest {
  @TempDir Path dir;

  static final Map<String, String> MODEL = Map.of(
      "Realm", """
          @Entity @Table(name = "realm")
          public class Realm {
            @Id Long id;
            @Column(length = 50) String name;
            @ManyToMany @JoinTable(name = "realm_tag", joinColumns = @JoinColumn(name = "realm_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id")) Set<Tag> tags;
            @ElementCollection @CollectionTable(name = "realm_attr", joinColumns = @JoinColumn(name = "owner_id"))
                @Column(name = "val") Set<String> attrs;
            @ElementCollection @CollectionTable(name = "realm_flag", joinColumns = @JoinColumn(name = "owner_id"))
                @Column(name = "val") Set<String> flags;
            java.time.LocalDateTime created;
            @org.hibernate.annotations.ColumnDefault("current_timestamp") java.time.LocalDateTime changed;
            @org.hibernate.annotations.ColumnDefault("0") @Column(precision = 10, scale = 2) java.math.BigDecimal price;
          }
          """,
      "Tag", """
          @Entity @Table(name = "tag", indexes = @Index(name = "ix_tag_yd", columnList = "y desc"))
          public class Tag {
            @Id Long id;
            @ManyToOne @JoinColumn(name = "realm_id") Realm realm;
            Integer y;
            @Column(name = "größe") Integer groesse;
          }
          """,
      "Member", """
          @Entity @Table(name = "member") @IdClass(MemberId.class)
          public class Member {
            @Id @Column(name = "user_id") Long userId;
            @Id @Column(name = "group_id") Long groupId;
            @Id @Column(name = "a_role") String aRole;
          }
          """,
      "Zed", """
          @Entity @Table(name = "zed")
          public class Zed {
            @Id Long id;
            @ManyToMany @JoinTable(name = "zed_alpha", joinColumns = @JoinColumn(name = "zz_id"),
                inverseJoinColumns = @JoinColumn(name = "aa_id")) Set<Zed> others;
            @Column(columnDefinition = "TEXT") String body;
          }
          """,
      "MemberId", """
          public class MemberId implements java.io.Serializable {
            Long userId; Long groupId; String aRole;
            public boolean equals(Object o) { return o == this; }
            public int hashCode() { return 1; }
          }
          """);

  static final Map<String, String> HAND = Map.of(
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
          @Entity @Table(name = "pair") @IdClass(PairId.class)
          public class Pair {
            @Id @Column(name = "b") Long b;
            @Id @Column(name = "a") Long a;
          }
          """,
      "PairId", """
          public class PairId implements java.io.Serializable {
            Long b; Long a;
            public boolean equals(Object o) { return o == this; }
            public int hashCode() { return 1; }
          }
          """,
      "Longish", """
          @Entity @Table(name = "a_table_name_that_is_much_longer_than_postgres_allows_for_identifiers_x")
          public class Longish { @Id Long id; }
          """);

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void hand(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); URLClassLoader loader = EntitySources.compile(dir, HAND)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      String ts = kind == DatabaseKind.MARIADB ? "datetime(6)" : "timestamp";
      String code = kind == DatabaseKind.H2 ? "varchar_ignorecase(40)" : "varchar(40)";
      db.execute("create table realm (id bigint not null, created " + ts + " default null, code " + code
          + ", constraint pk_realm primary key (id))",
          "create table tag (id bigint not null, realm_id bigint, constraint pk_tag primary key (id),"
          + " constraint fk_tag_realm foreign key (realm_id) references realm (id))",
          "create index ix_tag_realm on tag (realm_id)",
          "create table pair (b bigint not null, a bigint not null, primary key (a, b))");
      if (kind != DatabaseKind.MARIADB) {
        db.execute("create table a_table_name_that_is_much_longer_than_postgres_allows_for_identifiers_x (id bigint not null primary key)");
      }
      try (Connection c = db.connect()) {
        List<SchemaOp> ops = new Autogenerator(dialect).compare(c, "adopt", loader).upgrade();
        for (SchemaOp op : ops) {
          System.out.println(kind + " HAND: " + op.describe() + "  " + dialect.toSql(op));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void initial(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); URLClassLoader loader = EntitySources.compile(dir, MODEL)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        List<SchemaOp> ops = new Autogenerator(dialect).compare(c, "adopt", loader).upgrade();
        for (SchemaOp op : ops) {
          for (String sql : dialect.toSql(op)) {
            System.out.println(kind + " INIT: " + sql);
            try { s.execute(sql); } catch (Exception e) { System.out.println(kind + " FAILED " + e); }
          }
        }
      }
      try (Connection c = db.connect()) {
        for (SchemaOp op : new Autogenerator(dialect).compare(c, "adopt", loader).upgrade()) {
          System.out.println(kind + " AGAIN: " + op.describe());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void hibernateExport(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); URLClassLoader loader = EntitySources.compile(dir, MODEL)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        var meta = c.getMetaData();
        try (EntityMetadata metadata = EntityMetadata.build(EntityScanner.scan(loader, "adopt"), loader, dialect,
            meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(), Map.of())) {
          java.lang.reflect.Method registry = EntityMetadata.class.getDeclaredMethod("registry");
          registry.setAccessible(true);
          for (String sql : new SchemaCreatorImpl((org.hibernate.service.ServiceRegistry) registry.invoke(metadata))
              .generateCreationCommands(metadata.metadata(), true)) {
            System.out.println(kind + " HIB: " + sql);
            s.execute(sql);
          }
        }
      }
      try (Connection c = db.connect()) {
        List<SchemaOp> ops = new Autogenerator(dialect).compare(c, "adopt", loader).upgrade();
        for (SchemaOp op : ops) {
          System.out.println(kind + " OP: " + op.describe() + "  " + dialect.toSql(op));
        }
      }
    }
  }
}
