package org.kdk.examples.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.VotingMethod;
import org.kdk.core.plan.PlanState;
import org.kdk.core.programme.Programme;
import org.kdk.core.testing.Golden;
import org.kdk.core.value.Money;
import org.kdk.reporting.report.Headline;
import org.kdk.reporting.report.MechanismKind;
import org.kdk.reporting.report.MechanismSlot;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceColumn;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profile;
import org.kdk.rules.profile.Profiles;

/**
 * The two example datasets of {@code kdk-examples/datasets}: each file is its builder's output, reads back, follows
 * the shipped JSON Schema, is valid under both shipped profiles, and reproduces the programme's facts through the
 * reports.
 *
 * <p>Rewrite the files after an intended change with {@code mvn -pl kdk-examples test -Dtest=DatasetsTest
 * -Dkdk.golden.update=true}, then review the diff.
 */
class DatasetsTest {
  static final String MARDIN_FILE = "datasets/mardin.json";
  static final String PHASE2_FILE = "datasets/kdk-phase2.json";
  static final LocalDate END_OF_2012 = LocalDate.of(2012, 12, 31);
  static final LocalDate REFORM = LawCalendar.METROPOLITAN_REFORM;
  static final LocalDate END_OF_PHASE_2 = LocalDate.of(2015, 6, 30);

