package org.kdk.reporting.report;

import org.kdk.core.i18n.Labelled;

/** Yasal yükümlülük — a legal duty of municipalities the scorecard reports on. */
public enum Duty implements Labelled {
  /** Kadın ve çocuk konukevi — shelters, metropolitan or above 100,000 people (Law 5393 art. 14(a)). */
  SHELTER,
  /** Stratejik plan — metropolitan or 50,000 people and more (Law 5393 art. 41, Law 5018 art. 9). */
  STRATEGIC_PLAN
}
