package org.kdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;

/** Bad documents as a table: JSON text → the problem and the path the exception must report. */
class BadDocumentsTest {
  private static final String HEAD = "{\"format\":\"kdk-dataset\",\"version\":1,";
  private static final String PLAN = "{\"id\":\"p\",\"kind\":\"ACTION_PLAN\",\"title\":\"P\","
      + "\"scope\":{\"level\":\"PROVINCE\",\"provinceCode\":\"TR-47\"},"
      + "\"period\":{\"start\":\"2013-01-01\",\"end\":\"2015-12-31\"},\"state\":\"DRAFTING\"";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("truncated", "{\"format\":\"kdk-dataset\",\"version\":1,\"plans\":[", Problem.MALFORMED_JSON, "plans[0]"),
        Arguments.of("empty", "", Problem.MALFORMED_JSON, ""),
        Arguments.of("root is an array", "[]", Problem.WRONG_TYPE, ""),
        Arguments.of("unknown format", "{\"format\":\"other\",\"version\":1}", Problem.UNKNOWN_FORMAT, "format"),
        Arguments.of("missing format", "{\"version\":1}", Problem.UNKNOWN_FORMAT, "format"),
        Arguments.of("later version", "{\"format\":\"kdk-dataset\",\"version\":2}", Problem.UNSUPPORTED_VERSION,
            "version"),
        Arguments.of("later version with new properties",
            "{\"format\":\"kdk-dataset\",\"version\":3,\"futureThings\":[1]}", Problem.UNSUPPORTED_VERSION, "version"),
        Arguments.of("typo in a property", HEAD + "\"plans\":[" + PLAN + ",\"tittle\":\"x\"}]}",
            Problem.UNKNOWN_PROPERTY, "plans[0].tittle"),
        Arguments.of("duplicate property", HEAD + "\"title\":\"a\",\"title\":\"b\"}", Problem.DUPLICATE_PROPERTY,
            "title"),
        Arguments.of("unknown code", HEAD + "\"plans\":[" + PLAN.replace("ACTION_PLAN", "PLAN_OF_ACTION") + "}]}",
            Problem.UNKNOWN_CODE, "plans[0].kind"),
        Arguments.of("number for a code", HEAD + "\"plans\":[" + PLAN.replace("\"ACTION_PLAN\"", "0") + "}]}",
            Problem.UNKNOWN_CODE, "plans[0].kind"),
        Arguments.of("impossible date", HEAD + "\"plans\":[" + PLAN.replace("2013-01-01", "2013-02-30") + "}]}",
            Problem.INVALID_VALUE, "plans[0].period.start"),
        Arguments.of("end before start", HEAD + "\"plans\":[" + PLAN.replace("2015-12-31", "2012-12-31") + "}]}",
            Problem.BROKEN_INVARIANT, "plans[0].period.end"),
        Arguments.of("missing required", HEAD + "\"plans\":[" + PLAN.replace("\"title\":\"P\",", "") + "}]}",
            Problem.MISSING_PROPERTY, "plans[0].title"),
        Arguments.of("null for required", HEAD + "\"plans\":[" + PLAN.replace("\"P\"", "null") + "}]}",
            Problem.MISSING_PROPERTY, "plans[0].title"),
        Arguments.of("text for a number", "{\"format\":\"kdk-dataset\",\"version\":\"one\"}", Problem.WRONG_TYPE,
            "version"),
        Arguments.of("negative count", HEAD + "\"trainings\":[{\"id\":\"t\",\"title\":\"T\",\"period\":{\"start\":"
            + "\"2013-01-01\",\"end\":\"2013-01-02\"},\"participants\":[{\"kind\":\"WOMENS_NGO\",\"count\":"
            + "{\"women\":-3,\"men\":0}}]}]}", Problem.BROKEN_INVARIANT, "trainings[0].participants[0].count.women"),
        Arguments.of("invalid id", HEAD + "\"plans\":[" + PLAN.replace("\"id\":\"p\"", "\"id\":\"plan İ\"") + "}]}",
            Problem.BROKEN_INVARIANT, "plans[0].id"),
        Arguments.of("dotless i in a code", HEAD + "\"plans\":[" + PLAN.replace("DRAFTING", "DRAFTıNG") + "}]}",
            Problem.UNKNOWN_CODE, "plans[0].state"),
        Arguments.of("trailing content", HEAD + "\"title\":\"a\"} {}", Problem.MALFORMED_JSON, ""),
        Arguments.of("NaN", HEAD + "\"municipalities\":[{\"id\":\"m\",\"name\":\"M\",\"type\":\"TOWN\","
            + "\"provinceCode\":\"TR-47\",\"population\":NaN}]}", Problem.MALFORMED_JSON, "municipalities[0].population"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports_the_problem_and_the_path(String name, String json, Problem problem, String path) {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> KdkJson.strict().readDataset(json));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Immutable");
  }

  @Test
  void gives_line_and_column_and_a_turkish_message() {
    String json = "{\n  \"format\": \"kdk-dataset\",\n  \"version\": 1,\n  \"tilte\": \"x\"\n}";
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> KdkJson.strict().readDataset(json));
    assertThat(e.getLine()).isEqualTo(4);
    assertThat(e.getColumn()).isGreaterThan(0);
    assertThat(e.getMessage()).startsWith("Unknown property at tilte (line 4, column");
    assertThat(e.getMessage(Locale.forLanguageTag("tr"))).startsWith("Bilinmeyen alan konum: tilte (satır 4, sütun");
  }

  @Test
  void lenient_mode_ignores_unknown_properties_only() {
    String json = HEAD + "\"tilte\":\"x\"}";
    assertThat(KdkJson.strict().lenient().readDataset(json)).isEqualTo(Dataset.empty());
    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> KdkJson.strict().lenient().readDataset("{\"format\":\"kdk-dataset\",\"version\":\"x\"}")))
        .isNotNull();
  }

  @Test
  void names_the_file_and_says_when_it_does_not_exist() {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> KdkJson.strict().readDataset(Path.of("no/such/file.json")));
    assertThat(e.getProblem()).isEqualTo(Problem.UNREADABLE);
    assertThat(e.getMessage()).isEqualTo("no/such/file.json: Unreadable document at the document root: no such file");
  }

  @Test
  void reads_a_stream_with_a_byte_order_mark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (HEAD + "\"title\":\"Kadın\"}").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    assertThat(KdkJson.strict().read(new ByteArrayInputStream(all), Dataset.class).getTitle()).hasValue("Kadın");
  }

  @Test
  void stops_deep_nesting_at_the_read_limit() {
    String deep = "[".repeat(10_000);
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> KdkJson.strict().lenient().readDataset(HEAD + "\"extra\":" + deep));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }
}
