package org.kdk.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.json.ReadLimits;

/**
 * The corpus of broken and hostile documents ({@code org/kdk/core/corpus/expected.tsv}): strict reading refuses
 * each with {@link InvalidDocumentException}, the expected problem, path and detail, in bounded time; nothing
 * else escapes — no Jackson exception, {@code NullPointerException}, {@code StackOverflowError} or
 * {@code OutOfMemoryError}. Tagged {@code corpus}: kdk-core's pom runs it in its own execution with a 256 MB heap.
 */
@Tag("corpus")
class CorpusTest {
  /** Each document, however large, fails within this time; most take milliseconds. */
  private static final Duration EACH = Duration.ofSeconds(5);

  static List<Corpus.Entry> unreadable() {
    return Corpus.unreadable();
  }

  @Nested
  class Manifest {
    @Test
    void lists_over_a_hundred_documents_in_every_category_of_issue_7() {
      List<Corpus.Entry> entries = Corpus.unreadable();
      Set<String> problems = entries.stream().map(Corpus.Entry::problem).collect(Collectors.toSet());

      assertThat(entries).hasSizeGreaterThan(100);
      assertThat(problems).containsExactlyInAnyOrder(Stream.of(Problem.values())
          .filter(p -> p != Problem.UNREADABLE).map(Problem::name).toArray(String[]::new));
      assertThat(entries).map(Corpus.Entry::file).contains("syntax-truncated-in-plan.json", "root-array.json",
          "type-text-for-number.json", "code-turkish-dotted-capital-i.json", "code-turkish-dotless-small-i.json",
          "version-2.json", "property-duplicate-nested.json", "property-unknown-in-plan.json",
          "huge-nesting-arrays-at-root.json", "huge-text-20mb-title.json", "huge-number-100000-digits.json",
          "number-huge-exponent.json", "number-nan.json", "number-infinity.json", "negative-women.json",
          "date-february-30.json", "utf16le-bom-unknown-property.json", "utf16le-no-bom-unknown-property.json",
          "utf8-invalid-byte-ff.json", "bom-twice.json", "syntax-raw-control-character.json", "null-title.json",
          "empty-array-for-count.json");
      assertThat(Corpus.findings()).map(Corpus.Entry::file)
          .contains("dangling-parent.json", "circular-parents.json", "empty-signatories.json");
    }

    @Test
    void names_each_file_of_the_folder_once_and_each_generated_document() throws IOException, URISyntaxException {
      Path folder = Path.of(CorpusTest.class.getClassLoader().getResource(Corpus.FOLDER).toURI());
      Set<String> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
            .collect(Collectors.toCollection(TreeSet::new));
      }
      List<String> listed = Corpus.unreadable().stream().map(Corpus.Entry::file).collect(Collectors.toList());

