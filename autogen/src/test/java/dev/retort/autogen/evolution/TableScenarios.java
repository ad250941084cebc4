package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.between;
import static dev.retort.autogen.evolution.Scenario.change;
import static dev.retort.autogen.evolution.Scenario.edit;
import static dev.retort.autogen.evolution.Scenario.undo;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;

import java.util.List;

/** Tables: created and dropped with their entities and collections, commented, split by secondary tables. */
final class TableScenarios {
  private static final Sources COMMENTED = Sources.base().edit("@Table(name = \"items\",",
      "@org.hibernate.annotations.Comment(\"Stock items\") @Table(name = \"items\",");
  private static final String TAGS = "@ElementCollection @CollectionTable(name = \"item_tags\", joinColumns ="
      + " @JoinColumn(name = \"item_id\", foreignKey = @ForeignKey(name = \"fk_tags_item\")))"
      + " @Column(name = \"tag\", length = 30)";
  private static final Sources TAG_SET = Sources.base().edit("// more",
      TAGS + " java.util.Set<String> tags;");
  private static final Sources TAG_LIST = Sources.base().edit("// more",
      TAGS + " java.util.List<String> tags;");
  private static final Sources TAG_ORDERED = TAG_LIST.edit("@Column(name = \"tag\"",
      "@OrderColumn(name = \"pos\") @Column(name = \"tag\"");
  private static final Sources OWNED = Sources.base().edit("// more", "@ManyToOne @JoinColumn(name ="
      + " \"owner_id\", foreignKey = @ForeignKey(name = \"fk_items_owner\")) Owner owner;");
  private static final Sources SHIPMENTS = Sources.base().with("Shipment", """
      @Entity
      @Table(name = "shipments")
      public class Shipment {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "id") Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "item_id") Item item;
        @Column(name = "sent_at") java.time.LocalDateTime sentAt;
      }
      """);
  private static final String SECONDARY = "@SecondaryTable(name = \"item_details\","
      + " pkJoinColumns = @PrimaryKeyJoinColumn(name = \"item_id\"))\n@Table(name = \"items\",";

  private static final Sources STOCK = Sources.base().with("StockLevel", """
      @Entity
      @Table(name = "stock_levels")
      @IdClass(StockLevel.Key.class)
      public class StockLevel {
        @Id @Column(name = "item_id") Long itemId;
        @Id @Column(name = "depot", length = 10) String depot;
        @Column(name = "on_hand") Integer onHand;

        public record Key(Long itemId, String depot) {}
      }
      """);

  private TableScenarios() {}

