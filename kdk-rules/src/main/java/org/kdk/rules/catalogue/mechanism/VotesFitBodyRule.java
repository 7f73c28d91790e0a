package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Optional;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.mechanism.Votes;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-014 — Oylar kurula uygun: a decision's recorded votes, abstentions included, are not more than the
 * voting members of the mechanism that decided (data quality).
 *
 * <p>The body is found by {@code bodyId} among the mechanisms, or among the boards' sub-commissions for a
 * sub-commission's decision. Members are the voting members who held their seat on the decision day; for a board,
 * those of the upper tier for a decision of the upper tier and of the main board otherwise. Decisions of councils
 * and of bodies whose members are not listed are skipped.
 */
public final class VotesFitBodyRule extends CatalogueRule {

  /** The rule. */
  public VotesFitBodyRule() {
    super("KDK-MECH-014", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri kalitesi: oylar üye sayısını aşamaz",
            "Data quality: votes cannot exceed the members"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    List<Decision> decisions = dataset.getDecisions();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      if (decision.getVotes().isEmpty()) {
        continue;
      }
      Optional<Body> body = bodyOf(dataset, decision);
      if (body.isEmpty()) {
        continue;
      }
      long members = Members.votingOn(body.get().members, decision.getDate()).stream()
          .filter(m -> !body.get().board || Members.sitsIn(m,
              decision.getBody() == DecisionBody.COORDINATION_BOARD_UPPER_TIER ? BoardTier.UPPER : BoardTier.MAIN))
          .count();
      Votes votes = decision.getVotes().get();
      if (members > 0 && votes.total() > members) {
        report(context, "decisions[" + i + "].votes", decision.getNumber().orElse(decision.getId().toString()),
            decision.getDate(), votes.total(), votes.getInFavour(), votes.getAgainst(), votes.getAbstaining(),
            body.get().name, members);
      }
    }
  }

  private static Optional<Body> bodyOf(Dataset dataset, Decision decision) {
    Optional<Mechanism> mechanism = dataset.mechanism(decision.getBodyId());
    if (mechanism.isPresent()) {
      return Optional.of(new Body(mechanism.get().getName(), mechanism.get().getMembers(),
          mechanism.get() instanceof CoordinationBoard));
    }
    for (CoordinationBoard board : dataset.getCoordinationBoards()) {
      Optional<SubCommission> sub = board.subCommission(decision.getBodyId());
      if (sub.isPresent()) {
        return Optional.of(new Body(sub.get().getName(), sub.get().getMembers(), false));
      }
    }
    return Optional.empty();
  }

  /** The deciding body's name and members; {@code board} when members sit in tiers. */
  private static final class Body {
    final String name;
    final List<Membership> members;
    final boolean board;

    Body(String name, List<Membership> members, boolean board) {
      this.name = name;
      this.members = members;
      this.board = board;
    }
  }
}
