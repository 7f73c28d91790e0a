package org.kdk.rules.catalogue.duty;

import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;

/**
 * Who the law obliges: metropolitan municipalities always, others by their recorded population. A municipality
 * whose population is not recorded is obliged only when it is metropolitan. Stateless.
 */
final class Duties {
  private Duties() {}

  /** Shelters for women and children: metropolitan, or more than {@code above} people (Law 5393 art. 14(a)). */
  static boolean mustRunShelters(Municipality municipality, long above) {
    return municipality.getType() == MunicipalityType.METROPOLITAN
        || municipality.getPopulation().isPresent() && municipality.getPopulation().getAsLong() > above;
  }

  /** A strategic plan: metropolitan, or {@code from} people or more (Law 5393 art. 41, Law 5018 art. 9). */
  static boolean mustHaveStrategicPlan(Municipality municipality, long from) {
    return municipality.getType() == MunicipalityType.METROPOLITAN || municipality.hasPopulationOfAtLeast(from);
  }

  /** The population for a message: the number, or "unknown" in the message's language. */
  static Object population(Municipality municipality) {
    return municipality.getPopulation().isPresent() ? (Object) municipality.getPopulation().getAsLong()
        : RuleText.phrase("population.unknown");
  }
}
