package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/**
 * Plan durumu — where a plan stands in its lifecycle; {@link PlanLifecycle} says which state may follow which.
 *
 * <p>The phase-2 path (DOMAIN §5): situation analysis and problem identification in participatory workshops,
 * drafting with stakeholders, approval by the coordination board, approval by the councils, entry into the
 * institutions' strategic plans, implementation, monitoring and revision.
 */
public enum PlanState implements Labelled {
  /** Durum analizi / sorun tespiti — situation analysis and problem identification. */
  SITUATION_ANALYSIS,
  /** Taslak hazırlama — drafting with stakeholders. */
  DRAFTING,
  /** Koordinasyon kurulu onayı — approved by the coordination board (or its upper tier). */
  BOARD_APPROVED,
  /** Meclis onayı — approved by a council. */
  COUNCIL_APPROVED,
  /** Stratejik plana entegre — written into the institutions' strategic plans and performance programmes. */
  INTEGRATED,
  /** Uygulamada — in implementation. */
  IMPLEMENTING,
  /** İzleme ve değerlendirme — under review. */
  UNDER_REVIEW,
  /** Tamamlandı — completed; terminal. */
  COMPLETED,
  /** İade edildi — returned by an approving body for rework. */
  RETURNED,
  /** Askıya alındı — suspended. */
  SUSPENDED,
  /** Geri çekildi — withdrawn; terminal. */
  WITHDRAWN
}
