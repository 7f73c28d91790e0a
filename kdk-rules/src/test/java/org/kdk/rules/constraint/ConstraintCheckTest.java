package org.kdk.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.Datasets;

class ConstraintCheckTest {

  @Test
  void reports_each_violation_with_the_json_path_and_both_languages() {
    ActionPlan plan = Datasets.thinPlan("p1", "TR-47");
    Action blank = Action.builder().id(Id.of("p1-f2")).targetId(Id.of("p1-h1")).title("   ").build();
    Dataset dataset = Dataset.builder()
        .addInstitution(Institution.builder().id(Id.of("x")).name("X").kind(InstitutionKind.NGO)
            .provinceCode("TR-99").build())
        .addPlan(org.kdk.core.plan.ImmutableActionPlan.copyOf(plan).withActions(plan.getActions().get(0), blank))
        .build();
    List<Finding> findings = ConstraintCheck.shared().check(dataset, Severity.ERROR);
    assertThat(findings).extracting(Finding::getPath)
        .containsExactlyInAnyOrder("institutions[0].provinceCode", "plans[0].actions[1].title");
    Finding province = findings.stream().filter(f -> f.getPath().startsWith("institutions")).findFirst().orElseThrow();
    assertThat(province.getRuleId()).isEqualTo("KDK-FIELD-PROVINCE-CODE");
    assertThat(province.getMessage().get(Locale.ENGLISH)).contains("81 provinces").contains("TR-99");
    assertThat(province.getMessage().get(Locale.forLanguageTag("tr"))).contains("81 ilden").contains("TR-99");
    Finding title = findings.stream().filter(f -> f.getPath().startsWith("plans")).findFirst().orElseThrow();
    assertThat(title.getRuleId()).isEqualTo("KDK-FIELD-NOT-BLANK");
    assertThat(title.getMessage().get(Locale.forLanguageTag("tr"))).contains("boş değer olamaz");
  }

  @Test
  void names_constraint_rules_in_upper_case_with_dashes_under_any_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(ConstraintCheck.ruleIdOf(jakarta.validation.constraints.PositiveOrZero.class))
          .isEqualTo("KDK-FIELD-POSITIVE-OR-ZERO");
      assertThat(ConstraintCheck.ruleIdOf(jakarta.validation.constraints.Min.class)).isEqualTo("KDK-FIELD-MIN");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void never_evaluates_expression_language_in_user_text() {
    Dataset dataset = Dataset.builder().addInstitution(Institution.builder().id(Id.of("x"))
        .name("${1+1}" + "x".repeat(400)).kind(InstitutionKind.NGO).build()).build();
    List<Finding> findings = ConstraintCheck.shared().check(dataset, Severity.ERROR);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("${1+1}").doesNotContain("2xxx");
    });
  }
}
