package org.kdk.rules.catalogue.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.duty.DutyFixtures.TR;
import static org.kdk.rules.catalogue.duty.DutyFixtures.assertMessagesContain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.programme.Commitment;
import org.kdk.core.programme.CommitmentItem;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.Datasets;
import org.kdk.rules.testing.RuleHarness;

class CommitmentCarriedOutRuleTest {
  private static final String KARS = "TR-36";
  private static final LocalDate SIGNED = LocalDate.of(2012, 7, 6);
  private static final LocalDate ONE_YEAR_LATER = LocalDate.of(2013, 7, 6);
  private static final LocalDate AS_OF = LocalDate.of(2014, 1, 1);

  private final CommitmentCarriedOutRule rule = new CommitmentCarriedOutRule();

  private static Commitment commitment(CommitmentItem... items) {
    return Commitment.builder().id(Id.of("kars-taahhutname")).provinceCode(KARS).signedOn(SIGNED)
        .addSignatoryInstitutionIds(Id.of("kars-valilik")).addItems(items).build();
  }

  private static ImmutableCoordinationBoard.Builder board() {
    return CoordinationBoard.builder().id(Id.of("kars-ikhkk")).name("Kars İl Kadın Hakları Koordinasyon Kurulu")
        .provinceCode(KARS).hostInstitutionId(Id.of("kars-valilik"));
  }

  private static EqualityUnit unit(String id, UnitHost host, String province) {
    return EqualityUnit.builder().id(Id.of(id)).name("Eşitlik Birimi " + id).provinceCode(province).host(host)
        .hostInstitutionId(Id.of(id + "-kurum")).build();
  }

  private static EqualityCommission commission(CouncilKind council) {
    return EqualityCommission.builder().id(Id.of("kars-kek-" + council.name().toLowerCase(Locale.ROOT)))
        .name("Kadın-Erkek Eşitlik Komisyonu").provinceCode(KARS).council(council)
        .councilInstitutionId(Id.of("kars-meclis")).build();
  }

  /** Everything the four checked items ask for, in Kars. */
  private static ImmutableDataset.Builder complete(Commitment commitment) {
    return Dataset.builder().addCommitment(commitment)
        .addCoordinationBoard(board().establishedOn(LocalDate.of(2012, 9, 1)).build())
        .addEqualityUnits(unit("kars-valilik-eb", UnitHost.GOVERNORSHIP, KARS),
            unit("kars-belediye-eb", UnitHost.MUNICIPALITY, KARS))
        .addEqualityCommission(commission(CouncilKind.MUNICIPAL_COUNCIL))
        .addPlan(Datasets.thinPlan("kars-yeep", KARS));
  }

  private List<Finding> run(Dataset dataset, LocalDate asOf) {
    return RuleHarness.run(rule, dataset, asOf);
  }

  @Nested
  class NothingDone {
    private final Dataset dataset = Dataset.builder().addCommitment(commitment()).build();

    @Test
    void reports_each_checked_item_once_with_its_label() {
      List<Finding> findings = run(dataset, AS_OF);

      assertThat(findings).hasSize(4).allSatisfy(f -> {
        assertThat(f.getRuleId()).isEqualTo("KDK-DUTY-004");
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.getPath()).isEqualTo("commitments[0].items");
        assertMessagesContain(f, "Kars", "TR-36", "kars-taahhutname", SIGNED, AS_OF, "12");
      });
      assertThat(findings).extracting(f -> f.getMessage().get(Locale.ENGLISH)).anySatisfy(m -> assertThat(m)
          .contains("Provincial Women's Rights Coordination Board in the province")
          .contains(CommitmentItem.COORDINATION_BOARD.getDisplayName(Locale.ENGLISH)));
      assertThat(findings).extracting(f -> f.getMessage().get(TR)).anySatisfy(m -> assertThat(m)
          .contains("ilde İl Kadın Hakları Koordinasyon Kurulu")
          .contains("İl Kadın Hakları Koordinasyon Kurulunun kurulması"));
      assertThat(findings).extracting(f -> f.getMessage().get(TR))
          .anySatisfy(m -> assertThat(m).contains("belediye meclisinde Kadın-Erkek Eşitlik Komisyonu"))
          .anySatisfy(m -> assertThat(m).contains("valilikte ve belediyelerde eşitlik birimi"))
          .anySatisfy(m -> assertThat(m).contains("ile ait Yerel Eşitlik Eylem Planı"));
    }

