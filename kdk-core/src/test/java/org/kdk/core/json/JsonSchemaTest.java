package org.kdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.testing.Golden;

class JsonSchemaTest {
  static final String SHIPPED = "src/main/resources/org/kdk/core/json/kdk-dataset.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String generated() {
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("format", Dataset.FORMAT);
    constants.put("version", Dataset.CURRENT_VERSION);
    return KdkJson.strict().write(new JsonSchemaGenerator().generate(Dataset.class,
        "urn:kdk:schema:kdk-dataset:" + Dataset.CURRENT_VERSION,
        "KDK dataset, format version " + Dataset.CURRENT_VERSION, constants));
  }

  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(KdkJson.shippedSchema()));
  }

  static Stream<Path> exampleDocuments() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/org/kdk/core/golden"))) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      return list.stream();
    }
  }

  @Test
  void the_shipped_schema_is_the_one_generated_from_the_model() {
    Golden.assertMatches(SHIPPED, generated());
  }

  @Test
  void the_shipped_schema_is_on_the_class_path_of_the_jar() {
    assertThat(KdkJson.shippedSchema()).contains("\"$id\" : \"urn:kdk:schema:kdk-dataset:1\"");
  }

  @ParameterizedTest
  @MethodSource("exampleDocuments")
  void every_example_document_is_valid_against_the_schema(Path document) throws IOException {
    Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(document.toFile()));
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Test
  void the_schema_rejects_what_the_reader_rejects() throws IOException {
    JsonNode bad = MAPPER.readTree("{\"format\":\"kdk-dataset\",\"version\":1,\"plans\":[{\"id\":\"p\",\"tpyo\":1}]}");
    assertThat(schema().validate(bad)).isNotEmpty();
    JsonNode wrongVersion = MAPPER.readTree("{\"format\":\"kdk-dataset\",\"version\":2}");
    assertThat(schema().validate(wrongVersion)).isNotEmpty();
    JsonNode badProvince = MAPPER.readTree("{\"format\":\"kdk-dataset\",\"version\":1,\"commitments\":[{\"id\":\"c\","
        + "\"provinceCode\":\"TR-82\",\"signedOn\":\"2012-07-06\",\"signatoryInstitutionIds\":[\"v\"]}]}");
    assertThat(schema().validate(badProvince)).isNotEmpty();
  }
}
