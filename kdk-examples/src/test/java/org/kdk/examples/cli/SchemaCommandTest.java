package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.KdkJson;

/** {@code kdk schema}: the JSON Schema of the document format, as shipped in the jar. */
class SchemaCommandTest {
  @Test
  void prints_the_draft_2020_12_schema_of_the_dataset_format_with_its_id_and_exits_0() {
    JsonNode schema = KdkRun.of("schema").assertSucceeded().json();

    assertThat(schema.get("$id").asText()).isEqualTo("urn:kdk:schema:kdk-dataset:1");
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format").isMissingNode()).isFalse();
  }

  @Test
  void prints_the_shipped_schema_unchanged() {
    assertThat(KdkRun.of("schema").out()).isEqualTo(KdkJson.shippedSchema());
  }

  @Test
  void takes_no_arguments() {
    assertThat(KdkRun.of("schema", "extra").assertUserError().err()).contains("'extra'");
  }
}
