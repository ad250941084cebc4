package dev.retort.corpus;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.axonframework.eventhandling.deadletter.jpa.DeadLetterEntry;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.MySqlEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.HsqlSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.modelling.saga.repository.jpa.SagaEntry;
import org.junit.jupiter.api.BeforeAll;

/**
 * Axon Framework's JPA stores (org.axonframework:axon-eventsourcing, axon-messaging, axon-modelling): event
 * and snapshot entries, tracking tokens ({@code @IdClass}), sagas and their associations, dead letters;
 * against Hibernate's export and against the tables Axon's own JDBC table factories create, which Axon
 * keeps column for column the same as the JPA entities so either store reads the other's tables.
 */
class AxonCorpusTest extends CorpusTest {
  private static CorpusModel model;

  @BeforeAll
  static void load() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    classes.addAll(MappedClasses.fromJar(DomainEventEntry.class, "org.axonframework.eventsourcing.eventstore.jpa"));
    classes.addAll(MappedClasses.fromJar(DeadLetterEntry.class, "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.eventhandling.deadletter.jpa"));
    classes.addAll(MappedClasses.fromJar(SagaEntry.class, "org.axonframework.modelling.saga.repository.jpa"));
    model = new CorpusModel("axon", classes, Map.of());
  }

  @Override
  CorpusModel model() {
    return model;
  }

  @Override
  ProjectSchema projectSchema() {
    return AxonCorpusTest::tableFactories;
  }

  @Override
  SampleRows sampleRows() {
    return AxonCorpusTest::sampleRows;
  }

  @Override
  List<String> expectedOperations(DatabaseKind kind) throws Exception {
    return expected(kind);
  }

  /** Every difference between Axon's JDBC tables and its JPA entities, each one real. */
  private static List<String> expected(DatabaseKind kind) {
    boolean pg = kind == DatabaseKind.POSTGRESQL;
    List<String> ops = new ArrayList<>(List.of(
        // the JDBC dead-letter table keys on deadLetterIdentifier; the entity's @Id column is deadLetterId
        "drop primary key DeadLetterEntry[deadLetterIdentifier]",
        // SnapshotEventEntry's @IdClass has type besides aggregateIdentifier and sequenceNumber
        "drop primary key SnapshotEventEntry[aggregateIdentifier, sequenceNumber]",
        // @GeneratedValue without a strategy: Hibernate draws these ids from sequences, JDBC uses identity
        "create sequence AssociationValueEntry_SEQ",
        "create sequence DomainEventEntry_SEQ",
        "add column DeadLetterEntry.deadLetterId",
        // Long id from a sequence; the generic saga schema has an int auto_increment, PostgreSQL's a bigserial
        pg ? "alter column AssociationValueEntry.id no identity"
            : "alter column AssociationValueEntry.id type integer -> bigint no identity",
        // @Basic(optional = false) on both; the JDBC schema leaves them nullable
        "alter column AssociationValueEntry.associationKey not null",
        "alter column AssociationValueEntry.sagaId not null"));
    if (pg) {
      // @Lob byte[] is oid on PostgreSQL; Axon's PostgreSQL factories write bytea
      ops.addAll(List.of("alter column DeadLetterEntry.diagnostics type blob -> oid"));
    }
    // the JDBC dead-letter table keeps instants as text (GenericDeadLetterTableFactory.timestampType);
    // an Instant is a time-zone timestamp on every database (datetime on MariaDB, as Hibernate writes it)
    String timestamp = "timestamp_tz(6)";
    ops.add("alter column DeadLetterEntry.enqueuedAt type varchar(255) -> " + timestamp);
    ops.add("alter column DeadLetterEntry.lastTouched type varchar(255) -> " + timestamp);
    if (pg) {
      ops.addAll(List.of("alter column DeadLetterEntry.metaData type blob -> oid",
          "alter column DeadLetterEntry.payload type blob -> oid", "alter column DeadLetterEntry.token type blob -> oid"));
    }
    ops.add("alter column DeadLetterEntry.processingStarted type varchar(255) -> " + timestamp);
    // the event's global index comes from DomainEventEntry_SEQ, not from an identity column
    ops.add("alter column DomainEventEntry.globalIndex no identity");
    if (pg) {
      ops.addAll(List.of("alter column DomainEventEntry.metaData type blob -> oid",
          "alter column DomainEventEntry.payload type blob -> oid", "alter column SagaEntry.serializedSaga type blob -> oid",
          "alter column SnapshotEventEntry.metaData type blob -> oid",
          "alter column SnapshotEventEntry.payload type blob -> oid"));
    }
    // TokenEntry's timestamp is @Basic(optional = false); the JDBC token table allows null
    ops.add("alter column TokenEntry.timestamp not null");
    if (pg) {
      ops.add("alter column TokenEntry.token type blob -> oid");
    }
    ops.addAll(List.of(
        "add primary key DeadLetterEntry[deadLetterId]",
        "add primary key SnapshotEventEntry[aggregateIdentifier, sequenceNumber, type]",
        // AssociationValueEntry's @Table(indexes); the JDBC saga schemas create none
        "create index IDX2uqqpmht3w2i368ld2ham2out on AssociationValueEntry",
        "create index IDXpo4uvnt1l3922m6y62fk73p3f on AssociationValueEntry",
        "drop column DeadLetterEntry.deadLetterIdentifier"));
    // MariaDB keeps the entities' case; PostgreSQL and H2 (unquoted in Axon's DDL) fold it
    return kind == DatabaseKind.MARIADB ? ops : ops.stream().map(op -> op.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  /** A token, a saga with an association, and an event with its snapshot, as Axon's JDBC stores write them. */
  static void sampleRows(TestDatabase db) throws SQLException {
    db.execute(
        "INSERT INTO TokenEntry (processorName, segment, tokenType, timestamp, owner) VALUES ('orders', 0,"
            + " 'org.axonframework.eventhandling.GlobalSequenceTrackingToken', '2026-01-01T00:00:00Z', 'node-1')",
        "INSERT INTO SagaEntry (sagaId, revision, sagaType) VALUES ('saga-1', '1', 'com.example.OrderSaga')",
        "INSERT INTO AssociationValueEntry (associationKey, associationValue, sagaType, sagaId)"
            + " VALUES ('orderId', 'o-1', 'com.example.OrderSaga', 'saga-1')",
        "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,"
            + " payloadType, payloadRevision, payload) VALUES ('e-1', 'o-1', 0, 'Order', '2026-01-01T00:00:00Z',"
            + " 'com.example.OrderPlaced', NULL, " + bytes(db.kind(), "7b7d") + ")",
        "INSERT INTO SnapshotEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,"
            + " payloadType, payload) VALUES ('s-1', 'o-1', 0, 'Order', '2026-01-01T00:00:00Z', 'com.example.Order', "
            + bytes(db.kind(), "7b7d") + ")");
  }

  private static String bytes(DatabaseKind kind, String hex) {
    return switch (kind) {
      case POSTGRESQL -> "'\\x" + hex + "'::bytea";
      case MARIADB -> "x'" + hex + "'";
      case H2 -> "X'" + hex + "'";
    };
  }

  /** The tables as Axon's JDBC stores create them, with the factory Axon provides for each database. */
  static void tableFactories(TestDatabase db) throws SQLException {
    EventTableFactory events = switch (db.kind()) {
      case POSTGRESQL -> PostgresEventTableFactory.INSTANCE;
      // Axon has no H2 factory and H2 rejects the HSQLDB one's identity clause; H2 takes the MySQL one as it is
      case MARIADB, H2 -> MySqlEventTableFactory.INSTANCE;
    };
    TokenTableFactory tokens =
        db.kind() == DatabaseKind.POSTGRESQL ? PostgresTokenTableFactory.INSTANCE : GenericTokenTableFactory.INSTANCE;
    SagaSqlSchema sagas = switch (db.kind()) {
      case POSTGRESQL -> new PostgresSagaSqlSchema(new SagaSchema());
      case MARIADB -> new GenericSagaSqlSchema(new SagaSchema());
      case H2 -> new HsqlSagaSqlSchema();
    };
    EventSchema eventSchema = new EventSchema();
    try (Connection c = db.connect()) {
      run(events.createDomainEventTable(c, eventSchema));
      run(events.createSnapshotEventTable(c, eventSchema));
      run(tokens.createTable(c, new TokenSchema()));
      run(sagas.sql_createTableSagaEntry(c));
      run(sagas.sql_createTableAssocValueEntry(c));
      try (Statement deadLetters = deadLetterFactory(db.kind()).createTableStatement(c,
          DeadLetterSchema.defaultSchema())) {
        deadLetters.executeBatch();
      }
    }
  }

  /**
   * Axon's one dead-letter factory writes BLOB, which PostgreSQL lacks; the factory exists to be subclassed
   * for that, as Axon's own PostgreSQL token and event factories choose BYTEA.
   */
  private static GenericDeadLetterTableFactory deadLetterFactory(DatabaseKind kind) {
    if (kind != DatabaseKind.POSTGRESQL) {
      return new GenericDeadLetterTableFactory();
    }
    return new GenericDeadLetterTableFactory() {
      @Override
      protected String serializedDataType() {
        return "BYTEA";
      }
    };
  }

  private static void run(PreparedStatement statement) throws SQLException {
    try (statement) {
      statement.execute();
    }
  }
}
