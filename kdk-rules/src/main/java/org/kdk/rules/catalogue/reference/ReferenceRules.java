package org.kdk.rules.catalogue.reference;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The reference rules of the catalogue, in id order. */
public final class ReferenceRules {
  private ReferenceRules() {}

  /** New instances of every reference rule, in id order. */
  public static List<Rule> all() {
    return List.of(
        new ReferencesResolveRule(),
        new UniqueIdsRule(),
        new NoCircularReferencesRule(),
        new SameProvinceRule(),
        new ProvinceCodesResolveRule());
  }
}
