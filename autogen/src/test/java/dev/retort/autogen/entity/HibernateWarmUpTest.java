package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The warm-up maps its entities on every database, or it would only cost a thread and warm nothing. */
class HibernateWarmUpTest {
  @ParameterizedTest
  @ValueSource(strings = {"jdbc:postgresql://localhost/x", "jdbc:mariadb://localhost/x", "jdbc:h2:mem:x"})
  void itMapsItsEntities(String url) {
    SchemaModel schema = HibernateWarmUp.build(Dialects.forJdbcUrl(url));
    assertThat(schema.tables()).extracting(TableDef::name).contains("warm_up_book", "warm_up_shelf");
    TableDef book = schema.table("warm_up_book").orElseThrow();
    assertThat(book.foreignKeys()).hasSize(1);
    assertThat(book.indexes()).hasSize(1);
  }
}
