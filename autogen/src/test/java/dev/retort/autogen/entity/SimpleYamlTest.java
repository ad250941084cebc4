package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain YAML of an {@code application.yml}, flattened to dotted keys. */
class SimpleYamlTest {
  @Test
  void nestedMapsBecomeDottedKeysAndWhatItCannotReadIsSkipped() {
    assertThat(SimpleYaml.documents("""
        # settings
        spring:
          jpa.hibernate:
            ddl-auto: 'validate'   # quoted
          url: "jdbc:h2:mem:a#b"
          servers:
            - name: one
              port: 1
          text: |
            a: b
          flow: {a: 1}
          after: yes
        top: 1
        ---
        second: "doc"
        """)).isEqualTo(List.of(
            Map.of("spring.jpa.hibernate.ddl-auto", "validate", "spring.url", "jdbc:h2:mem:a#b",
                "spring.after", "yes", "top", "1"),
            Map.of("second", "doc")));
  }
}
