package org.kdk.rules.lifecycle;

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

class LifecycleRulesTest {

  @Test
  void lists_the_eight_guards_in_id_order_as_new_instances() {
    List<Rule> rules = LifecycleRules.all();
    assertThat(rules).extracting(Rule::getId).containsExactlyElementsOf(IntStream.rangeClosed(1, 8)
        .mapToObj(i -> String.format(Locale.ROOT, "KDK-LIFE-%03d", i)).collect(Collectors.toList()));
    assertThat(rules).allSatisfy(r -> assertThat(r).isInstanceOf(TransitionGuard.class));
    assertThat(LifecycleRules.all().get(0)).isNotSameAs(rules.get(0));
    assertThat(RuleCatalogue.all()).extracting(Rule::getId)
        .containsAll(rules.stream().map(Rule::getId).collect(Collectors.toList()));
  }

  @Test
  void every_guard_has_complete_texts_and_both_files_hold_the_same_keys() throws IOException {
    assertThat(LifecycleRules.all()).allSatisfy(r -> assertThat(((CatalogueRule) r).hasCompleteTexts()).isTrue());
    assertThat(load("Rules_tr.properties").stringPropertyNames())
        .isEqualTo(load("Rules.properties").stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LifecycleRules.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
