package org.kdk.core.programme;

import org.kdk.core.i18n.Labelled;

/**
 * Taahhüt maddesi — one of the eight items of the Official Commitment (Taahhütname) each phase-2 province signed.
 *
 * <p>The order is the order in which the domain brief lists them. The brief gives the items in English only: the
 * Turkish labels are this library's wording in the glossary's terms, not a quotation of the signed text.
 */
public enum CommitmentItem implements Labelled {
  /** Set up the provincial women's rights coordination board (İKHKK). */
  COORDINATION_BOARD,
  /** Set up equality commissions in the municipal council and the provincial council. */
  EQUALITY_COMMISSIONS,
  /** Set up equality units in the municipality and the governorship. */
  EQUALITY_UNITS,
  /** Prepare a local equality action plan with stakeholders and monitor it. */
  ACTION_PLAN,
  /** Prepare budgets gender-sensitively. */
  GENDER_SENSITIVE_BUDGETING,
  /** Cooperate with women's organisations. */
  COOPERATION_WITH_WOMENS_ORGANISATIONS,
  /** Run awareness activities. */
  AWARENESS_ACTIVITIES,
  /** Support the programme with facilities and staff. */
  FACILITIES_AND_STAFF
}
