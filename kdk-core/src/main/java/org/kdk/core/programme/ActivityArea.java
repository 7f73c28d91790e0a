package org.kdk.core.programme;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.kdk.core.i18n.Labelled;

/**
 * Faaliyet alanı — one of the eight activity areas of phase 2, in the order of the programme page.
 *
 * <p>Each area names the {@linkplain #expectedResults() expected results it mainly serves}. The programme page
 * lists areas and results side by side without linking them: the links are this library's own reading, made only
 * where an area and a result name the same subject (NGO capacity, local mechanisms, neighbourhood work,
 * legislation…). Where no such link is evident (A1, A6) the set is empty rather than guessed.
 */
public enum ActivityArea implements Labelled {
  /** İl Durum Analizi — provincial situation analysis. */
  A1(),
  /** Yerel kurumların kapasitelerinin güçlendirilmesi — serves R1, strengthening local administrations and ministries' provincial offices. */
  A2(ExpectedResult.R1),
  /** Kadın STK'larının kapasitelerinin artırılması — serves R5, NGO capacity on gender and advocacy. */
  A3(ExpectedResult.R5),
  /**
   * Yerel mekanizmaların kurulması — the coordination board, equality units (governorship, special provincial
   * administration, municipality) and equality commissions (municipal and provincial council); serves R6,
   * participatory mechanisms.
   */
  A4(ExpectedResult.R6),
  /**
   * Yerel eşitlik eylem planlarının oluşturulması — problem identification, drafting with local stakeholders,
   * approval by local councils and entry into strategic plans; serves R2, gender-sensitive strategic planning and
   * budgeting.
   */
  A5(ExpectedResult.R2),
  /** Yerel eşitlik eylem planlarının uygulanması — implementation with grants and development agency support. */
  A6(),
  /**
   * Halkın bilgilendirilmesi — women's organising at neighbourhood level and national events; serves R3
   * (neighbourhood level) and R4 (awareness).
   */
  A7(ExpectedResult.R3, ExpectedResult.R4),
  /** Ulusal düzeyde mevzuat çalışmaları — legislative work at national level; serves R8, proposals for legal change. */
  A8(ExpectedResult.R8);

  private final Set<ExpectedResult> expectedResults;

  ActivityArea(ExpectedResult... results) {
    EnumSet<ExpectedResult> set = EnumSet.noneOf(ExpectedResult.class);
    Collections.addAll(set, results);
    this.expectedResults = Collections.unmodifiableSet(set);
  }

  /**
   * The expected results this area mainly serves, in result order; empty where the programme page gives no
   * evident link (this library's reading, see the type's documentation).
   */
  public Set<ExpectedResult> expectedResults() {
    return expectedResults;
  }

  /** Whether this area mainly serves {@code result}. */
  public boolean serves(ExpectedResult result) {
    return expectedResults.contains(result);
  }
}
