package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.testing.PropertyCheck.forAll;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.DatedDataset;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.testing.Locales;
import org.kdk.reporting.testing.AllReports;

/** Properties of the reports on the valid datasets {@link GeneratedDatasets} makes, on any day. */
class ReportPropertiesTest {
  static final ReportEngine ENGINE = ReportEngine.standard();

  static List<Object> reports(DatedDataset c) {
    return AllReports.of(ENGINE, c.dataset(), c.asOf());
  }

  /** Every report written in every format and both languages. */
  static List<String> rendered(DatedDataset c) {
    return AllReports.texts(reports(c));
  }

  @Nested
  class The_engine {
    @Test
    void gives_equal_reports_with_identical_json_twice() {
      forAll(60, DatedDataset.ALL, DatedDataset::describe, c -> {
        List<Object> first = reports(c);

        List<Object> second = reports(c);

        assertThat(second).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
          assertThat(KdkJson.strict().write(second.get(i))).isEqualTo(KdkJson.strict().write(first.get(i)));
        }
      });
    }

    @Test
    void reports_a_dataset_read_back_from_its_json_as_the_dataset_itself() {
      forAll(40, DatedDataset.ALL, DatedDataset::describe, c -> {
        Dataset dataset = KdkJson.strict().readDataset(KdkJson.strict().write(c.dataset()));

        DatedDataset read = new DatedDataset(dataset, c.asOf());


        assertThat(reports(read)).isEqualTo(reports(c));
      });
    }
  }

  @Nested
  class Every_report_in_every_format_and_language {
    @Test
    void is_byte_identical_when_rendered_twice() {
      forAll(25, DatedDataset.ALL, DatedDataset::describe, c -> assertThat(rendered(c)).isEqualTo(rendered(c)));
    }

    @Test
    void is_byte_identical_under_a_turkish_default_locale() {
      forAll(25, DatedDataset.ALL, DatedDataset::describe, c -> {
        List<String> root = Locales.withDefault(Locale.ROOT, () -> rendered(c));

        List<String> turkish = Locales.withDefault(Locales.TURKISH, () -> rendered(c));

        assertThat(turkish).isEqualTo(root);
      });
    }
  }
}
