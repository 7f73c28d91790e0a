package org.kdk.rules.catalogue.reference;

import java.util.Map;
import org.kdk.core.activity.AwarenessEvent;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.LegislativeProposal;
import org.kdk.core.activity.NeighbourhoodWomensOrganisation;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.Neighbourhood;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.Problem;
import org.kdk.core.plan.Target;
import org.kdk.core.programme.Commitment;
import org.kdk.core.value.LocalizedText;

/**
 * Kayıt türü — the kind of an object with an id of its own, found from its model type, with its name in
 * Turkish and English ({@code kind.<NAME>} in this package's rule texts). Objects of types added to the model
 * later are {@link #OTHER}.
 */
enum Kind {
  INSTITUTION,
  MUNICIPALITY,
  NEIGHBOURHOOD,
  COMMITMENT,
  COORDINATION_BOARD,
  SUB_COMMISSION,
  EQUALITY_UNIT,
  EQUALITY_COMMISSION,
  MEETING,
  DECISION,
  PLAN,
  PROBLEM,
  AIM,
  TARGET,
  ACTION,
  INDICATOR,
  CONSULTATION,
  GRANT_SCHEME,
  GRANT_PROJECT,
  TRAINING,
  AWARENESS_EVENT,
  NEIGHBOURHOOD_ORGANISATION,
  LEGISLATIVE_PROPOSAL,
  OTHER;

  private static final Texts TEXTS = Texts.of(Kind.class, "Rules");

  private static final Map<Class<?>, Kind> BY_TYPE = Map.ofEntries(
      Map.entry(Institution.class, INSTITUTION),
      Map.entry(Municipality.class, MUNICIPALITY),
      Map.entry(Neighbourhood.class, NEIGHBOURHOOD),
      Map.entry(Commitment.class, COMMITMENT),
      Map.entry(CoordinationBoard.class, COORDINATION_BOARD),
      Map.entry(SubCommission.class, SUB_COMMISSION),
      Map.entry(EqualityUnit.class, EQUALITY_UNIT),
      Map.entry(EqualityCommission.class, EQUALITY_COMMISSION),
      Map.entry(Meeting.class, MEETING),
      Map.entry(Decision.class, DECISION),
      Map.entry(ActionPlan.class, PLAN),
      Map.entry(Problem.class, PROBLEM),
      Map.entry(Aim.class, AIM),
      Map.entry(Target.class, TARGET),
      Map.entry(Action.class, ACTION),
      Map.entry(Indicator.class, INDICATOR),
      Map.entry(Consultation.class, CONSULTATION),
      Map.entry(GrantScheme.class, GRANT_SCHEME),
      Map.entry(GrantProject.class, GRANT_PROJECT),
      Map.entry(Training.class, TRAINING),
      Map.entry(AwarenessEvent.class, AWARENESS_EVENT),
      Map.entry(NeighbourhoodWomensOrganisation.class, NEIGHBOURHOOD_ORGANISATION),
      Map.entry(LegislativeProposal.class, LEGISLATIVE_PROPOSAL));

  /** The kind of objects of model type {@code type}. */
  static Kind of(Class<?> type) {
    return BY_TYPE.getOrDefault(type, OTHER);
  }

  /** The kind's name in both languages, such as {@code kurum} / {@code institution}. */
  LocalizedText label() {
    return word("kind." + name());
  }

  /** The word {@code key} of this package's rule texts ({@code kind.…}, {@code target.…}) in both languages. */
  static LocalizedText word(String key) {
    return LocalizedText.of(TEXTS.get(key, Language.TR), TEXTS.get(key, Language.EN));
  }
}
