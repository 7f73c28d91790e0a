package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.meeting;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.rules.finding.Severity;

class DormantInFactRuleTest {
  private static final StatusChange ACTIVE_2012 = StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE);
  private final DormantInFactRule rule = new DormantInFactRule();

  private static Dataset boardWithLastMeeting(LocalDate last) {
    return Dataset.builder().addCoordinationBoard(board("Örnek İKHKK").addStatusHistory(ACTIVE_2012)
        .addMeetings(meeting(LocalDate.of(2013, 3, 1), 30), meeting(last, 25)).build()).build();
  }

  @Test
  void accepts_a_meeting_exactly_twelve_months_before() {
    assertThat(run(rule, boardWithLastMeeting(LocalDate.of(2014, 6, 30)))).isEmpty();
  }

  @Test
  void warns_one_day_past_twelve_months() {
    assertThat(run(rule, boardWithLastMeeting(LocalDate.of(2014, 6, 29)))).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-011", Severity.WARNING, "coordinationBoards[0].meetings", "Örnek İKHKK",
          "2014-06-29", "2015-06-30", "12");
      assertThat(f.getMessage().get(Language.EN)).contains("Active");
      assertThat(f.getMessage().get(Language.TR)).contains("Faal");
    });
  }

  @Test
  void measures_from_the_establishment_when_no_meeting_is_recorded() {
    Dataset dataset = Dataset.builder().addEqualityUnit(unit("Örnek Eşitlik Birimi", "TR-16", UnitHost.MUNICIPALITY)
        .establishedOn(LocalDate.of(2014, 1, 15))
        .addStatusHistory(StatusChange.of(LocalDate.of(2014, 1, 15), MechanismStatus.ESTABLISHED)).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-011", Severity.WARNING, "equalityUnits[0].meetings", "Örnek Eşitlik Birimi",
          "2014-01-15", "17");
      assertThat(f.getMessage().get(Language.EN)).contains("no meeting").contains("Established");
      assertThat(f.getMessage().get(Language.TR)).contains("Kuruldu");
    });
  }

  @Test
  void measures_from_the_first_status_change_without_an_establishment_date() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K").addStatusHistory(ACTIVE_2012)
        .build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-011",
        Severity.WARNING, "equalityCommissions[0].meetings", "2012-09-01", "33"));
  }

  @Test
  void ignores_meetings_after_the_validation_day() {
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("Örnek İKHKK").addStatusHistory(ACTIVE_2012)
        .addMeetings(meeting(LocalDate.of(2013, 3, 1), 30), meeting(LocalDate.of(2015, 9, 1), 25)).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertThat(f.getMessage().getTr())
        .contains("2013-03-01"));
  }

  @Test
  void ignores_mechanisms_recorded_as_dormant_dissolved_or_without_status() {
    Dataset dormant = Dataset.builder().addCoordinationBoard(board("K").addStatusHistory(ACTIVE_2012,
        StatusChange.of(LocalDate.of(2014, 1, 1), MechanismStatus.DORMANT)).build()).build();
    assertThat(run(rule, dormant)).isEmpty();
    Dataset dissolved = Dataset.builder().addCoordinationBoard(board("K").addStatusHistory(ACTIVE_2012,
        StatusChange.of(LocalDate.of(2014, 1, 1), MechanismStatus.DISSOLVED)).build()).build();
    assertThat(run(rule, dissolved)).isEmpty();
    Dataset none = Dataset.builder().addCoordinationBoard(board("K").build()).build();
    assertThat(run(rule, none)).isEmpty();
  }

  @Test
  void takes_the_months_from_the_parameter_map() {
    Dataset dataset = boardWithLastMeeting(LocalDate.of(2014, 12, 1));
    assertThat(run(rule, dataset)).isEmpty();
    assertThat(run(rule, dataset, AS_OF, "months", 6)).singleElement().satisfies(f -> assertFinding(f,
        "KDK-MECH-011", Severity.WARNING, "coordinationBoards[0].meetings", "2014-12-01", "6"));
    assertThat(run(rule, boardWithLastMeeting(LocalDate.of(2014, 12, 30)), AS_OF, "months", 6)).isEmpty();
  }
}
