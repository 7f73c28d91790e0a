package org.kdk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.corpus.Corpus;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;

/**
 * The corpus documents that read but must not pass ({@code org/kdk/core/corpus/findings/expected.tsv}): dangling
 * and circular references, ids used twice, empty required lists, blank texts and unknown province codes. Strict
 * reading accepts them — a document may be any subset of the data, so a reference to an object it does not hold
 * is no reading error — and the validator reports each as an error at the expected path.
 */
class CorpusFindingsTest {
  private static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

  static List<Corpus.Entry> findings() {
    return Corpus.findings();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void reads_the_document_and_reports_the_rule_at_the_path(Corpus.Entry entry, @TempDir Path dir) {
    Dataset dataset = KdkJson.strict().readDataset(entry.writeTo(dir));

    ValidationReport report = KdkValidator.standard().validate(dataset, AS_OF);

    assertThat(report.isAcceptable()).as(entry.file()).isFalse();
    assertThat(report.getFindings()).as(entry.file())
        .anySatisfy(finding -> assertIsExpected(finding, entry));
  }

  private static void assertIsExpected(Finding finding, Corpus.Entry entry) {
    assertThat(finding.getRuleId()).isEqualTo(entry.problem());
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getPath()).isEqualTo(entry.expectedPath());
    assertThat(finding.getMessage().get(Locale.ENGLISH)).contains(entry.detail());
  }
}
