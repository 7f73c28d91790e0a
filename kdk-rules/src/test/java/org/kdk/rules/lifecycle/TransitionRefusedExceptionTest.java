package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.ImmutableFinding;
import org.kdk.rules.finding.Severity;

class TransitionRefusedExceptionTest {
  static final Finding ERROR = Finding.builder().ruleId("KDK-LIFE-002").severity(Severity.ERROR).path("history[2]")
      .title(LocalizedText.of("Kurul onayı", "Board approval"))
      .message(LocalizedText.of("Kurul onayı yok", "No board approval"))
      .basis(Basis.of(BasisKind.PROGRAMME_PRACTICE, "2. aşama", "Phase 2"))
      .hint(LocalizedText.of("Kurul onayını kaydedin", "Record the board approval")).build();
  static final Finding WARNING = ImmutableFinding.copyOf(ERROR).withRuleId("KDK-LIFE-007")
      .withSeverity(Severity.WARNING).withMessage(LocalizedText.of("Gerekçe yok", "No reason"));

  final TransitionRefusedException e = new TransitionRefusedException(Id.of("mardin-yeep"), PlanState.DRAFTING,
      PlanState.COUNCIL_APPROVED, List.of(ERROR, WARNING));

  @Test
  void lists_the_refused_step_and_every_finding_in_english() {
    assertThat(e.getMessage()).isEqualTo(e.getMessage(Locale.ENGLISH))
        .startsWith("Plan mardin-yeep: the step from \"Drafting with stakeholders\" to \"Council approval\" is refused:")
        .contains("\n  Error KDK-LIFE-002 history[2]: No board approval")
        .contains("\n  Warning KDK-LIFE-007 history[2]: No reason");
  }

  @Test
  void lists_them_in_turkish_too() {
    assertThat(e.getMessage(Locale.forLanguageTag("tr-TR")))
        .startsWith("mardin-yeep planı: \"Taslak hazırlama (paydaşlarla)\" durumundan \"Meclis onayı\" durumuna adım reddedildi:")
        .contains("Hata KDK-LIFE-002 history[2]: Kurul onayı yok")
        .contains("Uyarı KDK-LIFE-007 history[2]: Gerekçe yok");
  }

  @Test
  void carries_the_plan_the_states_and_the_findings() {
    assertThat(e).isInstanceOf(IllegalStateException.class);
    assertThat(e.getPlanId()).isEqualTo(Id.of("mardin-yeep"));
    assertThat(e.getFrom()).isEqualTo(PlanState.DRAFTING);
    assertThat(e.getTo()).isEqualTo(PlanState.COUNCIL_APPROVED);
    assertThat(e.getFindings()).containsExactly(ERROR, WARNING);
    assertThatThrownBy(() -> e.getFindings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> new TransitionRefusedException(null, PlanState.DRAFTING, PlanState.BOARD_APPROVED,
        List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> e.getMessage(null)).isInstanceOf(NullPointerException.class);
  }
}