    @Test
    void judges_from_the_day_twelve_months_after_signing() {
      assertThat(run(dataset, ONE_YEAR_LATER.minusDays(1))).isEmpty();
      assertThat(run(dataset, ONE_YEAR_LATER)).hasSize(4);
    }

    @Test
    void does_not_judge_a_commitment_signed_after_the_date() {
      assertThat(run(dataset, SIGNED.minusDays(1))).isEmpty();
    }

    @Test
    void takes_the_grace_period_from_the_profile() {
      assertThat(RuleHarness.run(rule, dataset, AS_OF, Map.of("graceMonths", BigDecimal.valueOf(24)))).isEmpty();
    }

    @Test
    void leaves_the_commission_to_new_councils_for_six_months_after_the_local_elections_of_2014() {
      LocalDate elections = LocalDate.of(2014, 3, 30);
      assertThat(run(dataset, elections.minusDays(1))).hasSize(4);
      assertThat(run(dataset, elections)).hasSize(3)
          .noneSatisfy(f -> assertThat(f.getMessage().get(Locale.ENGLISH)).contains("Gender Equality Commission"));
      assertThat(run(dataset, elections.plusMonths(6).minusDays(1))).hasSize(3);
      assertThat(run(dataset, elections.plusMonths(6))).hasSize(4);
      assertThat(RuleHarness.run(rule, dataset, elections, Map.of("councilRenewalMonths", BigDecimal.ZERO)))
          .hasSize(4);
    }

