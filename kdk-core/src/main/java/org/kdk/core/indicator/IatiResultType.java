package org.kdk.core.indicator;

import org.kdk.core.i18n.Labelled;

/**
 * Sonuç türü — the IATI result type an indicator reports on, for donor reporting (IATI ResultType codelist).
 */
public enum IatiResultType implements Labelled {
  /** Çıktı — what the programme delivered directly, such as people trained (IATI code 1). */
  OUTPUT(1),
  /** Sonuç — the change the outputs bring about, such as plans adopted and funded (IATI code 2). */
  OUTCOME(2),
  /** Etki — the long-term change in women's lives, such as seats held or harassment suffered (IATI code 3). */
  IMPACT(3);

  private final int iatiCode;

  IatiResultType(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The IATI ResultType code: 1 output, 2 outcome, 3 impact. */
  public int toIatiCode() {
    return iatiCode;
  }

  /**
   * The result type with IATI code {@code code}.
   *
   * @throws IllegalArgumentException if the code is not 1, 2 or 3
   */
  public static IatiResultType ofIatiCode(int code) {
    for (IatiResultType type : values()) {
      if (type.iatiCode == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("IATI result type code must be 1, 2 or 3: " + code);
  }
}