  /** A dataset file and the builder that writes it. */
  record Example(String file, Supplier<Dataset> builder) {
    Dataset build() {
      return builder.get();
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static final Example MARDIN = new Example(MARDIN_FILE, MardinDatasetBuilder::build);
  static final Example PHASE2 = new Example(PHASE2_FILE, Phase2DatasetBuilder::build);

  static Stream<Example> examples() {
    return Stream.of(MARDIN, PHASE2);
  }

  @Nested
  class Files {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.examples.datasets.DatasetsTest#examples")
    void the_committed_file_is_the_builders_output_byte_for_byte(Example example) {
      Golden.assertMatches(example.file(), KdkJson.strict().write(example.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.examples.datasets.DatasetsTest#examples")
    void the_committed_file_reads_back_strictly_as_the_built_dataset(Example example) {
      Dataset read = KdkJson.strict().readDataset(Path.of(example.file()));

      assertThat(read).isEqualTo(example.build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.examples.datasets.DatasetsTest#examples")
    void the_committed_file_is_valid_against_the_shipped_json_schema(Example example) throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(mapper.readTree(KdkJson.shippedSchema()));

      Set<ValidationMessage> messages = schema.validate(mapper.readTree(Path.of(example.file()).toFile()));

      assertThat(messages).as(example.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.examples.datasets.DatasetsTest#examples")
    void the_file_describes_the_end_of_phase_2_and_says_what_is_illustrative(Example example) {
      Dataset dataset = KdkJson.strict().readDataset(Path.of(example.file()));

      assertThat(dataset.getAsOf()).contains(END_OF_PHASE_2);
      assertThat(dataset.getDescription()).hasValueSatisfying(text -> assertThat(text)
          .contains("From the programme").contains("Illustrative").contains("illustrative: true"));
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Validation

  static Stream<Arguments> validations() {
    List<Arguments> all = new ArrayList<>();
    for (Example example : List.of(MARDIN, PHASE2)) {
      for (String profile : List.of("current-law", "phase-2-programme")) {
        for (LocalDate date : List.of(END_OF_PHASE_2, END_OF_2012, REFORM)) {
          all.add(Arguments.of(example, profile, date));
        }
      }
    }
    return all.stream();
  }

  @Nested
  class Validation {
    @ParameterizedTest(name = "{0} under {1} as of {2}")
    @MethodSource("org.kdk.examples.datasets.DatasetsTest#validations")
    void has_no_errors_but_those_about_later_records(Example example, String profileName,
        LocalDate date) {
      Profile profile = profileName.equals("current-law") ? Profiles.currentLaw() : Profiles.phase2Programme();
      assertThat(profile.getName()).isEqualTo(profileName);
      Dataset dataset = KdkJson.strict().readDataset(Path.of(example.file()));

      ValidationReport report = KdkValidator.of(profile).validate(dataset, date);

      List<Finding> later = report.getFindings().stream().filter(f -> recordsLaterFact(dataset, f, date))
          .collect(Collectors.toList());
      List<Finding> rest = report.getFindings().stream().filter(f -> !later.contains(f)).collect(Collectors.toList());
      List<Finding> unexpectedErrors = rest.stream().filter(f -> f.getSeverity() == Severity.ERROR)
          .collect(Collectors.toList());
      String listing = listing(example, profile, date, later, rest);

      assertThat(unexpectedErrors).as(listing).isEmpty();
      if (date.equals(dataset.getAsOf().orElseThrow())) {
        assertThat(later).as("nothing is recorded after the dataset's own date%n%s", listing).isEmpty();
      }
    }
  }

  private static final Pattern HISTORY = Pattern.compile("plans\\[(\\d+)]\\.history\\[(\\d+)]");
  private static final Pattern OBSERVATION =
      Pattern.compile("plans\\[(\\d+)]\\.indicators\\[(\\d+)]\\.observations\\[(\\d+)]\\.period");

  /**
   * Whether the finding says no more than that the file records a step (KDK-LIFE-008) or an observation
   * (KDK-IND-013) dated after the validation date: the files record the whole of 2011–2015, so validating them as
   * of an earlier day finds every later step and observation.
   */
  static boolean recordsLaterFact(Dataset dataset, Finding finding, LocalDate date) {
    if (finding.getRuleId().equals("KDK-LIFE-008")) {
      Matcher m = HISTORY.matcher(finding.getPath());
      return m.matches() && dataset.getPlans().get(Integer.parseInt(m.group(1))).getHistory()
          .get(Integer.parseInt(m.group(2))).getDate().isAfter(date);
    }
    if (finding.getRuleId().equals("KDK-IND-013")) {
      Matcher m = OBSERVATION.matcher(finding.getPath());
      return m.matches() && dataset.getPlans().get(Integer.parseInt(m.group(1))).getIndicators()
          .get(Integer.parseInt(m.group(2))).getObservations().get(Integer.parseInt(m.group(3))).getPeriod()
          .getStart().isAfter(date);
    }
    return false;
  }

  private static String listing(Example example, Profile profile, LocalDate date, List<Finding> later,
      List<Finding> rest) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s under %s as of %s: %d findings about steps or observations recorded"
            + " after that day (KDK-LIFE-008 %d, KDK-IND-013 %d), %d other findings%n", example.file(),
        profile.getName(), date, later.size(), later.stream().filter(f -> f.getRuleId().equals("KDK-LIFE-008")).count(),
        later.stream().filter(f -> f.getRuleId().equals("KDK-IND-013")).count(), rest.size()));
    for (Finding f : rest) {
      s.append(String.format(Locale.ROOT, "  %s %s %s: %s%n", f.getSeverity(), f.getRuleId(), f.getPath(),
          f.getMessage().get(Locale.ENGLISH)));
    }
    return s.toString();
  }

  // -----------------------------------------------------------------------------------------------------------
  // The programme's figures on the phase-2 dashboard

  @Nested
  class Phase2Dashboard {
    final Dataset dataset = KdkJson.strict().readDataset(Path.of(PHASE2_FILE));
    final ReportEngine engine = ReportEngine.standard();

    @Test
    void shows_11_of_12_provinces_with_a_board_approved_plan_at_the_end_of_2012() {
      ProgrammeDashboard dashboard = engine.dashboard(dataset, 2, END_OF_2012);

      assertThat(dashboard.getHeadline().getProvinces()).isEqualTo(12);
      assertThat(dashboard.getHeadline().getPlansBoardApproved()).isEqualTo(11);
      assertThat(dashboard.getProvinces()).filteredOn(c -> !c.isBoardApproved()).extracting(ProvinceColumn::getProvinceCode)
          .containsExactly(Phase2DatasetBuilder.LATE_PROVINCE);
    }

    @Test
    void shows_the_published_totals_at_the_end_of_phase_2() {
      Headline headline = engine.dashboard(dataset, 2, END_OF_PHASE_2).getHeadline();

      assertThat(headline.getBudgetAllocated()).isEqualTo(Money.of("630000.00", "TRY"));
      assertThat(headline.getPeopleTrained()).isEqualTo(47);
      assertThat(headline.getGrantProjects()).isEqualTo(38).isEqualTo(Programme.GRANT_PROJECTS_SHOWN_AT_CLOSE);
    }

    @Test
    void allocates_the_630_000_lira_across_the_11_provinces_with_a_board_approved_plan_in_2012() {
      ProgrammeDashboard end2012 = engine.dashboard(dataset, 2, END_OF_2012);
      ProgrammeDashboard end = engine.dashboard(dataset, 2, END_OF_PHASE_2);

      List<String> approvedIn2012 = end2012.getProvinces().stream().filter(ProvinceColumn::isBoardApproved)
          .map(ProvinceColumn::getProvinceCode).collect(Collectors.toList());
      List<String> withMoney = end.getProvinces().stream()
          .filter(c -> c.getBudgetAllocated().getAmount().signum() > 0).map(ProvinceColumn::getProvinceCode)
          .collect(Collectors.toList());
      assertThat(withMoney).isEqualTo(approvedIn2012).hasSize(11);
    }

    @Test
    void shows_the_grant_projects_of_the_closing_conference() {
      long shown = dataset.getGrantProjects().stream().filter(g -> g.isShownAtClosingConference()).count();

      assertThat(shown).isEqualTo(38L).isEqualTo((long) Programme.kadinDostuKentler().phase(2)
          .getClosingConference().orElseThrow().getGrantProjectsShown().orElseThrow());
    }

    @Test
    void shows_152_equality_representatives_in_bursa() {
      ProvinceColumn bursa = engine.dashboard(dataset, 2, END_OF_PHASE_2).getProvinces().stream()
          .filter(c -> c.getProvinceCode().equals("TR-16")).findFirst().orElseThrow();

      assertThat(bursa.getEqualityRepresentatives()).isEqualTo(152);
      assertThat(dataset.getEqualityUnits()).filteredOn(u -> u.getRepresentatives().isPresent())
          .singleElement().satisfies(unit -> {
            assertThat(unit.getProvinceCode()).isEqualTo("TR-16");
            assertThat(unit.getEstablishedOn()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2012));
          });
    }

    @Test
    void keeps_the_special_provincial_administrations_only_where_the_law_does() {
      ProgrammeDashboard after = engine.dashboard(dataset, 2, END_OF_PHASE_2);

      List<String> withUnit = after.getProvinces().stream()
          .filter(c -> slot(c.getMechanisms(), MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION).isPresent())
          .map(ProvinceColumn::getProvinceCode).collect(Collectors.toList());
      assertThat(withUnit).containsExactly("TR-02", "TR-36", "TR-50");
      assertThat(engine.dashboard(dataset, 2, REFORM.minusDays(1)).getProvinces())
          .allSatisfy(c -> assertThat(slot(c.getMechanisms(), MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION)
              .isPresent()).as(c.getProvinceCode()).isTrue());
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Mardin's facts

  @Nested
  class Mardin {
    final Dataset dataset = KdkJson.strict().readDataset(Path.of(MARDIN_FILE));
    final ReportEngine engine = ReportEngine.standard();

    @Test
    void signed_the_official_commitment_on_6_july_2012_by_governorship_and_municipality() {
      assertThat(dataset.getCommitments()).singleElement().satisfies(c -> {
        assertThat(c.getProvinceCode()).isEqualTo("TR-47");
        assertThat(c.getSignedOn()).isEqualTo(LocalDate.of(2012, 7, 6)).isEqualTo(Programme.COMMITMENT_SIGNED);
        assertThat(c.getSignatoryInstitutionIds())
            .containsExactly(MardinDatasetBuilder.GOVERNORSHIP, MardinDatasetBuilder.MUNICIPALITY);
        assertThat(c.omittedItems()).isEmpty();
        assertThat(c.isIllustrative()).isFalse();
      });
    }

    @Test
    void adopted_the_strategic_plan_on_6_august_2014_by_majority_of_the_boards_upper_tier() {
      assertThat(dataset.decision(MardinDatasetBuilder.UPPER_TIER_ADOPTS_YESP)).hasValueSatisfying(d -> {
        assertThat(d.getBody()).isEqualTo(DecisionBody.COORDINATION_BOARD_UPPER_TIER);
        assertThat(d.getBodyId()).isEqualTo(MardinDatasetBuilder.BOARD);
        assertThat(d.getDate()).isEqualTo(LocalDate.of(2014, 8, 6));
        assertThat(d.getVoting()).contains(VotingMethod.MAJORITY);
        assertThat(d.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(d.isIllustrative()).isFalse();
      });
      assertThat(dataset.getCoordinationBoards()).singleElement().satisfies(b -> assertThat(b.hasUpperTier()).isTrue());
      assertThat(dataset.plan(MardinDatasetBuilder.YESP)).hasValueSatisfying(p -> {
        assertThat(p.getUpgradedFromPlanId()).contains(MardinDatasetBuilder.YEEP);
        assertThat(p.getApprovals()).singleElement().satisfies(a -> {
          assertThat(a.getBody()).isEqualTo(DecisionBody.COORDINATION_BOARD_UPPER_TIER);
          assertThat(a.getDate()).isEqualTo(LocalDate.of(2014, 8, 6));
        });
      });
      assertThat(engine.planReport(dataset, MardinDatasetBuilder.YESP, LocalDate.of(2014, 8, 5)).getState())
          .isEqualTo(PlanState.DRAFTING);
      assertThat(engine.planReport(dataset, MardinDatasetBuilder.YESP, LocalDate.of(2014, 8, 6)).getState())
          .isEqualTo(PlanState.BOARD_APPROVED);
    }

    @Test
    void took_the_action_plan_through_board_approval_in_2012_and_council_approval_early_in_2013() {
      assertThat(engine.planReport(dataset, MardinDatasetBuilder.YEEP, END_OF_2012).getState())
          .isEqualTo(PlanState.BOARD_APPROVED);
      assertThat(engine.planReport(dataset, MardinDatasetBuilder.YEEP, LocalDate.of(2013, 3, 31)).getState())
          .isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(engine.planReport(dataset, MardinDatasetBuilder.YEEP, END_OF_PHASE_2).getState())
          .isEqualTo(PlanState.IMPLEMENTING);
    }

    @Test
    void loses_the_special_provincial_administrations_bodies_on_30_march_2014() {
      ProvinceScorecard before = engine.scorecard(dataset, "TR-47", REFORM.minusDays(1));
      ProvinceScorecard after = engine.scorecard(dataset, "TR-47", REFORM);

      assertThat(before.isMetropolitan()).isFalse();
      assertThat(after.isMetropolitan()).isTrue();
      for (MechanismKind kind : List.of(MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION,
          MechanismKind.COMMISSION_PROVINCIAL_COUNCIL)) {
        MechanismSlot was = slotOf(before, kind);
        MechanismSlot is = slotOf(after, kind);
        assertThat(was.isApplicable()).as("%s before", kind).isTrue();
        assertThat(was.isPresent()).as("%s before", kind).isTrue();
        assertThat(is.isApplicable()).as("%s after", kind).isFalse();
        assertThat(is.isPresent()).as("%s after", kind).isFalse();
        assertThat(is.getStatus()).as("%s after", kind).contains(MechanismStatus.DISSOLVED);
      }
      assertThat(slotOf(after, MechanismKind.UNIT_MUNICIPALITY).getNames())
          .contains("Mardin Büyükşehir Belediyesi Eşitlik Birimi");
      assertThat(dataset.municipality(MardinDatasetBuilder.MUNICIPALITY_RECORD)).hasValueSatisfying(m -> {
        assertThat(m.getAbolishedOn()).contains(REFORM);
        assertThat(m.getSuccessorId()).contains(MardinDatasetBuilder.METROPOLITAN_RECORD);
      });
    }

    @Test
    void names_its_ten_districts_and_its_development_agency() {
      Set<String> districts = dataset.getPlans().stream().flatMap(p -> p.getIndicators().stream())
          .flatMap(i -> i.getObservations().stream()).flatMap(o -> o.getDistricts().stream())
          .map(d -> d.getDistrict()).collect(Collectors.toSet());

      assertThat(districts).containsExactlyInAnyOrder("Artuklu", "Dargeçit", "Derik", "Kızıltepe", "Mazıdağı",
          "Midyat", "Nusaybin", "Ömerli", "Savur", "Yeşilli");
      assertThat(dataset.institution(MardinDatasetBuilder.DIKA)).hasValueSatisfying(i -> {
        assertThat(i.getName()).isEqualTo("Dicle Kalkınma Ajansı");
        assertThat(i.getAbbreviation()).contains("DİKA");
      });
    }

    @Test
    void counts_people_by_sex_wherever_an_indicator_counts_people() {
      assertThat(dataset.getPlans().stream().flatMap(p -> p.getIndicators().stream())
          .filter(i -> i.getDefinition().getUnit().equals("kişi")).flatMap(i -> i.getObservations().stream()))
          .isNotEmpty()
          .allSatisfy(o -> {
            assertThat(o.getWomen()).isPresent();
            assertThat(o.getMen()).isPresent();
          });
    }
  }

  private static MechanismSlot slotOf(ProvinceScorecard scorecard, MechanismKind kind) {
    return scorecard.getMechanisms().stream().filter(s -> s.getKind() == kind).findFirst().orElseThrow();
  }

  private static java.util.Optional<MechanismSlot> slot(List<MechanismSlot> slots, MechanismKind kind) {
    return slots.stream().filter(s -> s.getKind() == kind && s.isPresent()).findFirst();
  }
}
