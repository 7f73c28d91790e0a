package org.kdk.rules.profile;

import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Severity;

/**
 * Hazır profiller — the profiles the SDK ships.
 *
 * <ul>
 *   <li>{@link #phase2Programme()}: the programme's phase-2 path (2011–2015): the coordination board approves a
 *       plan before the councils do, women's NGOs sit on the board, and the programme's practices are errors.
 *   <li>{@link #currentLaw()}: what the law requires today; programme practice stays as warnings, and the
 *       board-before-council path is not required.
 * </ul>
 */
public final class Profiles {
  private Profiles() {}

  /** The phase-2 programme profile. */
  public static Profile phase2Programme() {
    return Profile.builder()
        .name("phase-2-programme")
        .description(LocalizedText.of(
            "Programın 2. aşaması (2011–2015): plan önce koordinasyon kurulunda, sonra meclislerde onaylanır.",
            "Programme phase 2 (2011–2015): the board approves a plan before the councils do."))
        .build()
        .withSeverity("KDK-MECH-008", Severity.ERROR)
        .withSeverity("KDK-PLAN-005", Severity.ERROR)
        .withSeverity("KDK-PLAN-013", Severity.ERROR)
        .withSeverity("KDK-DUTY-004", Severity.ERROR);
  }

  /** The current-law profile. */
  public static Profile currentLaw() {
    return Profile.builder()
        .name("current-law")
        .description(LocalizedText.of(
            "Yürürlükteki mevzuat: yasal yükümlülükler hata, program uygulamaları uyarıdır.",
            "Current law: legal duties are errors, programme practice is a warning."))
        .build()
        .withRuleDisabled("KDK-PLAN-003")
        .withRuleDisabled("KDK-LIFE-002")
        .withSeverity("KDK-PLAN-001", Severity.WARNING)
        .withSeverity("KDK-PLAN-002", Severity.WARNING)
        .withSeverity("KDK-MECH-009", Severity.WARNING)
        .withSeverity("KDK-LIFE-004", Severity.WARNING)
        .withSeverity("KDK-LIFE-005", Severity.WARNING);
  }
}
