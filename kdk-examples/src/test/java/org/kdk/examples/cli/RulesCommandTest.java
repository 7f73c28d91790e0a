package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.i18n.Language;
import org.kdk.rules.catalogue.RuleCatalogue;
import org.kdk.rules.catalogue.RuleDescription;
import org.kdk.rules.finding.Severity;

/** {@code kdk rules}: the rule catalogue as text in Turkish or English, or as JSON for programs. */
class RulesCommandTest {
  static final List<RuleDescription> CATALOGUE = RuleCatalogue.descriptions();

  @Nested
  class Text {
    @ParameterizedTest(name = "--lang {0}")
    @EnumSource(Language.class)
    void lists_every_rule_on_a_line_with_its_id_severity_title_and_basis_in_the_language(Language language) {
      KdkRun run = KdkRun.of("rules", "--lang", language.name().toLowerCase(Locale.ROOT))
          .assertSucceeded();

      assertThat(run.outLines()).hasSameSizeAs(CATALOGUE);
      for (int i = 0; i < CATALOGUE.size(); i++) {
        RuleDescription rule = CATALOGUE.get(i);
        assertThat(run.outLines().get(i)).isEqualTo(rule.getId() + "  "
            + rule.getSeverity().getDisplayName(language) + "  " + rule.getTitle().get(language) + "  ["
            + rule.getBasis().getCitation().get(language) + "]");
      }
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr, Hata, Belediye meclisi eşitlik komisyonunun üye sayısı",
        "en, Error, Size of a municipal council's equality commission"})
    void reads_as_the_language(String lang, String error, String title) {
      KdkRun run = KdkRun.of("rules", "--lang", lang).assertSucceeded();

      assertThat(run.outLines()).first().asString().startsWith("KDK-MECH-001  " + error + "  " + title + "  [");
    }

    @Test
    void is_turkish_by_default() {
      assertThat(KdkRun.of("rules").out()).isEqualTo(KdkRun.of("rules", "--lang", "tr").out());
    }
  }

  @Nested
  class Json {
    @Test
    void is_an_array_of_every_rule_with_id_severity_basis_and_title_in_both_languages() {
      JsonNode rules = KdkRun.of("rules", "--format", "json").assertSucceeded().json();

      assertThat(rules.isArray()).isTrue();
      assertThat(ids(rules)).isEqualTo(CATALOGUE.stream().map(RuleDescription::getId).collect(Collectors.toList()))
          .doesNotHaveDuplicates();
      for (JsonNode rule : rules) {
        String id = rule.get("id").asText();
        assertThat(id).matches("KDK-[A-Z]+-\\d{3}");
        assertThat(Severity.valueOf(rule.get("severity").asText())).as(id).isNotNull();
        assertThat(rule.at("/basis/kind").asText()).as(id).isNotBlank();
        assertThat(rule.at("/basis/citation/tr").asText()).as(id).isNotBlank();
        assertThat(rule.at("/title/tr").asText()).as(id).isNotBlank();
        assertThat(rule.at("/title/en").asText()).as(id).isNotBlank();
      }
    }

    @Test
    void holds_the_catalogue_titles() {
      JsonNode first = KdkRun.of("rules", "--format", "json").json().get(0);

      assertThat(first.at("/title/tr").asText()).isEqualTo(CATALOGUE.get(0).getTitle().get(Language.TR));
      assertThat(first.at("/title/en").asText()).isEqualTo(CATALOGUE.get(0).getTitle().get(Language.EN));
    }

    @Test
    void is_the_same_whatever_the_language() {
      assertThat(KdkRun.of("rules", "--format", "json", "--lang", "en").out())
          .isEqualTo(KdkRun.of("rules", "--format", "json", "--lang", "tr").out());
    }

    private List<String> ids(JsonNode rules) {
      return StreamSupport.stream(rules.spliterator(), false).map(r -> r.get("id").asText())
          .collect(Collectors.toList());
    }
  }

  @Nested
  class Mistakes {
    @Test
    void an_unknown_format_is_one_line_and_exit_code_2() {
      assertThat(KdkRun.of("rules", "--format", "xml").assertUserError().err()).contains("'xml'");
    }
  }
}
