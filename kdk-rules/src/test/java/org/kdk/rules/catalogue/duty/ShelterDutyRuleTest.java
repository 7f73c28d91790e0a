package org.kdk.rules.catalogue.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.duty.DutyFixtures.AS_OF;
import static org.kdk.rules.catalogue.duty.DutyFixtures.TR;
import static org.kdk.rules.catalogue.duty.DutyFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.duty.DutyFixtures.dataset;
import static org.kdk.rules.catalogue.duty.DutyFixtures.district;
import static org.kdk.rules.catalogue.duty.DutyFixtures.metropolitan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class ShelterDutyRuleTest {
  private final ShelterDutyRule rule = new ShelterDutyRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  @Nested
  class Obliged {
    @Test
    void reports_a_metropolitan_municipality_with_no_shelter() {
      List<Finding> findings = run(dataset(metropolitan().shelterCount(0).build()));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.getRuleId()).isEqualTo("KDK-DUTY-001");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getPath()).isEqualTo("municipalities[0].shelterCount");
        assertMessagesContain(f, "Mardin Büyükşehir Belediyesi", "mardin-bb", "100000", AS_OF);
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("Metropolitan municipality").contains("unknown");
        assertThat(f.getMessage().get(TR)).contains("Büyükşehir belediyesi").contains("bilinmiyor")
            .contains("konukevi");
        assertThat(f.getHint().get(TR)).contains("shelterCount");
      });
    }

    @Test
    void reports_a_district_of_100001_people_with_no_shelter() {
      List<Finding> findings = run(dataset(district(100_001).shelterCount(0).build()));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("municipalities[0].shelterCount");
        assertMessagesContain(f, "ilce-100001", "100001", "100000");
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("District municipality");
        assertThat(f.getMessage().get(TR)).contains("İlçe belediyesi");
      });
    }

    @Test
    void points_at_the_municipality_by_its_index() {
      List<Finding> findings = run(dataset(district(20_000).shelterCount(0).build(),
          district(250_000).shelterCount(0).build()));

      assertThat(findings).extracting(Finding::getPath).containsExactly("municipalities[1].shelterCount");
    }
  }

  @Nested
  class NotObliged {
    @Test
    void passes_a_metropolitan_municipality_running_shelters() {
      assertThat(run(dataset(metropolitan().shelterCount(2).build()))).isEmpty();
    }

    @Test
    void passes_a_district_of_exactly_100000_people_since_the_law_says_above() {
      assertThat(run(dataset(district(100_000).shelterCount(0).build()))).isEmpty();
    }

    @Test
    void passes_a_large_district_running_one_shelter() {
      assertThat(run(dataset(district(100_001).shelterCount(1).build()))).isEmpty();
    }

    @Test
    void leaves_an_unrecorded_shelter_count_to_duty_003() {
      assertThat(run(dataset(metropolitan().build(), district(500_000).build()))).isEmpty();
    }

    @Test
    void leaves_a_municipality_of_unknown_population_alone() {
      assertThat(run(dataset(DutyFixtures.municipality("belde", "Belde", MunicipalityType.TOWN).shelterCount(0)
          .build()))).isEmpty();
    }
  }

  @Nested
  class ExistenceOnTheDate {
    @Test
    void does_not_judge_a_municipality_abolished_before_the_date() {
      assertThat(run(dataset(metropolitan().shelterCount(0).establishedOn(AS_OF.minusYears(5))
          .abolishedOn(AS_OF.minusDays(1)).build()))).isEmpty();
    }

    @Test
    void does_not_judge_a_municipality_abolished_on_the_date_itself() {
      assertThat(run(dataset(metropolitan().shelterCount(0).abolishedOn(AS_OF).build()))).isEmpty();
    }

    @Test
    void judges_a_municipality_abolished_the_day_after() {
      assertThat(run(dataset(metropolitan().shelterCount(0).abolishedOn(AS_OF.plusDays(1)).build()))).hasSize(1);
    }

    @Test
    void does_not_judge_a_municipality_established_after_the_date() {
      assertThat(run(dataset(metropolitan().shelterCount(0).establishedOn(AS_OF.plusDays(1)).build()))).isEmpty();
    }
  }

  @Test
  void takes_the_threshold_from_the_profile() {
    Dataset dataset = dataset(district(60_000).shelterCount(0).build());

    assertThat(RuleHarness.run(rule, dataset, AS_OF, Map.of("populationAbove", BigDecimal.valueOf(50_000))))
        .singleElement().satisfies(f -> assertMessagesContain(f, "60000", "50000"));
    assertThat(run(dataset)).isEmpty();
  }

  @Test
  void runs_in_the_validator_with_the_current_law_profile() {
    Dataset dataset = dataset(metropolitan().shelterCount(0).build());

    assertThat(KdkValidator.of(Profiles.currentLaw()).validate(dataset, AS_OF).findingsOf("KDK-DUTY-001"))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
  }
}
