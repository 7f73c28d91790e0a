package org.kdk.rules.lifecycle;

import org.kdk.core.plan.LifecycleEvent;

/** Whether an event gives a reason: a blank one (which the field constraints report) does not count. */
final class Reasons {
  private Reasons() {}

  static boolean given(LifecycleEvent event) {
    return event.getReason().filter(reason -> !reason.isBlank()).isPresent();
  }
}
