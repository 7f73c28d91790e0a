package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.KdkJson;
import org.kdk.core.plan.Theme;
import org.kdk.core.testing.Golden;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

class JsonReportWriterTest {
  private static final JsonReportWriter WRITER = JsonReportWriter.standard();
  /** KdkJson's mapper, keeping decimals' trailing zeros in trees as KdkJson keeps them in objects. */
  private static final ObjectMapper MAPPER = KdkJson.strict().newObjectMapper()
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private static String golden(String kind, Language language) {
    return "src/test/resources/org/kdk/reporting/golden/" + kind + "-" + language.name().toLowerCase(Locale.ROOT)
        + ".json";
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
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
  class Envelope {
    @Test
    void has_the_documented_members_in_order() throws Exception {
      JsonNode document = tree(WRITER.write(RenderFixtures.scorecard(), Language.TR));
      List<String> names = new ArrayList<>();
      document.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactly("format", "version", "kind", "language", "labels", "report");
      assertThat(document.get("format").asText()).isEqualTo("kdk-report");
      assertThat(document.get("version").isInt()).isTrue();
      assertThat(document.get("version").asInt()).isEqualTo(1);
      assertThat(document.get("kind").asText()).isEqualTo("scorecard");
      assertThat(document.get("language").asText()).isEqualTo("tr");
    }

    @Test
    void names_the_kind_and_language() throws Exception {
      assertThat(tree(WRITER.write(RenderFixtures.planReport(), Language.EN)).get("kind").asText()).isEqualTo("plan");
      assertThat(tree(WRITER.write(RenderFixtures.dashboard(), Language.EN)).get("kind").asText())
          .isEqualTo("dashboard");
      assertThat(tree(WRITER.write(RenderFixtures.dashboard(), Language.EN)).get("language").asText()).isEqualTo("en");
    }

    @Test
    void ends_with_one_line_break_and_uses_no_carriage_returns() {
      String json = WRITER.write(RenderFixtures.planReport(), Language.TR);
      assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }
  }

  @Nested
  class ReportMember {
    @Test
    void reads_back_into_the_same_plan_report() throws Exception {
      PlanReport report = RenderFixtures.planReport();
      JsonNode document = tree(WRITER.write(report, Language.TR));
      assertThat(MAPPER.treeToValue(document.get("report"), PlanReport.class)).isEqualTo(report);
    }

    @Test
    void reads_back_into_the_same_scorecard_and_dashboard() throws Exception {
      ProvinceScorecard scorecard = RenderFixtures.scorecard();
      ProgrammeDashboard dashboard = RenderFixtures.dashboard();
      assertThat(MAPPER.treeToValue(tree(WRITER.write(scorecard, Language.EN)).get("report"),
          ProvinceScorecard.class)).isEqualTo(scorecard);
      assertThat(MAPPER.treeToValue(tree(WRITER.write(dashboard, Language.EN)).get("report"),
          ProgrammeDashboard.class)).isEqualTo(dashboard);
    }

    @Test
    void is_the_report_exactly_as_kdk_json_writes_it() throws Exception {
      PlanReport report = RenderFixtures.planReport();
      assertThat(tree(WRITER.write(report, Language.EN)).get("report"))
          .isEqualTo(tree(KdkJson.strict().write(report)));
    }

    @Test
    void numbers_stay_numbers_and_codes_stay_codes() throws Exception {
      JsonNode report = tree(WRITER.write(RenderFixtures.planReport(), Language.TR)).get("report");
      assertThat(report.get("budget").get("planned").get("amount").isNumber()).isTrue();
      assertThat(report.get("indicators").get(0).get("baseline").isNumber()).isTrue();
      assertThat(report.get("state").asText()).isEqualTo("BOARD_APPROVED");
      assertThat(report.get("themes").get(0).get("theme").asText()).isEqualTo("EDUCATION");
    }
  }

  @Nested
  class Labels {
    @Test
    void label_every_code_the_report_uses_in_the_language() throws Exception {
      JsonNode labels = tree(WRITER.write(RenderFixtures.planReport(), Language.TR)).get("labels");
      assertThat(labels.get("Theme").size()).isEqualTo(Theme.values().length);
      assertThat(labels.get("Theme").get("EMPLOYMENT").asText()).isEqualTo("İstihdam");
      assertThat(labels.get("ProgressStatus").get("ON_TRACK").asText()).isEqualTo("Yolunda");
      assertThat(labels.get("PlanState").get("BOARD_APPROVED").asText()).isEqualTo("Koordinasyon kurulu onayı");
      assertThat(labels.get("FundingSource").get("OWN_BUDGET").asText()).isEqualTo("Öz bütçe");
      assertThat(labels.get("Measure").has("PERCENTAGE")).isTrue();
      assertThat(labels.get("Direction").has("DECREASE")).isTrue();
    }

    @Test
    void leave_out_codes_the_report_does_not_use() throws Exception {
      JsonNode labels = tree(WRITER.write(RenderFixtures.planReport(), Language.EN)).get("labels");
      assertThat(labels.get("PlanState").has("WITHDRAWN")).isFalse();
      assertThat(labels.has("MechanismKind")).isFalse();
    }

    @Test
    void cover_mechanisms_duties_and_severities_of_a_scorecard() throws Exception {
      JsonNode labels = tree(WRITER.write(RenderFixtures.scorecard(), Language.EN)).get("labels");
      assertThat(labels.get("MechanismKind").size()).isEqualTo(6);
      assertThat(labels.get("MechanismStatus").get("ACTIVE").asText()).isEqualTo("Active");
      assertThat(labels.get("Duty").get("SHELTER").asText()).isEqualTo("Shelters for women and children");
      assertThat(labels.has("DutyStatus")).isTrue();
      assertThat(labels.has("Severity")).isTrue();
    }

    @Test
    void are_sorted_by_type_and_code() throws Exception {
      JsonNode labels = tree(WRITER.write(RenderFixtures.scorecard(), Language.TR)).get("labels");
      List<String> types = new ArrayList<>();
      labels.fieldNames().forEachRemaining(types::add);
      assertThat(types).isSorted();
      List<String> kinds = new ArrayList<>();
      labels.get("MechanismKind").fieldNames().forEachRemaining(kinds::add);
      assertThat(kinds).isSorted();
    }
  }

  @Test
  void is_deterministic() {
    PlanReport first = RenderFixtures.planReport();
    PlanReport second = RenderFixtures.planReport();
    assertThat(WRITER.write(second, Language.TR)).isEqualTo(WRITER.write(first, Language.TR));
    assertThat(WRITER.write(RenderFixtures.dashboard(), Language.EN))
        .isEqualTo(WRITER.write(RenderFixtures.dashboard(), Language.EN));
  }
}
