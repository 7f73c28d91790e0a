package org.kdk.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.KdkJson;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.Rule;

class RuleCatalogueDocumentationTest {
  static final Path DOC = Path.of("RULES.md");

  @Test
  void the_committed_rules_md_is_the_catalogue_as_the_code_describes_it() throws IOException {
    String generated = RuleCatalogue.toMarkdown();
    if (Boolean.getBoolean("kdk.golden.update")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("kdk-rules/RULES.md is out of date: rerun with -Dkdk.golden.update=true and commit it")
        .isEqualTo(generated);
  }

  @Test
  void holds_at_least_forty_rules_with_unique_well_formed_ids() {
    List<Rule> rules = RuleCatalogue.all();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      assertThat(rule.getId()).matches("KDK-(MECH|PLAN|LIFE|IND|DUTY|REF)-\\d{3}");
      assertThat(ids.add(rule.getId())).as("duplicate id %s", rule.getId()).isTrue();
    }
  }

  @Test
  void every_rule_has_a_complete_turkish_and_english_title_message_and_hint() {
    List<String> incomplete = RuleCatalogue.all().stream()
        .filter(r -> !(r instanceof CatalogueRule) || !((CatalogueRule) r).hasCompleteTexts())
        .map(Rule::getId).collect(Collectors.toList());
    assertThat(incomplete).isEmpty();
    assertThat(RuleCatalogue.all()).allSatisfy(r -> {
      assertThat(r.getTitle().getEn()).isPresent();
      assertThat(r.getBasis().getCitation().getEn()).isPresent();
    });
  }

  @Test
  void lists_the_catalogue_as_data_with_id_severity_basis_and_both_titles() {
    String json = KdkJson.strict().write(RuleCatalogue.descriptions());
    assertThat(json).contains("\"id\" : \"KDK-MECH-001\"").contains("\"severity\" : \"ERROR\"")
        .contains("\"basis\" : {").contains("\"tr\" :").contains("\"en\" :");
  }
}
