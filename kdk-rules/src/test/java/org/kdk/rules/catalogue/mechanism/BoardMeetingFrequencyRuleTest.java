package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.meeting;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class BoardMeetingFrequencyRuleTest {
  private final BoardMeetingFrequencyRule rule = new BoardMeetingFrequencyRule();

  /** A board set up on 2012-09-01 that met twice in 2013 and once in 2014. */
  private static Dataset board2012() {
    return Dataset.builder().addCoordinationBoard(board("Örnek İKHKK").establishedOn(LocalDate.of(2012, 9, 1))
        .addMeetings(meeting(LocalDate.of(2012, 12, 14), 40), meeting(LocalDate.of(2013, 3, 1), 30),
            meeting(LocalDate.of(2013, 11, 20), 28), meeting(LocalDate.of(2014, 5, 6), 25),
            meeting(LocalDate.of(2015, 2, 2), 20))
        .build()).build();
  }

  @Test
  void reports_each_full_year_with_too_few_meetings() {
    List<Finding> findings = run(rule, board2012());
    assertThat(findings).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-013", Severity.INFO,
        "coordinationBoards[0].meetings", "Örnek İKHKK", "2014", "1", "2"));
  }

  @Test
  void counts_the_year_of_establishment_only_when_founded_on_the_first_of_january() {
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("K").establishedOn(LocalDate.of(2014, 1, 1))
        .addMeetings(meeting(LocalDate.of(2014, 3, 1), 30)).build()).build();
    assertThat(run(rule, dataset)).extracting(f -> f.getMessage().getTr()).singleElement().asString()
        .contains("2014");
    Dataset second = Dataset.builder().addCoordinationBoard(board("K").establishedOn(LocalDate.of(2014, 1, 2))
        .addMeetings(meeting(LocalDate.of(2014, 3, 1), 30)).build()).build();
    assertThat(run(rule, second)).isEmpty();
  }

  @Test
  void counts_a_year_once_it_has_ended_by_the_validation_day() {
    assertThat(run(rule, board2012(), LocalDate.of(2014, 12, 30))).isEmpty();
    assertThat(run(rule, board2012(), LocalDate.of(2014, 12, 31))).hasSize(1);
  }

  @Test
  void stops_at_dissolution_and_takes_the_establishment_from_the_status_history() {
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("K")
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 5, 1), MechanismStatus.PROPOSED),
            StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ESTABLISHED),
            StatusChange.of(LocalDate.of(2014, 6, 1), MechanismStatus.DISSOLVED))
        .addMeetings(meeting(LocalDate.of(2013, 3, 1), 30)).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-013",
        Severity.INFO, "coordinationBoards[0].meetings", "2013", "1"));
  }

  @Test
  void skips_a_board_with_no_known_establishment() {
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("K")
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 5, 1), MechanismStatus.PROPOSED)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void takes_the_meetings_per_year_from_the_parameter() {
    assertThat(run(rule, board2012(), AS_OF, "meetingsPerYear", 1)).isEmpty();
    assertThat(run(rule, board2012(), AS_OF, "meetingsPerYear", 3)).hasSize(2);
  }
}