  static List<Scenario> all() {
    return List.of(
        change("comment the table", COMMENTED, "comment on table items"),
        between("change the table comment", COMMENTED, COMMENTED.edit("Stock items", "Items in stock"),
            "comment on table items"),
        undo("remove the table comment", COMMENTED, "comment on table items"),
        edit("drop a table", "@Entity\n@Table(name = \"owners\")", "", "drop table owners"),
        // a rename Retort was not told about is a drop and a create; autogenerate warns with --rename
        edit("rename a table", "@Table(name = \"owners\")", "@Table(name = \"parties\")",
            "drop table owners", "create table parties"),
        change("add an entity referencing another", SHIPMENTS, "create table shipments"),
        undo("drop an entity referencing another", SHIPMENTS, "drop table shipments"),
        between("drop a referenced entity with its association", OWNED,
            Sources.base().edit("@Entity\n@Table(name = \"owners\")", ""),
            "drop foreign key fk_items_owner on items", "drop table owners", "drop column items.owner_id"),
        change("add an element collection", TAG_SET, "create table item_tags"),
        undo("drop an element collection", TAG_SET, "drop table item_tags"),
        edit("add an element collection map", "// more", "@ElementCollection @CollectionTable(name ="
                + " \"item_prices\", joinColumns = @JoinColumn(name = \"item_id\")) @MapKeyColumn(name ="
                + " \"currency\", length = 3) @Column(name = \"amount\", precision = 10, scale = 2)"
                + " java.util.Map<String, BigDecimal> prices;",
            "create table item_prices"),
        // an ordered list is keyed by its owner and position
        // Hibernate checks that an order column is not negative
        // on MariaDB the new primary key serves the foreign key: the key goes around it (see KeysAroundChanges)
        between("order a list collection", TAG_LIST, TAG_ORDERED,
            "add column item_tags.pos", "add primary key item_tags[item_id, pos]",
            "add check constraint ck_item_tags_pos on item_tags")
            .on(MARIADB, "drop foreign key fk_tags_item on item_tags", "add column item_tags.pos",
                "add primary key item_tags[item_id, pos]", "add check constraint ck_item_tags_pos on item_tags",
                "add foreign key fk_tags_item on item_tags"),
        between("unorder a list collection", TAG_ORDERED, TAG_LIST,
            "drop primary key item_tags[item_id, pos]", "drop check constraint ck_item_tags_pos on item_tags",
            "drop column item_tags.pos")
            .on(MARIADB, "drop foreign key fk_tags_item on item_tags", "drop primary key item_tags[item_id, pos]",
                "drop check constraint ck_item_tags_pos on item_tags", "add foreign key fk_tags_item on item_tags",
                "drop column item_tags.pos"),
        // a set's table is unique on owner and element; a list's may repeat them
        between("turn a set into a list", TAG_SET, TAG_LIST,
            "drop unique constraint uk52xhdtljq69hggmggyus5oq7t on item_tags")
            .on(MARIADB, "drop foreign key fk_tags_item on item_tags",
                "drop unique constraint UK52xhdtljq69hggmggyus5oq7t on item_tags",
                "add foreign key fk_tags_item on item_tags"),
        between("rename a referenced table", OWNED,
            OWNED.edit("@Table(name = \"owners\")", "@Table(name = \"parties\")"),
            "drop foreign key fk_items_owner on items", "drop table owners", "create table parties",
            "add foreign key fk_items_owner on items"),
        between("add a column to the primary key", STOCK.edit("@IdClass(StockLevel.Key.class)\n", "")
                .edit("@Id @Column(name = \"depot\"", "@Column(name = \"depot\"")
                .edit("public record Key(Long itemId, String depot) {}", ""), STOCK,
            "drop primary key stock_levels[item_id]", "alter column stock_levels.depot not null",
            "add primary key stock_levels[item_id, depot]"),
        edit("add a many-to-many", "// more", "@ManyToMany @JoinTable(name = \"item_owners\", joinColumns ="
                + " @JoinColumn(name = \"item_id\"), inverseJoinColumns = @JoinColumn(name = \"owner_id\"))"
                + " java.util.Set<Owner> owners;",
            "create table item_owners"),
        change("add an entity with an @IdClass key", STOCK, "create table stock_levels"),
        change("add an entity with an @EmbeddedId", Sources.base().with("Price", """
            @Entity
            @Table(name = "prices")
            public class Price {
              @EmbeddedId Key key;
              @Column(name = "amount", precision = 10, scale = 2) BigDecimal amount;

              @Embeddable
              public record Key(@Column(name = "item_id") Long itemId,
                  @Column(name = "currency", length = 3) String currency) {}
            }
            """), "create table prices"),
        change("add a secondary table", Sources.base().edit("@Table(name = \"items\",", SECONDARY)
                .edit("// more",
                    "@Column(name = \"details\", table = \"item_details\", length = 500) String details;"),
            "create table item_details"),
        change("move a column to a secondary table",
            Sources.base().edit("@Table(name = \"items\",", SECONDARY)
                .edit("@Column(name = \"note\", length = 200)",
                    "@Column(name = \"note\", length = 200, table = \"item_details\")"),
            "create table item_details", "drop column items.note"));
  }
}
