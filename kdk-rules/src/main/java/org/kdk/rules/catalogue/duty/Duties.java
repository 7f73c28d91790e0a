package org.kdk.rules.catalogue.duty;

import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.rule.RuleParameter;

/**
 * Who the law obliges: metropolitan municipalities always, others by their recorded population. A municipality
 * whose population is not recorded is obliged only when it is metropolitan. The population thresholds are declared
 * here once, for every duty rule that takes them as a parameter. Stateless.
 */
final class Duties {
  private Duties() {}

  /** The population above which a municipality must run shelters (100,000), as the parameter {@code name}. */
  static RuleParameter shelterThreshold(String name) {
    return RuleParameter.of(name, 100_000, "Bu nüfusun üzerindeki belediyeler konukevi açar (kişi)",
        "Municipalities above this population must open shelters (people)");
  }

  /** The population from which a municipality must have a strategic plan (50,000), as the parameter {@code name}. */
  static RuleParameter strategicPlanThreshold(String name) {
    return RuleParameter.of(name, 50_000, "Bu nüfus ve üzerindeki belediyeler stratejik plan yapar (kişi)",
        "Municipalities of this population or more must have a strategic plan (people)");
  }

  /** Shelters for women and children: metropolitan, or more than {@code above} people (Law 5393 art. 14(a)). */
  static boolean mustRunShelters(Municipality municipality, long above) {
    return municipality.getType() == MunicipalityType.METROPOLITAN
        || municipality.getPopulation().isPresent() && municipality.getPopulation().getAsLong() > above;
  }

  /** A strategic plan: metropolitan, or {@code from} people or more (Law 5393 art. 41, Law 5018 art. 9). */
  static boolean mustHaveStrategicPlan(Municipality municipality, long from) {
    return municipality.getType() == MunicipalityType.METROPOLITAN || municipality.hasPopulationOfAtLeast(from);
  }

  /** The population for a message: the number, or {@code unknown} (the rule's phrase for it). */
  static Object population(Municipality municipality, LocalizedText unknown) {
    return municipality.getPopulation().isPresent() ? (Object) municipality.getPopulation().getAsLong() : unknown;
  }
}
