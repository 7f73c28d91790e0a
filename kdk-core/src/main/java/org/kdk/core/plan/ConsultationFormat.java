package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/** Danışma biçimi — how stakeholders were consulted while a plan was prepared or reviewed. */
public enum ConsultationFormat implements Labelled {
  /** Çalıştay — a participatory workshop, the programme's usual way of drafting a plan. */
  WORKSHOP,
  /** Toplantı — a meeting. */
  MEETING,
  /** Anket — a survey. */
  SURVEY,
  /** Halka açık toplantı — a meeting open to the public. */
  PUBLIC_HEARING
}