    @Test
    void judges_only_the_items_the_commitment_includes() {
      Dataset partial = Dataset.builder().addCommitment(commitment(CommitmentItem.COORDINATION_BOARD,
          CommitmentItem.AWARENESS_ACTIVITIES)).build();

      assertThat(run(partial, AS_OF)).singleElement().satisfies(f ->
          assertThat(f.getMessage().get(Locale.ENGLISH)).contains("Coordination Board"));
    }
  }

  @Test
  void passes_a_province_that_set_everything_up() {
    assertThat(run(complete(commitment()).build(), AS_OF)).isEmpty();
  }

  @Nested
  class Units {
    @Test
    void names_the_missing_municipal_unit() {
      Dataset dataset = Dataset.builder().addCommitment(commitment(CommitmentItem.EQUALITY_UNITS))
          .addEqualityUnit(unit("kars-valilik-eb", UnitHost.GOVERNORSHIP, KARS)).build();

      assertThat(run(dataset, AS_OF)).singleElement().satisfies(f -> {
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("equality unit in a municipality")
            .contains(CommitmentItem.EQUALITY_UNITS.getDisplayName(Locale.ENGLISH));
        assertThat(f.getMessage().get(TR)).contains("belediyede eşitlik birimi")
            .contains("Belediye ve Valilikte Eşitlik Birimlerinin kurulması");
      });
    }

    @Test
    void names_the_missing_governorship_unit_and_ignores_other_hosts_and_provinces() {
      Dataset dataset = Dataset.builder().addCommitment(commitment(CommitmentItem.EQUALITY_UNITS))
          .addEqualityUnits(unit("kars-belediye-eb", UnitHost.MUNICIPALITY, KARS),
              unit("kars-ioi-eb", UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION, KARS),
              unit("mardin-valilik-eb", UnitHost.GOVERNORSHIP, "TR-47"))
          .build();

      assertThat(run(dataset, AS_OF)).singleElement().satisfies(f ->
          assertThat(f.getMessage().get(TR)).contains("valilikte eşitlik birimi"));
    }
  }

  @Nested
  class Mechanisms {
    private Dataset withBoard(CoordinationBoard board) {
      return Dataset.builder().addCommitment(commitment(CommitmentItem.COORDINATION_BOARD))
          .addCoordinationBoard(board).build();
    }

    @Test
    void counts_a_board_with_no_dates_recorded() {
      assertThat(run(withBoard(board().build()), AS_OF)).isEmpty();
    }

    @Test
    void does_not_count_a_board_founded_after_the_date() {
      assertThat(run(withBoard(board().establishedOn(AS_OF.plusDays(1)).build()), AS_OF)).hasSize(1);
    }

    @Test
    void does_not_count_a_board_dissolved_before_the_date() {
      CoordinationBoard dissolved = board()
          .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE),
              StatusChange.of(LocalDate.of(2013, 9, 1), MechanismStatus.DISSOLVED))
          .build();
      assertThat(run(withBoard(dissolved), AS_OF)).hasSize(1);
    }

    @Test
    void does_not_count_a_board_only_proposed() {
      CoordinationBoard proposed = board()
          .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.PROPOSED)).build();
      assertThat(run(withBoard(proposed), AS_OF)).hasSize(1);
    }

    @Test
    void counts_a_dormant_board_as_set_up() {
      CoordinationBoard dormant = board()
          .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.DORMANT)).build();
      assertThat(run(withBoard(dormant), AS_OF)).isEmpty();
    }

    @Test
    void does_not_count_a_provincial_council_commission_for_the_municipal_one() {
      Dataset dataset = Dataset.builder().addCommitment(commitment(CommitmentItem.EQUALITY_COMMISSIONS))
          .addEqualityCommission(commission(CouncilKind.PROVINCIAL_COUNCIL)).build();

      assertThat(run(dataset, AS_OF)).singleElement().satisfies(f ->
          assertThat(f.getMessage().get(Locale.ENGLISH)).contains("Gender Equality Commission in a municipal council"));
    }
  }

  @Nested
  class Plans {
    private Dataset withPlan(ActionPlan plan) {
      return Dataset.builder().addCommitment(commitment(CommitmentItem.ACTION_PLAN)).addPlan(plan).build();
    }

    @Test
    void does_not_count_a_withdrawn_plan() {
      ActionPlan withdrawn = ImmutableActionPlan.copyOf(Datasets.thinPlan("kars-yeep", KARS))
          .withState(PlanState.WITHDRAWN);
      assertThat(run(withPlan(withdrawn), AS_OF)).hasSize(1);
    }

    @Test
    void does_not_count_a_plan_begun_after_the_date() {
      ActionPlan later = ImmutableActionPlan.copyOf(Datasets.thinPlan("kars-yeep", KARS))
          .withHistory(LifecycleEvent.ofCreation(AS_OF.plusDays(1), PlanState.DRAFTING, Id.of("kars-valilik")));
      assertThat(run(withPlan(later), AS_OF)).hasSize(1);
    }

    @Test
    void counts_a_plan_begun_before_the_date() {
      ActionPlan begun = ImmutableActionPlan.copyOf(Datasets.thinPlan("kars-yeep", KARS))
          .withHistory(LifecycleEvent.ofCreation(AS_OF.minusMonths(3), PlanState.DRAFTING, Id.of("kars-valilik")));
      assertThat(run(withPlan(begun), AS_OF)).isEmpty();
    }

    @Test
    void does_not_count_a_plan_of_another_province() {
      assertThat(run(withPlan(Datasets.thinPlan("mardin-yeep", "TR-47")), AS_OF)).hasSize(1);
    }
  }

  @Test
  void is_an_error_under_the_phase_2_profile() {
    Dataset dataset = Dataset.builder().addCommitment(commitment(CommitmentItem.ACTION_PLAN)).build();

    assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(dataset, AS_OF).findingsOf("KDK-DUTY-004"))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    assertThat(KdkValidator.of(Profiles.currentLaw()).validate(dataset, AS_OF).findingsOf("KDK-DUTY-004"))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }
}
