package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The database a command names: never a password, whatever the URL carries. */
class DatabaseNameTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://db:5432/app | app | jdbc:postgresql://db:5432/app (user app)",
      "jdbc:postgresql://db/app?password=s3cret&ssl=true | app | jdbc:postgresql://db/app?password=***&ssl=true (user app)",
      "jdbc:postgresql://db/app?ssl=true&PASSWORD=s3cret | app | jdbc:postgresql://db/app?ssl=true&PASSWORD=*** (user app)",
      "jdbc:h2:file:./db;PASSWORD=s3cret;MODE=PostgreSQL | sa | jdbc:h2:file:./db;PASSWORD=***;MODE=PostgreSQL (user sa)",
      "jdbc:mariadb://root:s3cret@127.0.0.1:3306/app | '' | jdbc:mariadb://root:***@127.0.0.1:3306/app (no user)"})
  void namesTheDatabaseWithoutItsPassword(String url, String user, String shown) {
    assertThat(DatabaseName.of(url, user)).isEqualTo(shown).doesNotContain("s3cret");
  }
}
