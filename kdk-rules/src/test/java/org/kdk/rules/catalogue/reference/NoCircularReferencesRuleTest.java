package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.AS_OF;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.TR;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.dataset;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class NoCircularReferencesRuleTest {
  private final NoCircularReferencesRule rule = new NoCircularReferencesRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  private static Institution child(String id, String parent) {
    return Institution.builder().id(id(id)).name("Kurum " + id).kind(InstitutionKind.PROVINCIAL_DIRECTORATE)
        .parentId(id(parent)).build();
  }

  private static Municipality succeeded(String id, String successor) {
    return Municipality.builder().id(id(id)).name("Belediye " + id).type(MunicipalityType.DISTRICT)
        .provinceCode("TR-36").abolishedOn(LocalDate.of(2014, 3, 30)).successorId(id(successor)).build();
  }

  @Test
  void passes_chains_that_end() {
    assertThat(run(dataset())).isEmpty();
  }

  @Test
  void reports_a_cycle_of_two_institutions_once() {
    Dataset dataset = Dataset.builder()
        .addInstitutions(ReferenceFixtures.institution("bakanlik", InstitutionKind.MINISTRY),
            child("mudurluk-a", "mudurluk-b"), child("mudurluk-b", "mudurluk-a"))
        .build();

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("KDK-REF-003");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getPath()).isEqualTo("institutions[1].parentId");
      assertMessagesContain(f, "mudurluk-a → mudurluk-b → mudurluk-a", "parentId");
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("chain of parent institutions");
      assertThat(f.getMessage().get(TR)).contains("Üst kurum zinciri").contains("kendi üzerine dönüyor");
      assertThat(f.getHint().get(TR)).contains("parentId");
    });
  }

  @Test
  void starts_the_circle_at_its_member_listed_first_and_leaves_the_tail_out() {
    Dataset dataset = Dataset.builder()
        .addInstitutions(child("kuyruk", "c"), child("c", "a"), child("a", "b"), child("b", "c"))
        .build();

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("institutions[1].parentId");
      assertMessagesContain(f, "c → a → b → c");
      assertThat(f.getMessage().get(Locale.ENGLISH)).doesNotContain("kuyruk");
    });
  }

  @Test
  void reports_a_municipality_that_succeeds_itself() {
    Dataset dataset = Dataset.builder().addMunicipality(succeeded("kars", "kars")).build();

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("municipalities[0].successorId");
      assertMessagesContain(f, "kars → kars");
      assertThat(f.getMessage().get(TR)).contains("Halef belediye zinciri");
    });
  }

  @Test
  void reports_two_plans_upgraded_from_each_other() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withPlans(
        ReferenceFixtures.actionPlan().withUpgradedFromPlanId(id("kars-yesp")), ReferenceFixtures.strategicPlan());

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("plans[0].upgradedFromPlanId");
      assertMessagesContain(f, "kars-yeep → kars-yesp → kars-yeep");
    });
  }

  @Test
  void ignores_a_link_to_an_id_the_dataset_lacks() {
    Dataset dataset = Dataset.builder().addInstitutions(child("a", "b"))
        .addMunicipality(succeeded("kars", "yok")).build();

    assertThat(run(dataset)).isEmpty();
  }

  @Test
  void reports_separate_circles_separately() {
    Dataset dataset = Dataset.builder()
        .addInstitutions(child("a", "b"), child("b", "a"), child("c", "d"), child("d", "c"))
        .addMunicipalities(succeeded("m1", "m2"), succeeded("m2", "m1"))
        .build();

    assertThat(run(dataset)).extracting(Finding::getPath)
        .containsExactly("institutions[0].parentId", "institutions[2].parentId", "municipalities[0].successorId");
  }

  @Test
  void runs_in_the_validator() {
    Dataset dataset = Dataset.builder().addInstitutions(child("a", "b"), child("b", "a")).build();

    assertThat(KdkValidator.standard().validate(dataset, AS_OF).findingsOf("KDK-REF-003")).hasSize(1);
  }
}
