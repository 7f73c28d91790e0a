package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class MeetingAndStatusChangeTest {

  @Nested
  class Meetings {
    @Test
    void round_trips_a_fully_populated_meeting() {
      String json = assertRoundTrip(Fixtures.meeting(), Meeting.class);
      assertThat(json).contains("\"attendance\" : {\n    \"women\" : 31,\n    \"men\" : 16,\n    \"unrecorded\" : 2")
          .contains("\"decisionIds\" : [ \"ornek-karar-1\", \"ornek-karar-2\" ]");
    }

    @Test
    void rejects_a_decision_listed_twice() {
      assertThatThrownBy(() -> Meeting.builder().date(LocalDate.of(2013, 1, 1)).attendance(HeadCount.of(1, 1))
          .addDecisionIds(Id.of("k1"), Id.of("k2"), Id.of("k1")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Meeting.decisionIds[2]: each entry of decisionIds must be unique: k1 appears at [0] and [2]"
              + " (value: k1)");
    }

    @Test
    void rejects_negative_attendance_through_head_count() {
      assertThatThrownBy(() -> KdkJson.strict().read(
          "{\"date\":\"2013-01-01\",\"attendance\":{\"women\":3,\"men\":-2}}", Meeting.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("attendance.men");
          });
    }

    @Test
    void reports_a_missing_attendance() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"date\":\"2013-01-01\"}", Meeting.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("attendance");
          });
    }

    @Test
    void reports_an_impossible_date() {
      assertThatThrownBy(() -> KdkJson.strict().read(
          "{\"date\":\"2013-02-30\",\"attendance\":{\"women\":3,\"men\":2}}", Meeting.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(e.getPath()).isEqualTo("date");
          });
    }

    @Test
    void reports_a_blank_agenda() {
      Meeting meeting = Meeting.builder().date(LocalDate.of(2013, 1, 1)).attendance(HeadCount.of(1, 1))
          .agenda(" ").build();
      assertThat(Constraints.violatedPaths(meeting)).containsExactly("agenda");
      assertThat(Constraints.violations(Fixtures.meeting())).isEmpty();
    }
  }

  @Nested
  class StatusChanges {
    @Test
    void round_trips_a_fully_populated_status_change() {
      assertThat(assertRoundTrip(Fixtures.statusChange(), StatusChange.class))
          .isEqualTo("{\n  \"date\" : \"2012-09-01\",\n  \"status\" : \"ESTABLISHED\",\n"
              + "  \"decisionId\" : \"ornek-kurul-kurulus\",\n  \"reason\" : \"Taahhütname gereği kuruldu\"\n}\n");
    }

    @Test
    void reports_an_unknown_status() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"date\":\"2013-01-01\",\"status\":\"CLOSED\"}",
          StatusChange.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("status");
            assertThat(e.getDetail()).contains("PROPOSED, ESTABLISHED, ACTIVE, DORMANT, DISSOLVED");
          });
    }

    @Test
    void reports_a_blank_reason() {
      StatusChange change = StatusChange.builder().date(LocalDate.of(2013, 1, 1)).status(MechanismStatus.DORMANT)
          .reason("").build();
      assertThat(Constraints.violatedPaths(change)).containsExactly("reason");
    }
  }
}
