package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code kdk validate FILE…}: the findings as text or JSON, in Turkish or English, and the exit codes 0, 1 and 2. */
class ValidateCommandTest {
  /** An equality commission elected for three years: KDK-MECH-003 (at most one year) is an error. */
  static final String THREE_YEAR_COMMISSION = "{\"format\": \"kdk-dataset\", \"version\": 1, \"asOf\": \"2015-06-30\","
      + " \"institutions\": [{\"id\": \"x-meclis\", \"name\": \"X Belediye Meclisi\", \"kind\": \"MUNICIPAL_COUNCIL\","
      + " \"provinceCode\": \"TR-47\"}],"
      + " \"equalityCommissions\": [{\"id\": \"x-kek\", \"name\": \"X KEK\", \"provinceCode\": \"TR-47\","
      + " \"council\": \"MUNICIPAL_COUNCIL\", \"councilInstitutionId\": \"x-meclis\","
      + " \"term\": {\"start\": \"2013-01-01\", \"end\": \"2015-12-31\"},"
      + " \"statusHistory\": [{\"date\": \"2013-01-01\", \"status\": \"ACTIVE\"}]}]}";
  static final String RULE = "KDK-MECH-003";

  @TempDir
  Path dir;
  Path ruleError;
  Path missing;
  Path malformed;
  Path unknownProperty;

  @BeforeEach
  void write_the_documents() throws IOException {
    ruleError = Files.writeString(dir.resolve("three-year-commission.json"), THREE_YEAR_COMMISSION);
    missing = dir.resolve("missing.json");
    malformed = Files.writeString(dir.resolve("malformed.json"), "{\"format\": \"kdk-dataset\", \"version\": 1,");
    unknownProperty = Files.writeString(dir.resolve("unknown-property.json"),
        "{\"format\": \"kdk-dataset\", \"version\": 1, \"titel\": \"Mardin\"}");
  }

