package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.AS_OF;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.TR;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.dataset;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.ImmutableMeeting;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class UniqueIdsRuleTest {
  private final UniqueIdsRule rule = new UniqueIdsRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  @Test
  void passes_a_dataset_of_unique_ids() {
    assertThat(run(dataset())).isEmpty();
  }

  @Test
  void passes_the_golden_mardin_dataset() {
    Path golden = Path.of("../kdk-core/src/test/resources/org/kdk/core/golden/mardin-core.json");
    Assumptions.assumeTrue(Files.exists(golden), "the golden dataset of kdk-core is not beside this module");
    assertThat(run(KdkJson.strict().readDataset(golden))).isEmpty();
  }

  @Test
  void reports_a_decision_with_the_id_of_an_institution_naming_the_first() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withDecisions(
        ReferenceFixtures.decision("kars-karar-0", DecisionBody.GOVERNOR, "kars-valilik"),
        ReferenceFixtures.decision("kars-karar-1", DecisionBody.COORDINATION_BOARD, "kars-ikhkk"),
        ReferenceFixtures.decision("kars-karar-2", DecisionBody.SUB_COMMISSION, "kars-alt-1"),
        ReferenceFixtures.decision("kars-stk", DecisionBody.MUNICIPAL_COUNCIL, "kars-meclis"));

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("KDK-REF-002");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getPath()).isEqualTo("decisions[3].id");
      assertMessagesContain(f, "kars-stk", "institutions[3]");
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("this decision").contains("the institution at");
      assertThat(f.getMessage().get(TR)).contains("Bu karar kaydının").contains("kurum kaydında");
    });
  }

  @Test
  void reports_a_plan_part_with_the_id_of_a_top_level_object() {
    ImmutableActionPlan plan = ReferenceFixtures.actionPlan()
        .withActions(ReferenceFixtures.action().withId(id("kars-hibe")));
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withPlans(plan, ReferenceFixtures.strategicPlan());

    // The plan comes before the grant scheme in the document: the scheme's id is the repeat.
    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("grantSchemes[0].id");
      assertMessagesContain(f, "kars-hibe", "plans[0].actions[0]");
    });
  }

  @Test
  void reports_a_meeting_with_the_id_of_a_sub_commission() {
    ImmutableCoordinationBoard board = ImmutableCoordinationBoard.copyOf(dataset().getCoordinationBoards().get(0));
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withCoordinationBoards(board.withMeetings(
        ImmutableMeeting.copyOf(board.getMeetings().get(0)).withId(id("kars-alt-1"))));

    assertThat(run(dataset)).extracting(Finding::getPath)
        .containsExactly("coordinationBoards[0].meetings[0].id");
  }

  @Test
  void reports_every_repeat_against_the_first_use() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withInstitutions(
        ReferenceFixtures.institution("kars-valilik", InstitutionKind.GOVERNORSHIP),
        ReferenceFixtures.institution("kars-valilik", InstitutionKind.GOVERNORSHIP),
        ReferenceFixtures.institution("kars-valilik", InstitutionKind.WOMENS_NGO));

    assertThat(run(dataset)).extracting(Finding::getPath).containsExactly("institutions[1].id", "institutions[2].id")
        .hasSize(2);
    assertThat(run(dataset)).allSatisfy(f -> assertMessagesContain(f, "institutions[0]"));
  }

  @Test
  void runs_in_the_validator() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withInstitutions(
        ReferenceFixtures.institution("kars-valilik", InstitutionKind.GOVERNORSHIP),
        ReferenceFixtures.institution("kars-valilik", InstitutionKind.GOVERNORSHIP));

    assertThat(KdkValidator.standard().validate(dataset, AS_OF).findingsOf("KDK-REF-002")).hasSize(1);
  }
}
