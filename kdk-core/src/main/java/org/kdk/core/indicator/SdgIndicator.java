package org.kdk.core.indicator;

import java.util.Objects;
import org.kdk.core.i18n.Labelled;

/**
 * SDG göstergesi — the Sustainable Development Goal indicators that local equality work contributes to, so that
 * an indicator can say which global indicator it feeds.
 *
 * <p>Only the four indicators the domain brief names are listed; the constant names spell the official notation
 * in identifier form, {@link #notation()} gives it as published.
 */
public enum SdgIndicator implements Labelled {
  /** 5.5.1(b) — proportion of elected seats held by women in deliberative bodies of local government. */
  SDG_5_5_1_B("5.5.1(b)"),
  /**
   * 5.c.1 — systems to track and make public allocations for gender equality and women's empowerment, scored
   * does not meet (0), approaches (1) or fully meets (2) the requirements.
   */
  SDG_5_C_1("5.c.1"),
  /** 11.2.1 — proportion of the population with convenient access to public transport, by sex. */
  SDG_11_2_1("11.2.1"),
  /** 11.7.2 — proportion of persons victim of physical or sexual harassment in the last 12 months, by sex. */
  SDG_11_7_2("11.7.2");

  private final String notation;

  SdgIndicator(String notation) {
    this.notation = notation;
  }

  /** The official notation, such as {@code 5.5.1(b)} or {@code 11.7.2}. */
  public String notation() {
    return notation;
  }

  /** The goal the indicator belongs to: 5 (gender equality) or 11 (sustainable cities). */
  public int goal() {
    return Integer.parseInt(notation.substring(0, notation.indexOf('.')));
  }

  /**
   * The indicator with official notation {@code notation}, such as {@code 5.c.1}.
   *
   * @throws IllegalArgumentException if no listed indicator has that notation
   */
  public static SdgIndicator ofNotation(String notation) {
    Objects.requireNonNull(notation, "notation");
    for (SdgIndicator indicator : values()) {
      if (indicator.notation.equals(notation)) {
        return indicator;
      }
    }
    throw new IllegalArgumentException("not a listed SDG indicator: " + notation
        + "; listed: 5.5.1(b), 5.c.1, 11.2.1, 11.7.2");
  }
}