      assertThat(listed).doesNotHaveDuplicates();
      assertThat(listed.stream().filter(n -> !n.startsWith(HostileDocuments.PREFIX)))
          .containsExactlyInAnyOrderElementsOf(files);
      assertThat(listed.stream().filter(n -> n.startsWith(HostileDocuments.PREFIX)))
          .allMatch(HostileDocuments::isKnown);
    }
  }

  @Test
  void runs_on_a_small_heap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("heap; run through Maven, whose \"corpus\" execution of"
        + " maven-surefire-plugin in kdk-core/pom.xml sets -Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);
  }

  @Nested
  class Strict_reading {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.core.corpus.CorpusTest#unreadable")
    void refuses_the_document_with_the_problem_the_path_and_the_reason(Corpus.Entry entry, @TempDir Path dir) {
      Path file = entry.writeTo(dir);

      Throwable thrown = assertTimeoutPreemptively(EACH,
          () -> catchThrowable(() -> KdkJson.strict().readDataset(file)));

      assertThat(thrown).as(entry.file()).isInstanceOf(InvalidDocumentException.class);
      InvalidDocumentException e = (InvalidDocumentException) thrown;
      assertThat(e.getProblem().name()).as(e.getMessage()).isEqualTo(entry.problem());
      assertThat(e.getPath()).as(e.getMessage()).matches(entry::isPath, "is " + entry.path());
      assertThat(e.getDetail()).as(e.getMessage()).contains(entry.detail());
      assertThat(e.getSource()).hasValue(file.toString());
      assertIsOneReadableLine(e.getMessage());
      assertIsOneReadableLine(e.getMessage(Locale.forLanguageTag("tr-TR")));
    }
  }

  /** One line of bounded length, in our words: no Jackson names, no excerpt of the source, no Java types. */
  static void assertIsOneReadableLine(String message) {
    assertThat(message).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0000", "\u001b", "\u202e")
        .doesNotContain("com.fasterxml", "Jackson", "JsonToken", "[Source", "`", "Immutable", "java.", "Exception")
        .hasSizeLessThan(1_500);
  }

  @Nested
  class Read_limits {
    private static final String TITLE = "Mardin Kadın Dostu Kent Eylem Planı 2013";
    private static final String PLAN = "{\"format\":\"kdk-dataset\",\"version\":1,\"title\":\"" + TITLE
        + "\",\"plans\":[{"
        + "\"id\":\"p\",\"kind\":\"ACTION_PLAN\",\"title\":\"P\",\"scope\":{\"level\":\"PROVINCE\","
        + "\"provinceCode\":\"TR-47\"},\"period\":{\"start\":\"2013-01-01\",\"end\":\"2015-12-31\"},"
        + "\"state\":\"DRAFTING\"}],\"municipalities\":[{\"id\":\"m\",\"name\":\"M\",\"type\":\"TOWN\","
        + "\"provinceCode\":\"TR-47\",\"population\":796591}]}";

    @Test
    void are_the_documented_defaults() {
      ReadLimits limits = ReadLimits.defaults();

      assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
      assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
      assertThat(limits.getMaxNumberLength()).isEqualTo(100);
      assertThat(limits.getMaxDocumentLength()).isEqualTo(2_000_000_000L);
    }

    @Test
    void take_the_national_dataset_at_four_times_its_size() {
      long nationalAtScaleOne = 260L * 1024 * 1024;

      assertThat(ReadLimits.defaults().getMaxDocumentLength()).isGreaterThan(4 * nationalAtScaleOne)
          // read(InputStream) holds the whole document in one array.
          .isLessThan(Integer.MAX_VALUE - 16);
    }

    static Stream<Arguments> lowered() {
      ReadLimits d = ReadLimits.defaults();
      return Stream.of(
          Arguments.of(d.withMaxNestingDepth(3), "plans[0].scope", "ReadLimits.maxNestingDepth"),
          // Property names count as texts too; the longest of the format has 26 characters.
          Arguments.of(d.withMaxStringLength(30), "title", "ReadLimits.maxStringLength"),
          Arguments.of(d.withMaxNumberLength(5), "municipalities[0].population", "ReadLimits.maxNumberLength"),
          Arguments.of(d.withMaxDocumentLength(100), "", "ReadLimits.maxDocumentLength"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("lowered")
    void stop_a_document_beyond_them_and_name_the_setting_to_raise(ReadLimits limits, String path, String setting,
        @TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("plan.json"), PLAN, StandardCharsets.UTF_8);
      KdkJson json = KdkJson.strict().withReadLimits(limits);

      InvalidDocumentException fromFile = catchInvalid(() -> json.readDataset(file));
      InvalidDocumentException fromStream = catchInvalid(
          () -> json.read(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), Dataset.class));

      for (InvalidDocumentException e : List.of(fromFile, fromStream)) {
        assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
        assertThat(e.getDetail()).contains(setting);
        assertIsOneReadableLine(e.getMessage());
      }
      assertThat(KdkJson.strict().readDataset(file).getTitle()).hasValue(TITLE);
    }

    @Test
    void stop_deep_nesting_that_lenient_reading_skips() {
      byte[] deep = HostileDocuments.generate("huge-nesting-in-unknown-property.json");

      InvalidDocumentException e = assertTimeoutPreemptively(EACH,
          () -> catchInvalid(() -> KdkJson.strict().lenient().read(deep, Dataset.class)));

      assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.getPath()).startsWith("extra[0].a[0].a");
      assertThat(e.getDetail()).isEqualTo(
          "objects and arrays are nested deeper than the limit of 64 levels (ReadLimits.maxNestingDepth)");
      assertIsOneReadableLine(e.getMessage());
    }

    @Test
    void stop_a_decimal_whose_digits_written_out_exceed_the_number_limit() {
      String head = "{\"format\":\"kdk-dataset\",\"version\":1,\"plans\":[{\"id\":\"p\",\"totalBudget\":{\"amount\":";

      InvalidDocumentException e = catchInvalid(
          () -> KdkJson.strict().readDataset(head + "1e100,\"currency\":\"TRY\"}}]}"));

      assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.getPath()).isEqualTo("plans[0].totalBudget.amount");
      assertThat(e.getDetail()).isEqualTo("the number 1e100 has more than 100 digits when written out in full"
          + " (ReadLimits.maxNumberLength)");
      // 1e99 is 100 digits written out: within the limit, so reading goes on to the missing properties.
      assertThat(catchInvalid(() -> KdkJson.strict().readDataset(head + "1e99,\"currency\":\"TRY\"}}]}"))
          .getProblem()).isEqualTo(Problem.MISSING_PROPERTY);
    }
  }

  private static InvalidDocumentException catchInvalid(Runnable reading) {
    Throwable thrown = catchThrowable(reading::run);
    assertThat(thrown).isInstanceOf(InvalidDocumentException.class);
    return (InvalidDocumentException) thrown;
  }
}
