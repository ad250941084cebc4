package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bean Validation shapes the schema as Hibernate lets it: by default, and not when the application says no. */
class BeanValidationDdlTest {
  private static SchemaModel broad(Map<String, String> settings) {
    return EntityModels.read(BeanValidationDdlTest.class.getClassLoader(), "dev.retort.autogen.broad",
        Dialects.forName("postgresql"), 15, 0, settings);
  }

  @Test
  void constraintsReachTheSchemaUnlessHibernateIsToldOtherwise() {
    SchemaModel applied = broad(Map.of());
    assertThat(applied.requireTable("accounts").column("handle").orElseThrow())
        .extracting(c -> c.type().describe(), ColumnDef::isNullable).containsExactly("varchar(80)", false);
    assertThat(applied.requireTable("products").checks()).extracting(CheckDef::name).contains("ck_products_quantity");

    SchemaModel ignored = broad(Map.of("hibernate.validator.apply_to_ddl", "false"));
    assertThat(ignored.requireTable("accounts").column("handle").orElseThrow())
        .extracting(c -> c.type().describe(), ColumnDef::isNullable).containsExactly("varchar(255)", true);
    assertThat(ignored.requireTable("products").checks()).extracting(CheckDef::name)
        .doesNotContain("ck_products_quantity");
  }
}
