package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.between;
import static dev.retort.autogen.evolution.Scenario.change;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;

import java.util.List;

/** Mapping shapes: embeddables, mapped superclasses and the three kinds of inheritance. */
final class MappingScenarios {
  private static final String ADDRESS = """
      @Embeddable
      public class Address {
        @Column(name = "street", length = 80) String street;
        @Column(name = "city", length = 40) String city;
        // fields
      }
      """;
  private static final Sources ADDRESSED = Sources.base().edit("// more", "@Embedded Address address;")
      .with("Address", ADDRESS);
  private static final String COMPANY = """
      @Entity
      public class Company extends Owner {
        @Column(name = "vat", length = 20) String vat;
      }
      """;
  private static final Sources STAMPED = Sources.base()
      .edit("public class Item {", "public class Item extends Stamped {")
      .edit("public class Owner {", "public class Owner extends Stamped {")
      .with("Stamped", """
          @MappedSuperclass
          public abstract class Stamped {
            // fields
          }
          """);

  private MappingScenarios() {}

  static List<Scenario> all() {
    return List.of(
        change("add an embedded", ADDRESSED, "add column items.city", "add column items.street"),
        between("nest an embeddable", ADDRESSED, ADDRESSED.edit("// fields", "@Embedded GeoPoint point;")
                .with("GeoPoint", """
                    @Embeddable
                    public class GeoPoint {
                      @Column(name = "lat") Double lat;
                      @Column(name = "lon") Double lon;
                    }
                    """),
            "add column items.lat", "add column items.lon"),
        between("extract an embeddable", Sources.base().edit("// more",
                "@Column(name = \"street\", length = 80) String street;\n"
                    + "  @Column(name = \"city\", length = 40) String city;"), ADDRESSED),
        // a rename Retort was not told about is a drop and an add; autogenerate warns with --rename
        between("override an embedded column", ADDRESSED, ADDRESSED.edit("@Embedded Address address;",
                "@Embedded @AttributeOverride(name = \"city\","
                    + " column = @Column(name = \"town\", length = 40)) Address address;"),
            "add column items.town", "drop column items.city"),
        change("add a mapped superclass", Sources.base()
                .edit("public class Item {", "public class Item extends Stamped {")
                .with("Stamped", """
                    @MappedSuperclass
                    public abstract class Stamped {
                      @Column(name = "created_by", length = 40) String createdBy;
                    }
                    """),
            "add column items.created_by"),
        between("add a column to a shared mapped superclass", STAMPED,
            STAMPED.edit("// fields", "@Column(name = \"created_by\", length = 40) String createdBy;"),
            "add column items.created_by", "add column owners.created_by"),
        // Hibernate checks the discriminator's values
        change("add a single-table subclass", Sources.base().with("Company", COMPANY),
            "add column owners.dtype", "add column owners.vat", "add check constraint ck_owners_dtype on owners")
            // Hibernate's discriminator is DTYPE; MariaDB keeps the case of column names
            .on(MARIADB, "add column owners.DTYPE", "add column owners.vat",
                "add check constraint ck_owners_DTYPE on owners"),
        change("add a joined subclass", Sources.base()
                .edit("public class Owner {",
                    "@Inheritance(strategy = InheritanceType.JOINED)\npublic class Owner {")
                .with("Company", COMPANY.replace("@Entity", "@Entity @Table(name = \"companies\")")),
            "create table companies"),
        change("add a table-per-class subclass", Sources.base()
                .edit("public class Owner {",
                    "@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)\npublic class Owner {")
                .with("Company", COMPANY.replace("@Entity", "@Entity @Table(name = \"companies\")")),
            "create table companies"));
  }
}
