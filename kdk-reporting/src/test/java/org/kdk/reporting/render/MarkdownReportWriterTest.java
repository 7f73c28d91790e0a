package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.kdk.core.i18n.Language;
import org.kdk.core.testing.Golden;

class MarkdownReportWriterTest {
  private static final MarkdownReportWriter WRITER = MarkdownReportWriter.standard();

  private static String golden(String kind, Language language) {
    return "src/test/resources/org/kdk/reporting/golden/" + kind + "-" + language.name().toLowerCase(Locale.ROOT)
        + ".md";
  }

  /** The number of cell separators in a table line: pipes not escaped by a backslash. */
  private static int pipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        count++;
      }
    }
    return count;
  }

  /** Asserts every table's rows have as many cells as its header. */
  private static void assertTablesAreRectangular(String markdown) {
    List<String> lines = Arrays.asList(markdown.split("\n", -1));
    int expected = -1;
    for (String line : lines) {
      if (line.startsWith("|")) {
        if (expected < 0) {
          expected = pipes(line);
        }
        assertThat(pipes(line)).as(line).isEqualTo(expected);
      } else {
        expected = -1;
      }
    }
  }

  @Nested
  class GoldenFiles {
    @ParameterizedTest
    @EnumSource(Language.class)
    void plan_report(Language language) {
      Golden.assertMatches(golden("plan", language), WRITER.write(RenderFixtures.planReport(), language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void scorecard(Language language) {
      Golden.assertMatches(golden("scorecard", language), WRITER.write(RenderFixtures.scorecard(), language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void dashboard(Language language) {
      Golden.assertMatches(golden("dashboard", language), WRITER.write(RenderFixtures.dashboard(), language));
    }
  }

  @Nested
  class Structure {
    @ParameterizedTest
    @EnumSource(Language.class)
    void starts_with_a_title_and_the_date_and_ends_with_one_line_break(Language language) {
      String md = WRITER.write(RenderFixtures.scorecard(), language);
      assertThat(md).startsWith("# Mardin (TR-47) — ");
      assertThat(md).contains(language == Language.TR ? "30.06.2015 itibarıyla" : "As of 2015-06-30");
      assertThat(md).endsWith("|\n").doesNotContain("\r").doesNotContain("\n\n\n");
    }

    @Test
    void tables_stay_rectangular_when_names_contain_pipes() {
      String md = WRITER.write(RenderFixtures.planReport(), Language.TR);
      assertThat(md).contains("Toplumsal cinsiyet eşitliği eğitimi \\| temel düzey");
      assertTablesAreRectangular(md);
      assertTablesAreRectangular(WRITER.write(RenderFixtures.handPlan("a | b || c"), Language.EN));
      assertTablesAreRectangular(WRITER.write(RenderFixtures.handScorecard("a | b\nc"), Language.EN));
      assertTablesAreRectangular(WRITER.write(RenderFixtures.handDashboard("|"), Language.TR));
    }

    @Test
    void prints_the_notes_under_the_title() {
      String md = WRITER.write(RenderFixtures.planReport(), Language.EN);
      List<String> quoted = md.lines().filter(l -> l.startsWith("> ")).collect(Collectors.toList());
      assertThat(quoted).hasSize(RenderFixtures.planReport().getNotes().size());
      assertThat(md.indexOf("> ")).isLessThan(md.indexOf("## "));
    }

    @Test
    void statuses_are_words() {
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.TR)).contains("| Yolunda |", "| Gerisinde |");
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.EN)).contains("| On track |", "| Off track |");
    }

    @Test
    void withheld_values_read_suppressed() {
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.TR)).contains("| gizlendi |");
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.EN)).contains("| suppressed |");
    }

    @Test
    void numbers_follow_the_language() {
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.TR)).contains("18.500,50 TRY", "%9,68");
      assertThat(WRITER.write(RenderFixtures.planReport(), Language.EN)).contains("18,500.50 TRY", "9.68%");
    }
  }

  @Nested
  class Markup {
    @ParameterizedTest
    @FieldSource("org.kdk.reporting.render.RenderFixtures#XSS_PAYLOADS")
    void html_in_names_cannot_become_markup(String payload) {
      for (String md : List.of(WRITER.write(RenderFixtures.handPlan(payload), Language.EN),
          WRITER.write(RenderFixtures.handScorecard(payload), Language.TR),
          WRITER.write(RenderFixtures.handDashboard(payload), Language.EN))) {
        assertThat(md.replace("\\<", "")).doesNotContain("<");
      }
    }

    @Test
    void markup_in_names_is_escaped() {
      String md = WRITER.write(RenderFixtures.handPlan("*bold* [link](http://x) `code` # h"), Language.EN);
      assertThat(md).contains("\\*bold\\* \\[link\\](http://x) \\`code\\` \\# h");
      assertThat(md).doesNotContain("*bold*");
    }

    @Test
    void a_text_cannot_start_a_list_or_heading() {
      String md = WRITER.write(RenderFixtures.handPlan("- 1. = x"), Language.EN);
      assertThat(md.lines().filter(l -> l.startsWith("- - ") || l.startsWith("- 1. "))).isEmpty();
    }
  }

  @Test
  void is_deterministic() {
    assertThat(WRITER.write(RenderFixtures.dashboard(), Language.TR))
        .isEqualTo(WRITER.write(RenderFixtures.dashboard(), Language.TR));
    assertThat(WRITER.write(RenderFixtures.planReport(), Language.EN))
        .isEqualTo(WRITER.write(RenderFixtures.planReport(), Language.EN));
  }
}
