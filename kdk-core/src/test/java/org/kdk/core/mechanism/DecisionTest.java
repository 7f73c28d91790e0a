package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class DecisionTest {

  private static ImmutableDecision.Builder minimal(DecisionOutcome outcome) {
    return Decision.builder()
        .id(Id.of("d"))
        .body(DecisionBody.MUNICIPAL_COUNCIL)
        .bodyId(Id.of("meclis"))
        .date(LocalDate.of(2013, 2, 7))
        .subject("Yerel Eşitlik Eylem Planı")
        .outcome(outcome);
  }

  private static final String MINIMAL_JSON_START = "{\"id\":\"d\",\"body\":\"MUNICIPAL_COUNCIL\",\"bodyId\":\"meclis\","
      + "\"date\":\"2013-02-07\",\"subject\":\"Plan\"";

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_decision() {
      String json = assertRoundTrip(Fixtures.decision(), Decision.class);
      assertThat(json).contains("\"number\" : \"2013/45\"")
          .contains("\"votes\" : {\n    \"inFavour\" : 21,\n    \"against\" : 4,\n    \"abstaining\" : 1\n  }")
          .contains("\"voting\" : \"MAJORITY\"");
    }

    @Test
    void round_trips_votes_and_reads_missing_abstentions_as_zero() {
      assertRoundTrip(Votes.of(21, 4, 1), Votes.class);
      assertThat(KdkJson.strict().read("{\"inFavour\":5,\"against\":0}", Votes.class)).isEqualTo(Votes.of(5, 0));
    }

    @Test
    void reports_the_path_of_votes_that_contradict_the_outcome() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"outcome\":\"ADOPTED\",\"votes\":{\"inFavour\":3,\"against\":5}}", Decision.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("votes.inFavour");
            assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("kabul oyu ret oyundan fazla");
          });
    }

    @Test
    void reports_the_path_of_negative_votes() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"outcome\":\"REJECTED\",\"votes\":{\"inFavour\":3,\"against\":-5}}", Decision.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("votes.against");
          });
    }

    @Test
    void reports_an_unknown_body() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"id\":\"d\",\"body\":\"PARLIAMENT\"}", Decision.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("body");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_a_unanimous_decision_with_votes_against() {
      assertThatThrownBy(() -> minimal(DecisionOutcome.ADOPTED).voting(VotingMethod.UNANIMOUS)
          .votes(Votes.of(20, 1)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Decision.votes.against: a unanimous decision cannot have votes against: against=1 (value: 1)");
    }

    @Test
    void accepts_a_unanimous_decision_with_abstentions() {
      assertThat(minimal(DecisionOutcome.ADOPTED).voting(VotingMethod.UNANIMOUS).votes(Votes.of(20, 0, 2)).build()
          .adopted()).isTrue();
    }

    @Test
    void rejects_an_adoption_without_more_votes_in_favour_than_against() {
      assertThatThrownBy(() -> minimal(DecisionOutcome.ADOPTED).votes(Votes.of(10, 10)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Decision.votes.inFavour: an adopted decision needs more votes in favour than against:"
              + " inFavour=10, against=10 (value: 10)");
    }

    @Test
    void accepts_a_rejection_and_a_decision_without_votes() {
      assertThat(minimal(DecisionOutcome.REJECTED).votes(Votes.of(10, 10)).build().adopted()).isFalse();
      assertThat(minimal(DecisionOutcome.ADOPTED).voting(VotingMethod.MAJORITY).build().getVotes()).isEmpty();
    }

    @Test
    void rejects_negative_votes() {
      assertThatThrownBy(() -> Votes.of(1, 0, -1))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Votes.abstaining: abstaining must not be negative (value: -1)");
      assertThatThrownBy(() -> Votes.of(-1, 0))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Votes.inFavour");
    }

    @Test
    void totals_every_vote_cast() {
      assertThat(Votes.of(21, 4, 1).total()).isEqualTo(26);
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_fully_populated_decision_has_no_violations() {
      assertThat(Constraints.violations(Fixtures.decision())).isEmpty();
    }

    @Test
    void reports_blank_subject_and_number() {
      Decision decision = Decision.builder().id(Id.of("d")).body(DecisionBody.MAYOR).bodyId(Id.of("b"))
          .date(LocalDate.of(2013, 1, 1)).subject(" ").outcome(DecisionOutcome.ADOPTED).number("").build();
      assertThat(Constraints.violatedPaths(decision)).containsExactly("number", "subject");
    }
  }
}
