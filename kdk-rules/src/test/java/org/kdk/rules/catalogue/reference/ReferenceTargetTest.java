package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceTargetTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "responsibleInstitutionId, INSTITUTION",
      "cooperatingInstitutionIds, INSTITUTION",
      "signatoryInstitutionIds, INSTITUTION",
      "institutionIds, INSTITUTION",
      "parentId, INSTITUTION",
      "decisionId, DECISION",
      "decisionIds, DECISION",
      "foundingDecisionId, DECISION",
      "approvingDecisionId, DECISION",
      "municipalityId, MUNICIPALITY",
      "successorId, MUNICIPALITY",
      "neighbourhoodId, NEIGHBOURHOOD",
      "schemeId, GRANT_SCHEME",
      "actionIds, ACTION",
      "indicatorIds, INDICATOR",
      "indicatorId, INDICATOR",
      "targetId, TARGET",
      "aimId, AIM",
      "secretariatUnitId, EQUALITY_UNIT",
      "upgradedFromPlanId, PLAN",
      "bodyId, BODY",
      "actorId, ACTOR",
      "somethingNewId, ANY"})
  void maps_property_names_to_targets(String property, ReferenceTarget target) {
    assertThat(ReferenceTarget.forProperty(property)).isEqualTo(target);
  }

  @Test
  void scopes_only_indicators_targets_and_aims_to_their_plan() {
    assertThat(ReferenceTarget.values()).filteredOn(ReferenceTarget::isPlanScoped)
        .containsExactlyInAnyOrder(ReferenceTarget.INDICATOR, ReferenceTarget.TARGET, ReferenceTarget.AIM);
  }

  @Test
  void accepts_sub_commissions_as_deciding_bodies_but_not_as_actors() {
    assertThat(ReferenceTarget.BODY.accepts(Kind.SUB_COMMISSION)).isTrue();
    assertThat(ReferenceTarget.ACTOR.accepts(Kind.SUB_COMMISSION)).isFalse();
    assertThat(ReferenceTarget.ANY.accepts(Kind.OTHER)).isTrue();
  }

  @Test
  void labels_every_target_and_kind_in_both_languages() {
    for (ReferenceTarget target : ReferenceTarget.values()) {
      assertThat(target.label().getEn()).isPresent();
      assertThat(target.label().getTr()).isNotBlank();
    }
    for (Kind kind : Kind.values()) {
      assertThat(kind.label().get(Locale.ENGLISH)).isNotBlank().doesNotContain("kind.");
    }
    assertThat(ReferenceTarget.DECISION.label().get(Locale.forLanguageTag("tr"))).isEqualTo("karar");
  }
}
