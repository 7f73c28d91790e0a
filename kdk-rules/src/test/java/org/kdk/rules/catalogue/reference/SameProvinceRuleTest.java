package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.AS_OF;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.TR;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.dataset;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.ImmutableEqualityCommission;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class SameProvinceRuleTest {
  private final SameProvinceRule rule = new SameProvinceRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  /** The fixture with Mardin's governorship added as its seventh institution. */
  private static ImmutableDataset withMardin() {
    List<Institution> institutions = new ArrayList<>(dataset().getInstitutions());
    institutions.add(Institution.builder().id(id("mardin-valilik")).name("Mardin Valiliği")
        .kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-47").build());
    return ImmutableDataset.copyOf(dataset()).withInstitutions(institutions);
  }

  @Test
  void passes_institutions_of_the_same_province_and_those_without_one() {
    // The fixture's plan is owned by Kars institutions; the ministry and the agency carry no province.
    assertThat(run(dataset())).isEmpty();
  }

  @Test
  void reports_a_board_hosted_by_another_province_s_governorship() {
    ImmutableDataset base = withMardin();
    Dataset dataset = base.withCoordinationBoards(ImmutableCoordinationBoard.copyOf(base.getCoordinationBoards()
        .get(0)).withHostInstitutionId(id("mardin-valilik")));

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("KDK-REF-004");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("coordinationBoards[0].hostInstitutionId");
      assertMessagesContain(f, "kars-ikhkk", "Kars", "TR-36", "mardin-valilik", "Mardin", "TR-47");
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("host institution");
      assertThat(f.getMessage().get(TR)).contains("ev sahibi kurum").contains("iline ait");
    });
  }

  @Test
  void reports_a_commission_of_another_province_s_council() {
    ImmutableDataset base = withMardin();
    Dataset dataset = base.withEqualityCommissions(ImmutableEqualityCommission.copyOf(base.getEqualityCommissions()
        .get(0)).withCouncilInstitutionId(id("mardin-valilik")));

    assertThat(run(dataset)).extracting(Finding::getPath)
        .containsExactly("equalityCommissions[0].councilInstitutionId");
  }

  @Test
  void reports_each_owner_of_a_plan_in_another_province() {
    ImmutableDataset base = withMardin();
    Dataset dataset = base.withPlans(ReferenceFixtures.actionPlan()
        .withOwnerInstitutionIds(id("kars-valilik"), id("mardin-valilik"), id("icisleri")),
        ReferenceFixtures.strategicPlan());

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("plans[0].ownerInstitutionIds[1]");
      assertMessagesContain(f, "kars-yeep", "mardin-valilik");
      assertThat(f.getMessage().get(TR)).contains("plan sahibi kurum");
    });
  }

  @Test
  void ignores_an_owner_the_dataset_lacks() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withPlans(ReferenceFixtures.actionPlan()
        .withOwnerInstitutionIds(id("yok")), ReferenceFixtures.strategicPlan());

    assertThat(run(dataset)).isEmpty();
  }

  @Test
  void runs_in_the_validator_as_a_warning() {
    ImmutableDataset base = withMardin();
    Dataset dataset = base.withCoordinationBoards(ImmutableCoordinationBoard.copyOf(base.getCoordinationBoards()
        .get(0)).withHostInstitutionId(id("mardin-valilik")));

    assertThat(KdkValidator.standard().validate(dataset, AS_OF).findingsOf("KDK-REF-004")).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }
}
