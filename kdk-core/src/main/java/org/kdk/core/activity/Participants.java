package org.kdk.core.activity;

import java.util.List;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.people.HeadCount;

/** The one place where this package sums participant groups, so that trainings and events count alike. */
final class Participants {
  private Participants() {}

  /** The women, men and unrecorded people of all {@code groups} together; nobody for no groups. */
  static HeadCount total(List<ParticipantGroup> groups) {
    HeadCount total = HeadCount.none();
    for (ParticipantGroup group : groups) {
      total = total.plus(group.getCount());
    }
    return total;
  }
}
