package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;

/**
 * Mardin's facts from the domain brief (§6) in this package's types: a coordination board for TR-47 with an
 * upper tier, whose upper tier adopted the Local Equality Strategic Plan by majority vote on 6 August 2014.
 *
 * <p>The ids are this test's own; the vote counts, the decision number and the board's founding date are not in
 * the brief, so they are left out rather than invented.
 */
class MardinTest {

  private static final Id BOARD = Id.of("mardin-ikhkk");

  static CoordinationBoard board() {
    return CoordinationBoard.builder()
        .id(BOARD)
        .name("Mardin İl Kadın Hakları Koordinasyon Kurulu")
        .provinceCode("TR-47")
        .hostInstitutionId(Id.of("mardin-valilik"))
        .addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .build();
  }

  static Decision strategicPlanAdoption() {
    return Decision.builder()
        .id(Id.of("mardin-yesp-kabul-2014"))
        .body(DecisionBody.COORDINATION_BOARD_UPPER_TIER)
        .bodyId(BOARD)
        .date(LocalDate.of(2014, 8, 6))
        .subject("Mardin Yerel Eşitlik Stratejik Planı (yerel eşitlik eylem planı dahil)")
        .outcome(DecisionOutcome.ADOPTED)
        .voting(VotingMethod.MAJORITY)
        .build();
  }

  @Test
  void expresses_a_board_with_an_upper_tier_for_mardin() {
    CoordinationBoard board = board();
    assertThat(board.hasUpperTier()).isTrue();
    assertThat(board.getProvinceCode()).isEqualTo("TR-47");
    assertThat(board.isIllustrative()).isFalse();
    assertThat(Constraints.violations(board)).isEmpty();
    assertThat(assertRoundTrip(board, CoordinationBoard.class))
        .contains("\"provinceCode\" : \"TR-47\"")
        .contains("\"tiers\" : [ \"MAIN\", \"UPPER\" ]");
  }

  @Test
  void expresses_the_upper_tier_adopting_the_plan_by_majority_on_6_august_2014() {
    Decision decision = strategicPlanAdoption();
    assertThat(decision.adopted()).isTrue();
    assertThat(decision.getVoting()).contains(VotingMethod.MAJORITY);
    assertThat(decision.getBodyId()).isEqualTo(board().getId());
    assertThat(decision.getBody().getDisplayName(Locale.forLanguageTag("tr-TR"))).isEqualTo("Üst Kurul");
    assertThat(Constraints.violations(decision)).isEmpty();
    assertThat(assertRoundTrip(decision, Decision.class))
        .contains("\"body\" : \"COORDINATION_BOARD_UPPER_TIER\"")
        .contains("\"date\" : \"2014-08-06\"")
        .contains("\"outcome\" : \"ADOPTED\"")
        .contains("\"voting\" : \"MAJORITY\"")
        .doesNotContain("votes");
  }

  @Test
  void lets_a_member_sit_in_the_upper_tier() {
    CoordinationBoard board = ImmutableCoordinationBoard.copyOf(board())
        .withMembers(Membership.builder().institutionId(Id.of("mardin-valilik")).role(MemberRole.CHAIR)
            .tier(BoardTier.UPPER).build());
    assertThat(board.getMembers()).singleElement().extracting(m -> m.getTier().orElseThrow())
        .isEqualTo(BoardTier.UPPER);
  }
}
