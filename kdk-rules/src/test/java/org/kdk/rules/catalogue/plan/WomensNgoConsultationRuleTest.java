package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;
import static org.kdk.rules.catalogue.plan.PlanFixtures.workshop;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class WomensNgoConsultationRuleTest {
  final WomensNgoConsultationRule rule = new WomensNgoConsultationRule();

  @Nested
  class Passes {
    @Test
    void when_women_s_ngos_took_part_in_a_workshop() {
      ActionPlan approved = copy(plan("p1", PlanState.BOARD_APPROVED)).withConsultations(
          workshop("c1", InstitutionKind.PROVINCIAL_DIRECTORATE, HeadCount.of(9, 12)),
          workshop("c2", InstitutionKind.WOMENS_NGO, HeadCount.of(14, 1)));
      assertThat(run(rule, approved)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"SITUATION_ANALYSIS", "DRAFTING", "SUSPENDED", "WITHDRAWN"})
    void while_the_plan_has_not_left_drafting(PlanState state) {
      assertThat(run(rule, plan("p1", state))).isEmpty();
    }

    @Test
    void when_the_group_names_a_women_s_ngo_without_counting_heads() {
      Consultation named = Consultation.builder().id(Id.of("c1")).date(LocalDate.of(2012, 10, 10)).title("Çalıştay")
          .format(ConsultationFormat.MEETING).addParticipants(ParticipantGroup.builder()
              .kind(InstitutionKind.WOMENS_NGO).count(HeadCount.none()).addInstitutionIds(Id.of("stk")).build())
          .build();
      assertThat(run(rule, copy(plan("p1", PlanState.IMPLEMENTING)).withConsultations(named))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"BOARD_APPROVED", "COUNCIL_APPROVED", "INTEGRATED",
        "IMPLEMENTING", "UNDER_REVIEW", "COMPLETED", "RETURNED"})
    void past_drafting_without_women_s_ngos(PlanState state) {
      ActionPlan plan = copy(plan("p1", state))
          .withConsultations(workshop("c1", InstitutionKind.UNIVERSITY, HeadCount.of(5, 5)));
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-002", Severity.ERROR, "plans[0].consultations", "p1", "1");
    }

    @Test
    void names_the_state_in_each_language() {
      Finding finding = run(rule, plan("p1", PlanState.COUNCIL_APPROVED)).get(0);
      assertThat(PlanFixtures.en(finding)).contains("Council approval");
      assertThat(PlanFixtures.tr(finding)).contains("Meclis onayı");
    }

    @Test
    void for_a_suspended_plan_whose_history_reached_approval() {
      LocalDate day = LocalDate.of(2013, 1, 1);
      ActionPlan suspended = copy(plan("p1", PlanState.SUSPENDED)).withHistory(
          LifecycleEvent.ofCreation(day, PlanState.DRAFTING, PlanFixtures.VALILIK),
          LifecycleEvent.of(day, PlanState.DRAFTING, PlanState.BOARD_APPROVED, PlanFixtures.BOARD),
          LifecycleEvent.of(day, PlanState.BOARD_APPROVED, PlanState.SUSPENDED, PlanFixtures.BOARD));
      assertThat(run(rule, suspended)).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void a_women_s_ngo_group_of_nobody_does_not_count() {
      ActionPlan plan = copy(plan("p1", PlanState.BOARD_APPROVED))
          .withConsultations(workshop("c1", InstitutionKind.WOMENS_NGO, HeadCount.none()));
      assertThat(run(rule, plan)).hasSize(1);
    }

    @Test
    void other_civil_society_does_not_count() {
      ActionPlan plan = copy(plan("p1", PlanState.BOARD_APPROVED))
          .withConsultations(workshop("c1", InstitutionKind.NGO, HeadCount.of(3, 3)));
      assertThat(run(rule, plan)).hasSize(1);
    }
  }
}
