package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/**
 * Toplumsal cinsiyet eşitliği işareti — the OECD DAC gender equality policy marker of an action: how far gender
 * equality is its objective.
 *
 * <p>Written in JSON by constant name ({@code "PRINCIPAL"}), never by score; {@link #score()} gives the DAC score
 * 0, 1 or 2 for reports and donor exchange.
 */
public enum GenderMarker implements Labelled {
  /** Hedeflenmemiş — gender equality is not targeted (score 0). */
  NOT_TARGETED(0),
  /** Önemli — gender equality is an important and deliberate, but secondary, objective (score 1). */
  SIGNIFICANT(1),
  /** Temel — gender equality is the main objective (score 2). */
  PRINCIPAL(2);

  private final int score;

  GenderMarker(int score) {
    this.score = score;
  }

  /** The OECD DAC score: 0, 1 or 2. */
  public int score() {
    return score;
  }

  /**
   * The marker with the OECD DAC score {@code score}.
   *
   * @throws IllegalArgumentException if the score is not 0, 1 or 2
   */
  public static GenderMarker ofScore(int score) {
    for (GenderMarker marker : values()) {
      if (marker.score == score) {
        return marker;
      }
    }
    throw new IllegalArgumentException("gender marker score must be 0, 1 or 2: " + score);
  }
}
