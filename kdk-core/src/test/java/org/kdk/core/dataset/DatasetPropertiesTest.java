package org.kdk.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.testing.PropertyCheck.forAll;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.testing.Locales;

/** Properties of every valid dataset {@link GeneratedDatasets} makes. */
class DatasetPropertiesTest {
  static final KdkJson JSON = KdkJson.strict();

  @Nested
  class Generated_datasets {
    @Test
    void satisfy_every_field_constraint() {
      forAll(100, GeneratedDatasets.datasets(), JSON::write,
          dataset -> assertThat(Constraints.violations(dataset)).isEmpty());
    }
  }

  @Nested
  class Json_round_trip {
    @Test
    void reads_back_an_equal_dataset_that_writes_the_same_bytes() {
      forAll(200, GeneratedDatasets.datasets(), JSON::write, dataset -> {
        String json = JSON.write(dataset);

        Dataset read = JSON.readDataset(json);

        assertThat(read).isEqualTo(dataset);
        assertThat(JSON.write(read)).isEqualTo(json);
      });
    }

    @Test
    void reads_a_whole_number_in_exponent_notation_as_the_number_it_rewrites() {
      Measurement read = JSON.read("{\"value\": 1E3, \"numerator\": 2E1, \"denominator\": 4E+1}", Measurement.class);

      Measurement again = JSON.read(JSON.write(read), Measurement.class);

      assertThat(again).isEqualTo(read).isEqualTo(Measurement.builder().value(BigDecimal.valueOf(1000))
          .numerator(BigDecimal.valueOf(20)).denominator(BigDecimal.valueOf(40)).build());
    }

    @Test
    void writes_and_reads_the_same_under_a_turkish_default_locale() {
      forAll(50, GeneratedDatasets.datasets(), JSON::write, dataset -> {
        String json = Locales.withDefault(Locale.ROOT, () -> JSON.write(dataset));

        String turkish = Locales.withDefault(Locales.TURKISH, () -> JSON.write(dataset));
        Dataset read = Locales.withDefault(Locales.TURKISH, () -> JSON.readDataset(json));

        assertThat(turkish).isEqualTo(json);
        assertThat(read).isEqualTo(dataset);
      });
    }
  }
}
