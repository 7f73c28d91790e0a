package org.kdk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.testing.PropertyCheck.forAll;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.DatedDataset;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.testing.Locales;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;

/** Properties of validating the valid datasets {@link GeneratedDatasets} makes, on any day. */
class KdkValidatorPropertiesTest {
  static final KdkJson JSON = KdkJson.strict();
  static final KdkValidator CURRENT_LAW = KdkValidator.standard();
  static final KdkValidator PHASE_2 = KdkValidator.of(Profiles.phase2Programme());

  /** The report's JSON and its text in both languages: everything a user of the report can see. */
  static String everything(ValidationReport report) {
    return JSON.write(report) + report.format(Locale.forLanguageTag("tr")) + report.format(Locale.ENGLISH);
  }

  @Nested
  class Generated_datasets {
    @Test
    void break_no_field_constraint_and_every_reference_resolves() {
      forAll(100, DatedDataset.ALL, DatedDataset::describe, c -> {
        ValidationReport report = CURRENT_LAW.validate(c.dataset(), c.asOf());

        assertThat(report.getFindings()).filteredOn(f -> f.getRuleId().startsWith("KDK-FIELD-")
            || f.getRuleId().startsWith("KDK-REF-")).isEmpty();
      });
    }
  }

  @Nested
  class Determinism {
    @Test
    void validating_twice_gives_equal_reports_with_identical_json_and_text() {
      forAll(50, DatedDataset.ALL, DatedDataset::describe, c -> {
        for (KdkValidator validator : new KdkValidator[] {CURRENT_LAW, PHASE_2}) {
          ValidationReport first = validator.validate(c.dataset(), c.asOf());

          ValidationReport second = validator.validate(c.dataset(), c.asOf());

          assertThat(second).isEqualTo(first);
          assertThat(everything(second)).isEqualTo(everything(first));
        }
      });
    }

    @Test
    void a_turkish_default_locale_changes_nothing() {
      forAll(40, DatedDataset.ALL, DatedDataset::describe, c -> {
        String root = Locales.withDefault(Locale.ROOT,
            () -> everything(CURRENT_LAW.validate(c.dataset(), c.asOf())));

        String turkish = Locales.withDefault(Locales.TURKISH,
            () -> everything(CURRENT_LAW.validate(c.dataset(), c.asOf())));

        assertThat(turkish).isEqualTo(root);
      });
    }

    @Test
    void a_dataset_read_back_from_its_json_validates_the_same() {
      forAll(40, DatedDataset.ALL, DatedDataset::describe, c -> {
        Dataset read = JSON.readDataset(JSON.write(c.dataset()));

        assertThat(everything(CURRENT_LAW.validate(read, c.asOf())))
            .isEqualTo(everything(CURRENT_LAW.validate(c.dataset(), c.asOf())));
      });
    }
  }
}
