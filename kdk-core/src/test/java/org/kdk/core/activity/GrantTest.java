package org.kdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.Theme;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.Money;

class GrantTest {

  static ImmutableGrantScheme.Builder scheme() {
    return GrantScheme.builder().id(Id.of("kdk-hibe-2013")).name("STK hibe programı 2013")
        .fundingSource(FundingSource.GRANT);
  }

  static GrantScheme fullScheme() {
    return scheme()
        .provinceCode("TR-47")
        .funderInstitutionId(Id.of("dika"))
        .round(1)
        .year(2013)
        .budget(Money.ofLira(250_000))
        .callPeriod(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 4, 15)))
        .illustrative(true)
        .build();
  }

  static ImmutableGrantProject.Builder project() {
    return GrantProject.builder()
        .id(Id.of("mardin-hibe-07"))
        .schemeId(Id.of("kdk-hibe-2013"))
        .granteeInstitutionId(Id.of("mardin-kadin-dernegi"))
        .title("Kadın kooperatifi kuruluşu")
        .amount(Money.ofLira(45_000))
        .provinceCode("TR-47");
  }

  static GrantProject fullProject() {
    return project()
        .theme(Theme.EMPLOYMENT)
        .period(DateRange.of(LocalDate.of(2013, 6, 1), LocalDate.of(2014, 5, 31)))
        .addActionIds(Id.of("mardin-eylem-3-1"), Id.of("mardin-eylem-3-2"))
        .shownAtClosingConference(true)
        .status(GrantProjectStatus.COMPLETED)
        .illustrative(true)
        .build();
  }

  @Nested
  class Schemes {
    @Test
    void round_trips_a_fully_populated_scheme() {
      String json = assertRoundTrip(fullScheme(), GrantScheme.class);
      assertThat(json)
          .contains("\"fundingSource\" : \"GRANT\"")
          .contains("\"funderInstitutionId\" : \"dika\"")
          .contains("\"round\" : 1")
          .contains("\"year\" : 2013")
          .contains("\"amount\" : 250000.00");
    }

    @Test
    void rejects_a_negative_budget() {
      assertThatThrownBy(() -> scheme().budget(Money.ofLira(-1)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("GrantScheme.budget")
          .hasMessageContaining("-1");
    }

    @Test
    void flags_a_round_zero_an_implausible_year_and_a_blank_name() {
      GrantScheme bad = GrantScheme.builder().id(Id.of("s")).name(" ").fundingSource(FundingSource.OTHER)
          .round(0).year(213).provinceCode("47").build();
      assertThat(Constraints.violatedPaths(bad)).containsExactly("name", "provinceCode", "round", "year");
      assertThat(Constraints.violations(fullScheme())).isEmpty();
    }

    @Test
    void reports_an_unknown_funding_source_with_its_path() {
      String json = "{\"id\":\"s\",\"name\":\"Hibe\",\"fundingSource\":\"DONATION\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, GrantScheme.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("fundingSource");
          });
    }
  }

  @Nested
  class Projects {
    @Test
    void round_trips_a_fully_populated_project() {
      String json = assertRoundTrip(fullProject(), GrantProject.class);
      assertThat(json)
          .contains("\"schemeId\" : \"kdk-hibe-2013\"")
          .contains("\"theme\" : \"EMPLOYMENT\"")
          .contains("\"actionIds\" : [ \"mardin-eylem-3-1\", \"mardin-eylem-3-2\" ]")
          .contains("\"shownAtClosingConference\" : true")
          .contains("\"status\" : \"COMPLETED\"");
    }

    @Test
    void is_not_shown_at_the_close_unless_recorded() {
      GrantProject project = project().status(GrantProjectStatus.AWARDED).build();
      assertThat(project.isShownAtClosingConference()).isFalse();
      assertThat(project.isIllustrative()).isFalse();
    }

    @Test
    void counts_the_projects_shown_at_the_closing_conference() {
      GrantProject shown = fullProject();
      GrantProject notShown = project().status(GrantProjectStatus.IN_PROGRESS).build();
      assertThat(GrantProject.countShownAtClosingConference(List.of(shown, notShown, shown))).isEqualTo(2);
      assertThat(GrantProject.countShownAtClosingConference(List.of())).isZero();
    }

    @Test
    void rejects_a_negative_amount() {
      assertThatThrownBy(() -> ImmutableGrantProject.copyOf(fullProject())
              .withAmount(Money.ofLira(-500)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("GrantProject.amount")
          .hasMessageContaining("-500");
    }

    @Test
    void rejects_an_action_listed_twice() {
      assertThatThrownBy(() -> project().status(GrantProjectStatus.AWARDED)
              .addActionIds(Id.of("a-1"), Id.of("a-1")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("GrantProject.actionIds")
          .hasMessageContaining("a-1 appears twice");
    }

    @Test
    void rejects_showing_a_project_that_was_never_awarded() {
      assertThatThrownBy(() -> project().status(GrantProjectStatus.APPLIED).shownAtClosingConference(true).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("GrantProject.shownAtClosingConference")
          .hasMessageContaining("status=APPLIED");
      assertThat(project().status(GrantProjectStatus.CANCELLED).shownAtClosingConference(true).build()
          .isShownAtClosingConference()).isTrue();
    }

    @Test
    void flags_a_bad_province_code_and_a_blank_title() {
      GrantProject bad = ImmutableGrantProject.copyOf(fullProject()).withTitle("").withProvinceCode("TR-00");
      assertThat(Constraints.violatedPaths(bad)).containsExactly("provinceCode", "title");
      assertThat(Constraints.violations(fullProject())).isEmpty();
    }

    @Test
    void reports_a_negative_amount_in_json_with_its_path() {
      String json = "{\"id\":\"p\",\"schemeId\":\"s\",\"granteeInstitutionId\":\"n\",\"title\":\"T\","
          + "\"amount\":{\"amount\":-10,\"currency\":\"TRY\"},\"provinceCode\":\"TR-47\",\"status\":\"AWARDED\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, GrantProject.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("amount");
          });
    }

    @Test
    void reports_a_missing_status_with_its_path() {
      String json = "{\"id\":\"p\",\"schemeId\":\"s\",\"granteeInstitutionId\":\"n\",\"title\":\"T\","
          + "\"amount\":{\"amount\":10,\"currency\":\"TRY\"},\"provinceCode\":\"TR-47\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, GrantProject.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("status");
          });
    }
  }
}
