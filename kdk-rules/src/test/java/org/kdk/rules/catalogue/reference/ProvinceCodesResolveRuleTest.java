package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.AS_OF;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.TR;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.dataset;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.id;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.plan.PlanScope;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.testing.RuleHarness;

class ProvinceCodesResolveRuleTest {
  private final ProvinceCodesResolveRule rule = new ProvinceCodesResolveRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  @Test
  void passes_the_codes_of_the_catalogue() {
    assertThat(run(dataset())).isEmpty();
  }

  @Test
  void reports_an_institution_s_unknown_code_naming_the_institution() {
    Dataset dataset = Dataset.builder().addInstitution(Institution.builder().id(id("kars-valilik"))
        .name("Kars Valiliği").kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-99").build()).build();

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("KDK-REF-005");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getPath()).isEqualTo("institutions[0].provinceCode");
      assertMessagesContain(f, "TR-99", "kars-valilik");
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("kars-valilik (institution)")
          .contains("81 provinces");
      assertThat(f.getMessage().get(TR)).contains("kars-valilik (kurum) kaydındaki").contains("81 ilden");
    });
  }

  @Test
  void names_the_plan_whose_scope_carries_the_code() {
    Dataset dataset = ImmutableDataset.copyOf(dataset()).withPlans(ReferenceFixtures.actionPlan()
        .withScope(PlanScope.ofProvince("tr-36")), ReferenceFixtures.strategicPlan());

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("plans[0].scope.provinceCode");
      assertMessagesContain(f, "tr-36", "kars-yeep");
      assertThat(f.getMessage().get(TR)).contains("kars-yeep (plan)");
    });
  }

  @Test
  void passes_the_edges_of_the_catalogue_and_reports_just_beyond() {
    Dataset dataset = Dataset.builder().addInstitutions(
        ReferenceFixtures.institution("a", InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-01"),
        ReferenceFixtures.institution("b", InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-81"),
        ReferenceFixtures.institution("c", InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-82"),
        ReferenceFixtures.institution("d", InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-00"),
        ReferenceFixtures.institution("e", InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-7"))
        .build();

    assertThat(run(dataset)).extracting(Finding::getPath).containsExactly("institutions[2].provinceCode",
        "institutions[3].provinceCode", "institutions[4].provinceCode");
  }

  @Test
  void says_whose_code_it_is_beside_the_field_constraint() {
    Dataset dataset = Dataset.builder().addInstitution(ReferenceFixtures.institution("kars-valilik",
        InstitutionKind.GOVERNORSHIP).withProvinceCode("TR-99")).build();

    ValidationReport report = KdkValidator.standard().validate(dataset, AS_OF);

    assertThat(report.findingsOf("KDK-REF-005")).extracting(Finding::getPath)
        .containsExactly("institutions[0].provinceCode");
    assertThat(report.findingsOf("KDK-FIELD-PROVINCE-CODE")).extracting(Finding::getPath)
        .containsExactly("institutions[0].provinceCode");
  }
}