  @Nested
  class A_valid_dataset {
    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr, 'KABUL EDİLEBİLİR — 0 hata, 0 uyarı, 0 bilgi'",
        "en, 'ACCEPTABLE — errors: 0, warnings: 0, notes: 0'"})
    void is_acceptable_in_the_chosen_language_with_exit_code_0(String lang, String verdict) {
      KdkRun run = KdkRun.of("validate", KdkRun.MARDIN, "--lang", lang).assertSucceeded();

      assertThat(run.outLines()).first().isEqualTo(KdkRun.MARDIN + ":");
      assertThat(run.outLines()).contains(verdict);
    }

    @Test
    void is_turkish_by_default() {
      assertThat(KdkRun.of("validate", KdkRun.MARDIN).out()).isEqualTo(
          KdkRun.of("validate", KdkRun.MARDIN, "--lang", "tr").out());
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr", "en"})
    void is_acceptable_as_json_with_exit_code_0(String lang) {
      KdkRun run = KdkRun.of("validate", KdkRun.MARDIN, "--format", "json", "--lang", lang).assertSucceeded();

      JsonNode result = run.json().get(0);
      assertThat(run.json()).hasSize(1);
      assertThat(result.get("file").asText()).isEqualTo(KdkRun.MARDIN.toString());
      assertThat(result.get("acceptable").asBoolean()).isTrue();
      assertThat(result.at("/report/profile").asText()).isEqualTo("current-law");
      assertThat(result.at("/report/asOf").asText()).isEqualTo("2015-06-30");
    }

    @Test
    void is_acceptable_under_the_phase_2_profile_too() {
      KdkRun run = KdkRun.of("validate", KdkRun.PHASE2, "--profile", "phase-2-programme", "--lang", "en")
          .assertSucceeded();

      assertThat(run.out()).contains("(profile phase-2-programme)").contains("ACCEPTABLE");
    }
  }

  @Nested
  class A_rule_error {
    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr, KABUL EDİLEMEZ — 1 hata, Hata", "en, NOT ACCEPTABLE — errors: 1, Error"})
    void is_printed_with_its_rule_id_and_exit_code_1(String lang, String verdict, String severity) {
      KdkRun run = KdkRun.of("validate", ruleError, "--lang", lang);

      assertThat(run.code()).isEqualTo(Kdk.RULE_ERRORS);
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains(verdict).contains(severity + " " + RULE + " equalityCommissions[0].term: ");
    }

    @Test
    void is_in_the_json_with_its_rule_id_severity_path_and_both_languages_and_exit_code_1() {
      KdkRun run = KdkRun.of("validate", ruleError, "--format", "json");

      assertThat(run.code()).isEqualTo(Kdk.RULE_ERRORS);
      assertThat(run.err()).isEmpty();
      JsonNode result = run.json().get(0);
      assertThat(result.get("file").asText()).isEqualTo(ruleError.toString());
      assertThat(result.get("acceptable").asBoolean()).isFalse();
      JsonNode finding = result.at("/report/findings/0");
      assertThat(finding.get("ruleId").asText()).isEqualTo(RULE);
      assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
      assertThat(finding.get("path").asText()).isEqualTo("equalityCommissions[0].term");
      assertThat(finding.at("/message/tr").asText()).contains("12 aydan uzun");
      assertThat(finding.at("/message/en").asText()).contains("longer than 12 months");
    }

    @Test
    void is_needed_for_exit_code_1_warnings_alone_exit_with_0() throws IOException {
      Path warningsOnly = Files.writeString(dir.resolve("one-year-commission.json"),
          THREE_YEAR_COMMISSION.replace("2013-01-01", "2015-01-01"));

      KdkRun run = KdkRun.of("validate", warningsOnly, "--lang", "en").assertSucceeded();

      assertThat(run.out()).contains("ACCEPTABLE — errors: 0, warnings: 1").contains("Warning KDK-MECH-004")
          .doesNotContain(RULE);
    }
  }

  static Stream<Arguments> unreadableDocuments() {
    return Stream.of(
        Arguments.of("missing", "tr", "Okunamayan belge"),
        Arguments.of("missing", "en", "Unreadable document"),
        Arguments.of("malformed", "tr", "Bozuk JSON"),
        Arguments.of("malformed", "en", "Malformed JSON"),
        Arguments.of("unknownProperty", "tr", "titel"),
        Arguments.of("unknownProperty", "en", "titel"));
  }

  @Nested
  class An_unreadable_document {
    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("org.kdk.examples.cli.ValidateCommandTest#unreadableDocuments")
    void is_one_line_naming_the_file_in_the_language_and_exit_code_2(String document, String lang, String problem) {
      Path file = document(document);

      KdkRun run = KdkRun.of("validate", file, "--lang", lang).assertUserError();

      assertThat(run.err()).contains(file.toString()).contains(problem);
      assertThat(run.out()).isEmpty();
    }

    @Test
    void as_json_is_one_line_on_standard_error_and_no_result() {
      KdkRun run = KdkRun.of("validate", malformed, "--format", "json").assertUserError();

      assertThat(run.json()).isEmpty();
    }

    @Test
    void says_where_in_the_document_the_problem_is() {
      KdkRun run = KdkRun.of("validate", unknownProperty, "--lang", "en").assertUserError();

      assertThat(run.err()).contains("line 1");
    }
  }

  @Nested
  class Several_files {
    @Test
    void are_each_reported_in_order() {
      KdkRun run = KdkRun.of("validate", KdkRun.MARDIN, ruleError, "--lang", "en");

      assertThat(run.out().indexOf(KdkRun.MARDIN + ":")).isNotNegative()
          .isLessThan(run.out().indexOf(ruleError + ":"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "mardin mardin, 0",
        "mardin ruleError, 1",
        "ruleError mardin, 1",
        "mardin ruleError missing, 2",
        "missing ruleError, 2",
        "malformed mardin, 2"})
    void end_with_the_worst_exit_code(String documents, int code) {
      List<Path> files = Stream.of(documents.split(" ")).map(this::file).collect(Collectors.toList());

      assertThat(KdkRun.of("validate", files).code()).isEqualTo(code);
    }

    @Test
    void are_all_validated_when_one_cannot_be_read() {
      KdkRun run = KdkRun.of("validate", missing, ruleError, "--format", "json").assertUserError();

      assertThat(run.json()).hasSize(1);
      assertThat(run.json().get(0).get("file").asText()).isEqualTo(ruleError.toString());
    }

    private Path file(String name) {
      return name.equals("mardin") ? KdkRun.MARDIN : document(name);
    }
  }

  static Stream<List<String>> wrongArguments() {
    return Stream.of(
        List.of(),
        List.of("--lang", "fr", "datasets/mardin.json"),
        List.of("--format", "xml", "datasets/mardin.json"),
        List.of("--profile", "phase-9", "datasets/mardin.json"),
        List.of("--as-of", "2015-13-01", "datasets/mardin.json"),
        List.of("--strict", "datasets/mardin.json"));
  }

  @Nested
  class Wrong_arguments {
    @ParameterizedTest(name = "validate {0}")
    @MethodSource("org.kdk.examples.cli.ValidateCommandTest#wrongArguments")
    void are_one_line_pointing_at_the_help_and_exit_code_2(List<String> arguments) {
      KdkRun run = KdkRun.of("validate", arguments).assertUserError();

      assertThat(run.err()).endsWith("(see: kdk validate --help)" + System.lineSeparator());
      assertThat(run.out()).isEmpty();
    }
  }

  private Path document(String name) {
    switch (name) {
      case "ruleError":
        return ruleError;
      case "missing":
        return missing;
      case "malformed":
        return malformed;
      default:
        return unknownProperty;
    }
  }
}
