package org.kdk.rules.catalogue.duty;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The duty rules of the catalogue, in id order. */
public final class DutyRules {
  private DutyRules() {}

  /** New instances of every duty rule, in id order. */
  public static List<Rule> all() {
    return List.of(
        new ShelterDutyRule(),
        new StrategicPlanDutyRule(),
        new DutyRecordsRule(),
        new CommitmentCarriedOutRule());
  }
}
