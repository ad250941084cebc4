package dev.retort.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.risk.Risk;
import dev.retort.engine.risk.RiskKind;
import dev.retort.engine.risk.RiskReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report escapes what JSON requires, writes null where there is no value, and keeps its shape. */
class JsonReportTest {
  @Test
  void stringsAreEscaped() {
    assertThat(JsonReport.string("say \"hi\"\\n\n\r\t\b\f\u0001 é \u2028")).isEqualTo(
        "\"say \\\"hi\\\"\\\\n\\n\\r\\t\\b\\f\\u0001 é \\u2028\"");
    assertThat(JsonReport.string(null)).isEqualTo("null");
  }

  @Test
  void aRevisionWithAnOperationOfEveryFieldAndOneOfNone() {
    Map<String, List<String>> sql = new LinkedHashMap<>();
    sql.put("postgresql", List.of("ALTER TABLE \"t\" DROP COLUMN \"c\""));
    sql.put("h2", List.of());
    Risk danger = Risk.of(List.of(new RiskReason(RiskKind.DATA_LOSS, "drops column t.c and its data")),
        "wait a release");
    Review review = new Review("postgresql", false, List.of(new ReviewedRevision("abc", "line one\nline \"two\"",
        List.of(new ReviewedOperation("drop column t.c", "t", danger, sql, 12L),
            new ReviewedOperation("create sequence s", null, Risk.SAFE, Map.of(), null)))));
    assertThat(JsonReport.of(review)).isEqualTo("""
        {
          "judgedFor": "postgresql",
          "rowsKnown": false,
          "summary": {"revisions": 1, "operations": 2, "danger": 1, "caution": 0, "safe": 1},
          "revisions": [
            {
              "id": "abc",
              "message": "line one\\nline \\"two\\"",
              "operations": [
                {
                  "description": "drop column t.c",
                  "table": "t",
                  "risk": "danger",
                  "reasons": [{"kind": "data_loss", "text": "drops column t.c and its data"}],
                  "safer": "wait a release",
                  "sql": {"postgresql": ["ALTER TABLE \\"t\\" DROP COLUMN \\"c\\""], "h2": []},
                  "rows": 12
                },
                {
                  "description": "create sequence s",
                  "table": null,
                  "risk": "safe",
                  "reasons": [],
                  "safer": null,
                  "sql": {},
                  "rows": null
                }
              ]
            }
          ]
        }
        """);
  }
}
