package org.kdk.rules.catalogue.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kdk.core.value.LocalizedText;

/**
 * Başvuru hedefi — what kind of object a reference property must name, found from the property's name: the table
 * of KDK-REF-001. Names the table does not know accept an object of any kind, so that fields added to the model
 * later are still checked for existence.
 *
 * <p>Indicators, targets and aims are parts of a plan: a reference to one of them from inside a plan must name a
 * part of the same plan. Actions may be named from anywhere, and from any plan.
 */
enum ReferenceTarget {
  INSTITUTION(false, Kind.INSTITUTION),
  MUNICIPALITY(false, Kind.MUNICIPALITY),
  NEIGHBOURHOOD(false, Kind.NEIGHBOURHOOD),
  DECISION(false, Kind.DECISION),
  GRANT_SCHEME(false, Kind.GRANT_SCHEME),
  PLAN(false, Kind.PLAN),
  ACTION(false, Kind.ACTION),
  EQUALITY_UNIT(false, Kind.EQUALITY_UNIT),
  INDICATOR(true, Kind.INDICATOR),
  TARGET(true, Kind.TARGET),
  AIM(true, Kind.AIM),
  /** The body that took a decision: a mechanism, one of the board's sub-commissions, or a council institution. */
  BODY(false, Kind.COORDINATION_BOARD, Kind.EQUALITY_UNIT, Kind.EQUALITY_COMMISSION, Kind.SUB_COMMISSION,
      Kind.INSTITUTION),
  /** Who took a step of a plan's lifecycle: a mechanism or an institution. */
  ACTOR(false, Kind.COORDINATION_BOARD, Kind.EQUALITY_UNIT, Kind.EQUALITY_COMMISSION, Kind.INSTITUTION),
  /** A property the table does not know: any object with that id. */
  ANY(false, Kind.values());

  private static final Map<String, ReferenceTarget> BY_NAME = Map.ofEntries(
      Map.entry("institutionId", INSTITUTION),
      Map.entry("parentId", INSTITUTION),
      Map.entry("decisionId", DECISION),
      Map.entry("municipalityId", MUNICIPALITY),
      Map.entry("successorId", MUNICIPALITY),
      Map.entry("neighbourhoodId", NEIGHBOURHOOD),
      Map.entry("schemeId", GRANT_SCHEME),
      Map.entry("actionId", ACTION),
      Map.entry("indicatorId", INDICATOR),
      Map.entry("targetId", TARGET),
      Map.entry("aimId", AIM),
      Map.entry("secretariatUnitId", EQUALITY_UNIT),
      Map.entry("planId", PLAN),
      Map.entry("upgradedFromPlanId", PLAN),
      Map.entry("bodyId", BODY),
      Map.entry("actorId", ACTOR));

  private static final Map<String, ReferenceTarget> CACHE = new ConcurrentHashMap<>();

  private final boolean planScoped;
  private final Set<Kind> kinds;

  ReferenceTarget(boolean planScoped, Kind... kinds) {
    this.planScoped = planScoped;
    this.kinds = EnumSet.noneOf(Kind.class);
    this.kinds.addAll(Arrays.asList(kinds));
  }

  /**
   * The target of the reference property {@code property}, such as {@link #INSTITUTION} for
   * {@code cooperatingInstitutionIds}: by the table, else by the ending ({@code …InstitutionId},
   * {@code …DecisionId}, {@code …MunicipalityId}, {@code …PlanId}), else {@link #ANY}.
   */
  static ReferenceTarget forProperty(String property) {
    Objects.requireNonNull(property, "property");
    return CACHE.computeIfAbsent(property, ReferenceTarget::lookUp);
  }

  private static ReferenceTarget lookUp(String property) {
    String name = property.endsWith("Ids") ? property.substring(0, property.length() - 1) : property;
    ReferenceTarget exact = BY_NAME.get(name);
    if (exact != null) {
      return exact;
    }
    if (name.endsWith("InstitutionId")) {
      return INSTITUTION;
    }
    if (name.endsWith("DecisionId")) {
      return DECISION;
    }
    if (name.endsWith("MunicipalityId")) {
      return MUNICIPALITY;
    }
    if (name.endsWith("PlanId")) {
      return PLAN;
    }
    return ANY;
  }

  /** Whether an object of {@code kind} may be named. */
  boolean accepts(Kind kind) {
    return kinds.contains(kind);
  }

  /** Whether a reference from inside a plan must name a part of the same plan. */
  boolean isPlanScoped() {
    return planScoped;
  }

  /** What is expected, in both languages: {@code karar} / {@code decision}. */
  LocalizedText label() {
    return kinds.size() == 1 ? kinds.iterator().next().label() : Kind.word("target." + name());
  }
}
