package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.reporting.report.MechanismKind;
import org.kdk.reporting.report.MechanismSlot;

class ReportTextTest {

  @Test
  void both_languages_have_the_same_keys() {
    assertThat(ReportText.texts().keys(Language.TR)).isEqualTo(ReportText.texts().keys(Language.EN));
  }

  @Test
  void no_text_is_blank() {
    for (Language language : Language.values()) {
      for (String key : ReportText.texts().keys(language)) {
        assertThat(ReportText.get(key, language)).as(key).isNotBlank();
      }
    }
  }

  @Test
  void reads_headings_in_each_language() {
    assertThat(ReportText.get("title.scorecard", Language.TR)).isEqualTo("İl karnesi");
    assertThat(ReportText.get("title.scorecard", Language.EN)).isEqualTo("Province scorecard");
    assertThat(ReportText.format("title.dashboardOf", Language.TR, 2)).isEqualTo("Kadın Dostu Kentler — 2. aşama panosu");
  }

  @Test
  void the_csv_header_has_nine_columns_in_both_languages() {
    for (String column : new String[] {"section", "theme", "id", "name", "period", "metric", "value", "unit", "note"}) {
      assertThat(ReportText.get("csv." + column, Language.EN)).isEqualTo(column);
      assertThat(ReportText.texts().has("csv." + column, Language.TR)).isTrue();
    }
  }

  @Test
  void labels_codes_and_booleans() {
    assertThat(ReportText.label(ProgressStatus.ON_TRACK, Language.TR)).isEqualTo("Yolunda");
    assertThat(ReportText.yesNo(true, Language.TR)).isEqualTo("Evet");
    assertThat(ReportText.yesNo(false, Language.EN)).isEqualTo("No");
  }

  @Test
  void a_slot_reads_as_one_word() {
    assertThat(ReportText.slot(MechanismSlot.builder().kind(MechanismKind.COORDINATION_BOARD).applicable(false)
        .present(false).active(false).build(), Language.TR)).isEqualTo("yasal olarak mümkün değil");
    assertThat(ReportText.slot(MechanismSlot.builder().kind(MechanismKind.COORDINATION_BOARD).applicable(true)
        .present(true).active(true).status(MechanismStatus.ACTIVE).build(), Language.EN)).isEqualTo("Active");
    assertThat(ReportText.slot(MechanismSlot.builder().kind(MechanismKind.COORDINATION_BOARD).applicable(true)
        .present(true).active(false).build(), Language.EN)).isEqualTo("exists");
    assertThat(ReportText.slot(MechanismSlot.builder().kind(MechanismKind.COORDINATION_BOARD).applicable(true)
        .present(false).active(false).build(), Language.TR)).isEqualTo("yok");
  }

  @Test
  void an_unknown_key_is_a_packaging_defect() {
    assertThatThrownBy(() -> ReportText.get("no.such.key", Language.TR)).isInstanceOf(MissingResourceException.class);
  }
}
