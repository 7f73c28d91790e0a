package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kdk.rules.catalogue.RuleCatalogue;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.rule.RuleParameter;

class MechanismRulesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MechanismRules.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void lists_the_fifteen_rules_in_id_order() {
    List<String> expected = IntStream.rangeClosed(1, 15)
        .mapToObj(n -> String.format(Locale.ROOT, "KDK-MECH-%03d", n)).collect(Collectors.toList());
    assertThat(MechanismRules.all()).extracting(Rule::getId).containsExactlyElementsOf(expected);
    assertThat(MechanismRules.all()).extracting(r -> r.getClass()).doesNotHaveDuplicates();
  }

  @Test
  void returns_new_instances_each_time() {
    assertThat(MechanismRules.all().get(0)).isNotSameAs(MechanismRules.all().get(0));
  }

  @Test
  void are_part_of_the_catalogue() {
    assertThat(RuleCatalogue.all()).extracting(Rule::getId).containsAll(
        MechanismRules.all().stream().map(Rule::getId).collect(Collectors.toList()));
  }

  @Test
  void have_complete_texts_and_bilingual_parameters_and_basis() {
    assertThat(MechanismRules.all()).allSatisfy(rule -> {
      assertThat(rule).isInstanceOf(CatalogueRule.class);
      assertThat(((CatalogueRule) rule).hasCompleteTexts()).as(rule.getId()).isTrue();
      assertThat(rule.getBasis().getCitation().getEn()).isPresent();
      for (RuleParameter parameter : rule.getParameters()) {
        assertThat(parameter.getDescription().getEn()).isPresent();
      }
    });
  }

  @Test
  void both_text_files_have_the_same_keys() throws IOException {
    Properties english = load("Rules.properties");
    Properties turkish = load("Rules_tr.properties");
    assertThat(turkish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames()).allMatch(key -> key.matches("KDK-MECH-0(0[1-9]|1[0-5])\\..+"));
    assertThat(turkish.values()).allSatisfy(text -> assertThat((String) text).doesNotContain("''"));
  }

  @Test
  void declare_the_thresholds_the_rule_list_names() {
    assertThat(parameters(0)).containsExactly("min", "max", "metropolitanMin", "metropolitanMax");
    assertThat(parameters(1)).containsExactly("min", "max");
    assertThat(parameters(2)).containsExactly("maxMonths");
    assertThat(parameters(9)).containsExactly("threshold");
    assertThat(parameters(10)).containsExactly("months");
    assertThat(parameters(12)).containsExactly("meetingsPerYear");
  }

  private static List<String> parameters(int index) {
    return MechanismRules.all().get(index).getParameters().stream().map(RuleParameter::getName)
        .collect(Collectors.toList());
  }
}
