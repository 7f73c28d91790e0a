package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The mechanism rules of the catalogue, in id order. */
public final class MechanismRules {
  private MechanismRules() {}

  /** New instances of every mechanism rule, in id order. */
  public static List<Rule> all() {
    return List.of(
        new MunicipalCommissionSizeRule(),
        new ProvincialCommissionSizeRule(),
        new CommissionTermRule(),
        new CommissionRecordRule(),
        new ProportionalSeatsRule(),
        new QuorumRule(),
        new SpecialProvincialAdministrationRule(),
        new WomensNgoOnBoardRule(),
        new SubCommissionOutsidersRule(),
        new SubCommissionOfficersRule(),
        new DormantInFactRule(),
        new AdvisorsDoNotVoteRule(),
        new BoardMeetingFrequencyRule(),
        new VotesFitBodyRule(),
        new SingleChairRule());
  }
}
