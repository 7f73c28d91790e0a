package org.kdk.core.activity;

import org.kdk.core.i18n.Labelled;

/** Eğitim konusu — what a training taught. */
public enum TrainingTopic implements Labelled {
  /** Toplumsal cinsiyet eşitliği. */
  GENDER_EQUALITY,
  /** Toplumsal cinsiyete duyarlı bütçeleme. */
  GENDER_RESPONSIVE_BUDGETING,
  /** Cinsiyete göre ayrıştırılmış veri — the programme trained 47 experts in it. */
  SEX_DISAGGREGATED_DATA,
  /** Stratejik planlama. */
  STRATEGIC_PLANNING,
  /** Kadına yönelik şiddetin önlenmesi. */
  VIOLENCE_PREVENTION,
  /** Savunuculuk — advocacy, as in the NGO capacity work of expected result R5. */
  ADVOCACY,
  /** Diğer — any other topic. */
  OTHER
}
