package org.kdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.Money;

/** The parts of a plan, each on its own: JSON, invariants, constraints. */
class PlanPartsTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Nested
  class Scopes {
    @Test
    void round_trips_a_municipal_scope() {
      String json = assertRoundTrip(PlanFixtures.municipalScope(), PlanScope.class);
      assertThat(json).contains("\"level\" : \"MUNICIPALITY\"").contains("\"provinceCode\" : \"TR-47\"")
          .contains("\"municipalityId\" : \"mardin-belediye\"");
    }

    @Test
    void writes_a_provincial_scope_without_municipality() {
      assertThat(assertRoundTrip(PlanScope.ofProvince("TR-47"), PlanScope.class))
          .isEqualTo("{\n  \"level\" : \"PROVINCE\",\n  \"provinceCode\" : \"TR-47\"\n}\n");
    }

    @Test
    void rejects_a_municipal_scope_without_municipality() {
      assertThatThrownBy(() -> PlanScope.builder().level(ScopeLevel.MUNICIPALITY).provinceCode("TR-47").build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("PlanScope.municipalityId: a MUNICIPALITY scope must name its municipalityId"
              + " (value: (absent))");
    }

    @Test
    void rejects_a_provincial_scope_naming_a_municipality() {
      assertThatThrownBy(() -> PlanScope.builder().level(ScopeLevel.PROVINCE).provinceCode("TR-47")
              .municipalityId(Id.of("mardin-belediye")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("PlanScope.municipalityId")
          .hasMessageContaining("mardin-belediye");
    }

    @Test
    void reports_the_path_of_a_broken_scope_in_json() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"level\":\"MUNICIPALITY\",\"provinceCode\":\"TR-47\"}",
              PlanScope.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("municipalityId");
          });
    }

    @Test
    void flags_an_unknown_province_code() {
      assertThat(Constraints.violatedPaths(PlanScope.ofProvince("TR-99"))).containsExactly("provinceCode");
      assertThat(Constraints.violatedPaths(PlanScope.ofProvince("TR-47"))).isEmpty();
    }

    @Test
    void rejects_an_unknown_level_code_naming_the_allowed_ones() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"level\":\"DISTRICT\",\"provinceCode\":\"TR-47\"}",
              PlanScope.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("level");
            assertThat(e.getDetail()).contains("PROVINCE, MUNICIPALITY");
          });
    }
  }

  @Nested
  class ThemeExemptions {
    @Test
    void round_trips_with_theme_and_reason() {
      assertThat(assertRoundTrip(PlanFixtures.exemption(), ThemeExemption.class))
          .contains("\"theme\" : \"HEALTH\"").contains("\"reason\" : \"Sağlık teması");
    }

    @Test
    void flags_a_blank_reason() {
      assertThat(Constraints.violatedPaths(ThemeExemption.of(Theme.HEALTH, " "))).containsExactly("reason");
    }
  }

  @Nested
  class ProblemsAndEvidence {
    @Test
    void round_trips_a_problem_with_evidence() {
      String json = assertRoundTrip(PlanFixtures.problem(), Problem.class);
      assertThat(json).contains("\"theme\" : \"EMPLOYMENT\"").contains("\"evidence\" : [")
          .contains("\"year\" : 2011").contains("\"indicatorId\" : \"ind-istihdam-1\"");
    }

    @Test
    void round_trips_evidence_on_its_own() {
      assertThat(assertRoundTrip(PlanFixtures.evidence(), Evidence.class))
          .contains("\"source\" : \"Durum analizi anketi\"");
      assertThat(assertRoundTrip(Evidence.of("Bir olgu."), Evidence.class))
          .isEqualTo("{\n  \"description\" : \"Bir olgu.\"\n}\n");
    }

    @Test
    void flags_blank_texts_and_impossible_years_down_to_the_evidence() {
      Problem problem = Problem.builder().id(Id.of("p1")).theme(Theme.HEALTH).description("")
          .addEvidence(Evidence.builder().description("Olgu").year(1066).source("").build())
          .build();
      assertThat(Constraints.violatedPaths(problem))
          .containsExactlyInAnyOrder("description", "evidence[0].year", "evidence[0].source");
    }

    @Test
    void reports_a_missing_description_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read(
              "{\"id\":\"p1\",\"theme\":\"HEALTH\",\"description\":\"Sorun\",\"evidence\":[{\"year\":2011}]}",
              Problem.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("evidence[0].description");
          });
    }
  }

  @Nested
  class AimsAndTargets {
    @Test
    void round_trip_with_ids_theme_and_text() {
      assertThat(assertRoundTrip(PlanFixtures.aim(), Aim.class))
          .isEqualTo("{\n  \"id\" : \"a1\",\n  \"theme\" : \"EMPLOYMENT\",\n"
              + "  \"text\" : \"Kadın istihdamını artırmak.\"\n}\n");
      assertThat(assertRoundTrip(PlanFixtures.target(), Target.class)).contains("\"aimId\" : \"a1\"");
    }

    @Test
    void flag_blank_texts() {
      assertThat(Constraints.violatedPaths(Aim.of(Id.of("a1"), Theme.HEALTH, " "))).containsExactly("text");
      assertThat(Constraints.violatedPaths(Target.of(Id.of("t1"), Id.of("a1"), ""))).containsExactly("text");
    }
  }

  @Nested
  class BudgetLines {
    @Test
    void round_trips_with_every_field() {
      String json = assertRoundTrip(PlanFixtures.budgetLine(), BudgetLine.class);
      assertThat(json).contains("\"fundingSource\" : \"DEVELOPMENT_AGENCY\"")
          .contains("\"executed\" : {\n    \"amount\" : 42500.00,\n    \"currency\" : \"TRY\"\n  }")
          .contains("\"illustrative\" : true");
    }

    @Test
    void reads_illustrative_as_false_when_absent() {
      BudgetLine line = KdkJson.strict().read(
          "{\"amount\":{\"amount\":100,\"currency\":\"TRY\"},\"fundingSource\":\"GRANT\"}", BudgetLine.class);
      assertThat(line).isEqualTo(BudgetLine.of(Money.ofLira(100), FundingSource.GRANT));
      assertThat(line.isIllustrative()).isFalse();
    }

    @Test
    void rejects_a_negative_amount_naming_field_and_value() {
      assertThatThrownBy(() -> BudgetLine.of(Money.ofLira(-1), FundingSource.OWN_BUDGET))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("BudgetLine.amount: amount must not be negative (value: -1.00)");
    }

    @Test
    void rejects_a_negative_executed_amount() {
      assertThatThrownBy(() -> BudgetLine.builder().amount(Money.ofLira(10)).fundingSource(FundingSource.GRANT)
              .executed(Money.ofLira(-5)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("BudgetLine.executed")
          .hasMessageContaining("-5.00");
    }

    @Test
    void rejects_executed_money_in_another_currency() {
      assertThatThrownBy(() -> BudgetLine.builder().amount(Money.ofLira(10)).fundingSource(FundingSource.GRANT)
              .executed(Money.of(BigDecimal.ONE, EUR)).build())
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getField()).isEqualTo("executed");
            assertThat(e.getMessage()).contains("amount=10.00 TRY, executed=1.00 EUR");
            assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("para biriminde olmalıdır");
          });
    }

    @Test
    void allows_spending_more_than_planned() {
      BudgetLine line = BudgetLine.builder().amount(Money.ofLira(10)).fundingSource(FundingSource.GRANT)
          .executed(Money.ofLira(12)).build();
      assertThat(line.getExecuted()).contains(Money.ofLira(12));
    }

    @Test
    void flags_a_blank_description_and_an_impossible_year() {
      BudgetLine line = BudgetLine.builder().description("").amount(Money.ofLira(1))
          .fundingSource(FundingSource.OTHER).year(20130).build();
      assertThat(Constraints.violatedPaths(line)).containsExactlyInAnyOrder("description", "year");
    }
  }

  @Nested
  class Actions {
    @Test
    void round_trips_with_every_field() {
      String json = assertRoundTrip(PlanFixtures.action(), Action.class);
      assertThat(json).contains("\"targetId\" : \"t1\"").contains("\"genderMarker\" : \"PRINCIPAL\"")
          .contains("\"responsibleInstitutionId\" : \"mardin-belediye\"")
          .contains("\"cooperatingInstitutionIds\" : [ \"mardin-hem\", \"mardin-kadin-dernegi\" ]")
          .contains("\"timeline\" : {").contains("\"budget\" : [ {").contains("\"totalBudget\" : {")
          .contains("\"indicatorIds\" : [ \"ind-istihdam-1\" ]");
    }

    @Test
    void may_be_a_draft_without_responsible_institution_or_budget() {
      Action draft = Action.builder().id(Id.of("f9")).targetId(Id.of("t1")).title("Taslak faaliyet").build();
      assertThat(assertRoundTrip(draft, Action.class))
          .isEqualTo("{\n  \"id\" : \"f9\",\n  \"targetId\" : \"t1\",\n  \"title\" : \"Taslak faaliyet\"\n}\n");
      assertThat(draft.plannedBudget()).isEmpty();
      assertThat(Constraints.violations(draft)).isEmpty();
    }

    @Test
    void sums_its_budget_lines_ignoring_the_declared_total() {
      Action action = Action.builder().id(Id.of("f1")).targetId(Id.of("t1")).title("Faaliyet")
          .addBudget(BudgetLine.of(Money.ofLira(100), FundingSource.OWN_BUDGET))
          .addBudget(BudgetLine.of(Money.ofLira(250), FundingSource.GRANT))
          .totalBudget(Money.ofLira(1_000))
          .build();
      assertThat(action.plannedBudget()).contains(Money.ofLira(350));
    }

    @Test
    void refuses_a_single_sum_over_two_currencies_but_gives_them_apart() {
      Action action = Action.builder().id(Id.of("f1")).targetId(Id.of("t1")).title("Faaliyet")
          .addBudget(BudgetLine.of(Money.ofLira(100), FundingSource.OWN_BUDGET))
          .addBudget(BudgetLine.of(Money.of(BigDecimal.TEN, EUR), FundingSource.GRANT))
          .build();
      assertThatThrownBy(action::plannedBudget).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("EUR, TRY").hasMessageContaining("plannedBudgetByCurrency");
      assertThat(action.plannedBudgetByCurrency()).containsExactly(
          Map.entry(EUR, Money.of(BigDecimal.TEN, EUR)), Map.entry(Money.TRY, Money.ofLira(100)));
    }

    @Test
    void rejects_a_negative_declared_total() {
      assertThatThrownBy(() -> Action.builder().id(Id.of("f1")).targetId(Id.of("t1")).title("Faaliyet")
              .totalBudget(Money.ofLira(-10)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Action.totalBudget")
          .hasMessageContaining("-10.00");
    }

    @Test
    void flags_a_blank_title_and_cascades_into_budget_lines() {
      Action action = Action.builder().id(Id.of("f1")).targetId(Id.of("t1")).title(" ").strategy("")
          .addBudget(BudgetLine.builder().amount(Money.ofLira(1)).fundingSource(FundingSource.GRANT).year(1800)
              .build())
          .build();
      assertThat(Constraints.violatedPaths(action))
          .containsExactlyInAnyOrder("title", "strategy", "budget[0].year");
    }

    @Test
    void reports_a_wrong_marker_code_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read(
              "{\"id\":\"f1\",\"targetId\":\"t1\",\"title\":\"F\",\"genderMarker\":2}", Action.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("genderMarker"));
    }
  }

  @Nested
  class GenderMarkers {
    @Test
    void carry_the_oecd_dac_scores() {
      assertThat(GenderMarker.NOT_TARGETED.score()).isZero();
      assertThat(GenderMarker.SIGNIFICANT.score()).isEqualTo(1);
      assertThat(GenderMarker.PRINCIPAL.score()).isEqualTo(2);
      for (GenderMarker marker : GenderMarker.values()) {
        assertThat(GenderMarker.ofScore(marker.score())).isEqualTo(marker);
      }
      assertThatThrownBy(() -> GenderMarker.ofScore(3)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3");
    }

    @Test
    void are_written_by_name_not_by_score() {
      assertThat(KdkJson.strict().write(GenderMarker.SIGNIFICANT)).isEqualTo("\"SIGNIFICANT\"\n");
      assertThat(KdkJson.strict().read("\"PRINCIPAL\"", GenderMarker.class)).isEqualTo(GenderMarker.PRINCIPAL);
    }
  }

  @Nested
  class Consultations {
    @Test
    void round_trip_with_participants() {
      String json = assertRoundTrip(PlanFixtures.consultation(), Consultation.class);
      assertThat(json).contains("\"date\" : \"2012-09-20\"").contains("\"format\" : \"WORKSHOP\"")
          .contains("\"kind\" : \"WOMENS_NGO\"").contains("\"women\" : 12");
    }

    @Test
    void total_the_participants_of_all_groups() {
      assertThat(PlanFixtures.consultation().totalParticipants()).isEqualTo(HeadCount.of(16, 3, 1));
      Consultation empty = Consultation.builder().id(Id.of("c2")).date(LocalDate.of(2012, 10, 1))
          .title("Anket").format(ConsultationFormat.SURVEY).build();
      assertThat(empty.totalParticipants()).isEqualTo(HeadCount.none());
    }

    @Test
    void flag_a_blank_title() {
      Consultation c = Consultation.builder().id(Id.of("c1")).date(LocalDate.of(2012, 9, 20)).title("")
          .format(ConsultationFormat.MEETING)
          .addParticipant(ParticipantGroup.of(InstitutionKind.UNIVERSITY, HeadCount.of(1, 1))).build();
      assertThat(Constraints.violatedPaths(c)).containsExactly("title");
    }

    @Test
    void report_a_negative_head_count_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"id\":\"c1\",\"date\":\"2012-09-20\",\"title\":\"Ç\","
              + "\"format\":\"WORKSHOP\",\"participants\":[{\"kind\":\"UNIVERSITY\",\"count\":{\"women\":-1,"
              + "\"men\":0}}]}", Consultation.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("participants[0].count.women");
          });
    }
  }

  @Nested
  class Approvals {
    @Test
    void round_trip_with_body_decision_and_date() {
      assertThat(assertRoundTrip(PlanFixtures.approval(), Approval.class))
          .isEqualTo("{\n  \"body\" : \"COORDINATION_BOARD\",\n  \"decisionId\" : \"ikhkk-2012-4\",\n"
              + "  \"date\" : \"2012-12-27\"\n}\n");
    }

    @Test
    void report_an_impossible_date_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read(
              "{\"body\":\"MUNICIPAL_COUNCIL\",\"decisionId\":\"k-1\",\"date\":\"2013-02-30\"}", Approval.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getPath()).isEqualTo("date"));
    }
  }

  @Nested
  class StrategicPlanLinks {
    @Test
    void round_trip_with_every_field() {
      String json = assertRoundTrip(PlanFixtures.strategicPlanLink(), StrategicPlanLink.class);
      assertThat(json).contains("\"strategicPlanPeriod\" : {\n    \"start\" : \"2015-01-01\"")
          .contains("\"performanceProgrammeYear\" : 2015").contains("\"reference\" : \"Amaç 3, Hedef 3.2\"")
          .contains("\"actionIds\" : [ \"f1\" ]");
    }

    @Test
    void flag_a_blank_reference_and_an_impossible_year() {
      StrategicPlanLink link = StrategicPlanLink.builder().institutionId(Id.of("mardin-belediye"))
          .strategicPlanPeriod(DateRange.ofYears(2015, 2019)).performanceProgrammeYear(15).reference(" ").build();
      assertThat(Constraints.violatedPaths(link)).containsExactlyInAnyOrder("performanceProgrammeYear",
          "reference");
    }

    @Test
    void report_a_period_ending_before_it_starts_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"institutionId\":\"mardin-belediye\","
              + "\"strategicPlanPeriod\":{\"start\":\"2019-01-01\",\"end\":\"2015-12-31\"}}", StrategicPlanLink.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("strategicPlanPeriod.end"));
    }
  }

  @Nested
  class Revisions {
    @Test
    void round_trip_with_every_field() {
      assertThat(assertRoundTrip(PlanFixtures.revision(), Revision.class))
          .contains("\"number\" : 1").contains("\"decisionId\" : \"ikhkk-2014-1\"");
    }

    @Test
    void flag_a_number_below_one_and_a_blank_reason() {
      Revision revision = Revision.builder().number(0).date(LocalDate.of(2014, 3, 1)).reason("").build();
      assertThat(Constraints.violatedPaths(revision)).containsExactlyInAnyOrder("number", "reason");
    }
  }

  @Nested
  class LifecycleEvents {
    @Test
    void round_trip_with_every_field() {
      String json = assertRoundTrip(PlanFixtures.approvalEvent(), LifecycleEvent.class);
      assertThat(json).contains("\"from\" : \"DRAFTING\"").contains("\"to\" : \"BOARD_APPROVED\"")
          .contains("\"actorId\" : \"mardin-ikhkk\"").contains("\"decisionId\" : \"ikhkk-2012-4\"");
    }

    @Test
    void write_a_creation_event_without_from() {
      LifecycleEvent creation = LifecycleEvent.ofCreation(LocalDate.of(2012, 7, 6), PlanState.SITUATION_ANALYSIS,
          Id.of("mardin-valilik"));
      assertThat(creation.getFrom()).isEqualTo(Optional.empty());
      assertThat(assertRoundTrip(creation, LifecycleEvent.class))
          .isEqualTo("{\n  \"date\" : \"2012-07-06\",\n  \"to\" : \"SITUATION_ANALYSIS\",\n"
              + "  \"actorId\" : \"mardin-valilik\"\n}\n");
    }

    @Test
    void flag_a_blank_reason() {
      LifecycleEvent event = LifecycleEvent.builder().date(LocalDate.of(2013, 1, 1)).from(PlanState.DRAFTING)
          .to(PlanState.SUSPENDED).actorId(Id.of("x")).reason("").build();
      assertThat(Constraints.violatedPaths(event)).containsExactly("reason");
    }

    @Test
    void report_an_unknown_state_with_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read(
              "{\"date\":\"2013-01-01\",\"from\":\"DRAFT\",\"to\":\"SUSPENDED\",\"actorId\":\"x\"}",
              LifecycleEvent.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("from");
          });
    }
  }
}
