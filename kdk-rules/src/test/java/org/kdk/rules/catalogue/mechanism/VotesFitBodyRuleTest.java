package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.members;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.subCommission;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.Votes;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Severity;

class VotesFitBodyRuleTest {
  private static final LocalDate DAY = LocalDate.of(2014, 8, 6);
  private final VotesFitBodyRule rule = new VotesFitBodyRule();

  private static Decision decision(DecisionBody body, String bodyId, Votes votes) {
    return Decision.builder().id(Id.of("karar-1")).body(body).bodyId(Id.of(bodyId)).number("2014/12").date(DAY)
        .subject("Yerel Eşitlik Eylem Planı").outcome(DecisionOutcome.ADOPTED).votes(votes).build();
  }

  private static Dataset commissionDeciding(Votes votes) {
    return Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
            .addAllMembers(councillors(COUNCIL, 5)).build())
        .addDecisions(decision(DecisionBody.EQUALITY_COMMISSION, "komisyon", votes)).build();
  }

  @Test
  void accepts_as_many_votes_as_voting_members() {
    assertThat(run(rule, commissionDeciding(Votes.of(4, 1)))).isEmpty();
    assertThat(run(rule, commissionDeciding(Votes.of(3, 0, 1)))).isEmpty();
  }

  @Test
  void rejects_more_votes_than_voting_members() {
    assertThat(run(rule, commissionDeciding(Votes.of(5, 0, 1)))).singleElement().satisfies(f -> assertFinding(f,
        "KDK-MECH-014", Severity.ERROR, "decisions[0].votes", "2014/12", "2014-08-06", "6", "Örnek Eşitlik Komisyonu",
        "5"));
  }

  @Test
  void counts_the_upper_tier_for_a_decision_of_the_upper_tier() {
    ImmutableMembership upper = ImmutableMembership.copyOf(members("ust", 1, false).get(0)).withTier(BoardTier.UPPER);
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("Mardin İKHKK")
            .addTiers(BoardTier.MAIN, BoardTier.UPPER).addAllMembers(members("kurum", 30, false))
            .addMembers(upper, upper.withInstitutionId(Id.of("ust-2")), upper.withInstitutionId(Id.of("ust-3")))
            .build())
        .addDecisions(decision(DecisionBody.COORDINATION_BOARD_UPPER_TIER, "kurul", Votes.of(3, 1)))
        .build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-014",
        Severity.ERROR, "decisions[0].votes", "4", "Mardin İKHKK", "3"));
    Dataset main = ImmutableDataset.copyOf(dataset).withDecisions(
        decision(DecisionBody.COORDINATION_BOARD, "kurul", Votes.of(25, 5)));
    assertThat(run(rule, main)).isEmpty();
  }

  @Test
  void finds_a_sub_commission_among_the_boards() {
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("K")
            .addSubCommissions(subCommission("Erken Evlilik Alt Komisyonu").addAllMembers(members("u", 4, false))
                .build()).build())
        .addDecisions(decision(DecisionBody.SUB_COMMISSION, "alt-komisyon", Votes.of(5, 0)))
        .build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-014",
        Severity.ERROR, "decisions[0].votes", "Erken Evlilik Alt Komisyonu", "5", "4"));
  }

  @Test
  void counts_members_seated_on_the_decision_day() {
    ImmutableMembership former = ImmutableMembership.copyOf(MechanismFixtures.councillor(COUNCIL, 7))
        .withTerm(DateRange.ofYears(2010, 2012));
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K")
            .addAllMembers(councillors(COUNCIL, 3)).addMembers(former).build())
        .addDecisions(decision(DecisionBody.EQUALITY_COMMISSION, "komisyon", Votes.of(4, 0))).build();
    assertThat(run(rule, dataset)).hasSize(1);
  }

  @Test
  void skips_councils_bodies_without_members_and_decisions_without_votes() {
    Dataset council = Dataset.builder()
        .addDecisions(decision(DecisionBody.MUNICIPAL_COUNCIL, "ornek-belediye-meclisi", Votes.of(30, 1))).build();
    assertThat(run(rule, council)).isEmpty();
    Dataset empty = Dataset.builder().addEqualityCommission(commission("K").build())
        .addDecisions(decision(DecisionBody.EQUALITY_COMMISSION, "komisyon", Votes.of(30, 1))).build();
    assertThat(run(rule, empty)).isEmpty();
    Dataset noVotes = Dataset.builder().addEqualityCommission(commission("K").addAllMembers(councillors(COUNCIL, 3))
        .build()).addDecisions(Decision.builder().id(Id.of("k")).body(DecisionBody.EQUALITY_COMMISSION)
            .bodyId(Id.of("komisyon")).date(DAY).subject("S").outcome(DecisionOutcome.ADOPTED).build()).build();
    assertThat(run(rule, noVotes)).isEmpty();
  }

  @Test
  void names_a_decision_without_number_by_its_id() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K").addAllMembers(councillors(COUNCIL, 3))
        .build()).addDecisions(Decision.builder().id(Id.of("komisyon-karari-9")).body(DecisionBody.EQUALITY_COMMISSION)
            .bodyId(Id.of("komisyon")).date(DAY).subject("S").outcome(DecisionOutcome.ADOPTED).votes(Votes.of(4, 0))
            .build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-014",
        Severity.ERROR, "decisions[0].votes", "komisyon-karari-9", "4", "3"));
  }
}
