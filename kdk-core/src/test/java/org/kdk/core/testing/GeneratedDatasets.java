package org.kdk.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.FocalPerson;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.mechanism.Votes;
import org.kdk.core.people.HeadCount;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanLifecycle;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * Üretilmiş veri kümeleri — generators of valid datasets for property-based tests: institutions,
 * municipalities, coordination boards (with a sub-commission), equality units (with focal persons) and
 * commissions (with party groups) with their members, status histories and meetings, decisions, and plans with
 * aims, targets, theme exemptions, actions and their budgets, indicators with baselines, targets and
 * observations (sensitive ones too), consultations, approvals and a lifecycle history.
 *
 * <p>Every object is made with the model's builders and is valid by construction: every invariant holds (so
 * {@code build()} never throws), every text fits its field's size limit, ids are unique and every reference
 * resolves within the dataset. Free text comes from a {@code Gen<String>} the caller chooses: {@link #texts()}
 * (Turkish letters, markup and formula characters, emoji; at most {@value #MAX_TEXT} characters) or attack
 * payloads. Ids hold {@code I} and {@code i}, so that any case conversion under a Turkish default locale shows.
 */
public final class GeneratedDatasets {
  /** The longest text {@link #texts()} makes: the smallest size limit of a text field filled here is 40. */
  public static final int MAX_TEXT = 40;

  private static final List<String> PROVINCES =
      Provinces.all().stream().map(Province::getCode).collect(Collectors.toUnmodifiableList());
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate EPOCH = LocalDate.of(2005, 1, 1);
  private static final String FIRST = "AaÇçĞğIıİiÖöŞşÜüZz";
  private static final String BODY = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789"
      + "     .,;:'\"-–&<>/()=+@%#*_|[]{}$\\\t";
  private static final List<String> TAILS = List.of("🙂", "👩🏽‍⚖️", " İstanbul", " ıIiİ", " €");

  private final Gen<String> texts;

  private GeneratedDatasets(Gen<String> texts) {
    this.texts = texts;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Public generators

  /**
   * Free text of 1 to {@value #MAX_TEXT} characters that is never blank: Turkish letters (dotted and dotless
   * I), digits, spaces, tabs and punctuation, characters that mean something in HTML, CSV, Markdown and message
   * templates ({@code < & " ' = + - @ | { } $ #}), and now and then an emoji outside the Basic Multilingual Plane.
   */
  public static Gen<String> texts() {
    return random -> {
      StringBuilder s = new StringBuilder().append(FIRST.charAt(random.nextInt(FIRST.length())));
      int length = random.nextInt(31);
      for (int i = 0; i < length; i++) {
        s.append(BODY.charAt(random.nextInt(BODY.length())));
      }
      if (random.nextInt(6) == 0) {
        s.append(TAILS.get(random.nextInt(TAILS.size())));
      }
      return s.toString();
    };
  }

  /** Days from 2005-01-01 to the end of 2029. */
  public static Gen<LocalDate> dates() {
    return Gen.ints(0, 25 * 365).map(EPOCH::plusDays);
  }

  /** Dates to validate or report on: 2008 to 2026. */
  public static Gen<LocalDate> asOfDates() {
    return Gen.ints(3 * 365, 22 * 365).map(EPOCH::plusDays);
  }

  /** Datasets of one to three provinces whose free text is {@link #texts()}. */
  public static Gen<Dataset> datasets() {
    return datasets(texts());
  }

  /** Datasets of one to three provinces whose free text comes from {@code texts}. */
  public static Gen<Dataset> datasets(Gen<String> texts) {
    GeneratedDatasets g = new GeneratedDatasets(texts);
    return g::dataset;
  }

  /** A person with a name from {@code texts}, a sex and, half of the time, a public office. */
  public static Gen<Person> persons(Gen<String> texts) {
    return random -> Person.builder().name(texts.next(random)).sex(Gen.of(Sex.class).next(random))
        .publicOffice(texts.optional(0.5).next(random)).build();
  }

  /**
   * Indicators over {@code period}: a reference definition or one of the plan's own (sensitive or not), a
   * baseline, targets and observations of distinct periods, with women's and men's values that fit the total.
   */
  public static Gen<Indicator> indicators(Id id, DateRange period, Gen<String> texts) {
    GeneratedDatasets g = new GeneratedDatasets(texts);
    return random -> g.indicator(random, id, period);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The dataset and its provinces

  private Dataset dataset(SplittableRandom random) {
    List<String> codes = new ArrayList<>(Gen.subsetOf(PROVINCES, 1, 3).next(random));
    if (random.nextInt(4) == 0 && !codes.contains("TR-47")) {
      codes.set(0, "TR-47");   // Mardin, the programme's model province, now and then
    }
    ImmutableDataset.Builder dataset = Dataset.builder().title(texts.optional(0.7).next(random))
        .description(texts.optional(0.3).next(random)).asOf(dates().optional(0.5).next(random));
    for (int k = 0; k < codes.size(); k++) {
      province(random, dataset, new Ids(k, codes.get(k), 1 + random.nextInt(2), random.nextBoolean()));
    }
    return dataset.build();
  }

  /** The ids of one province's objects: {@code Ii<k>-…}. */
  private static final class Ids {
    final String prefix;
    final String provinceCode;
    final int municipalities;
    final boolean board;

    Ids(int k, String provinceCode, int municipalities, boolean board) {
      this.prefix = "Ii" + k;
      this.provinceCode = provinceCode;
      this.municipalities = municipalities;
      this.board = board;
    }

    Id governorship() {
      return Id.of(prefix + "-valIlik");
    }

    Id ngo() {
      return Id.of(prefix + "-kadIn-dernegi");
    }

    Id board() {
      return Id.of(prefix + "-ikhkk");
    }

    Id municipality(int j) {
      return Id.of(prefix + "-bel" + j);
    }

    Id municipalInstitution(int j) {
      return Id.of(prefix + "-bel" + j + "-kurum");
    }

    Id council(int j) {
      return Id.of(prefix + "-bel" + j + "-meclIs");
    }

    /** Governorship, women's NGO, then each municipality's own institution and council. */
    List<Id> institutions() {
      List<Id> ids = new ArrayList<>(List.of(governorship(), ngo()));
      for (int j = 0; j < municipalities; j++) {
        ids.add(municipalInstitution(j));
        ids.add(council(j));
      }
      return ids;
    }
  }

  private void province(SplittableRandom random, ImmutableDataset.Builder dataset, Ids ids) {
    List<Id> institutions = ids.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      dataset.addInstitutions(institution(random, ids, institutions.get(i), i));
    }
    for (int j = 0; j < ids.municipalities; j++) {
      dataset.addMunicipalities(municipality(random, ids, j));
      if (random.nextInt(10) < 7) {
        dataset.addEqualityUnits(unit(random, ids, j));
      }
      if (random.nextInt(10) < 6) {
        dataset.addEqualityCommissions(commission(random, ids, j));
      }
    }
    if (ids.board) {
      dataset.addCoordinationBoards(board(random, ids));
    }
    int plans = random.nextInt(3);
    for (int i = 0; i < plans; i++) {
      plan(random, dataset, ids, i);
    }
  }

  private Institution institution(SplittableRandom random, Ids ids, Id id, int i) {
    int j = (i - 2) / 2;
    InstitutionKind kind = i == 0 ? InstitutionKind.GOVERNORSHIP : i == 1 ? InstitutionKind.WOMENS_NGO
        : i % 2 == 0 ? InstitutionKind.MUNICIPALITY : InstitutionKind.MUNICIPAL_COUNCIL;
    var institution = Institution.builder().id(id).name(texts.next(random))
        .abbreviation(texts.optional(0.3).next(random)).kind(kind).provinceCode(ids.provinceCode)
        .establishedOn(dates().optional(0.2).next(random));
    if (i >= 2) {
      institution.municipalityId(ids.municipality(j));
    }
    if (kind == InstitutionKind.MUNICIPAL_COUNCIL) {
      institution.parentId(ids.municipalInstitution(j));
    }
    return institution.build();
  }

  private Municipality municipality(SplittableRandom random, Ids ids, int j) {
    var municipality = Municipality.builder().id(ids.municipality(j)).name(texts.next(random))
        .type(Gen.of(MunicipalityType.class).next(random)).provinceCode(ids.provinceCode)
        .district(texts.optional(0.3).next(random)).illustrative(random.nextBoolean())
        .addAllStrategicPlanPeriods(Gen.ints(2005, 2025).map(y -> DateRange.ofYears(y, y + 4)).list(0, 2).next(random))
        .establishedOn(dates().optional(0.2).next(random));
    Gen.longs(0, 6_000_000).optional(0.8).next(random)
        .ifPresent(p -> municipality.population(p).populationYear(Year.of(2019)));
    Gen.ints(0, 4).optional(0.7).next(random).ifPresent(municipality::shelterCount);
    return municipality.build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Mechanisms

  private CoordinationBoard board(SplittableRandom random, Ids ids) {
    List<BoardTier> tiers = Gen.subsetOf(List.of(BoardTier.values()), 1, 2).next(random);
    var board = CoordinationBoard.builder().id(ids.board()).name(texts.next(random)).provinceCode(ids.provinceCode)
        .hostInstitutionId(ids.governorship()).addAllTiers(tiers).establishedOn(dates().optional(0.5).next(random))
        .addAllStatusHistory(statusHistory(random)).addAllMembers(memberships(random, ids, tiers, List.of(), 6))
        .addAllMeetings(meetings(random, ids.board(), tiers)).illustrative(random.nextBoolean());
    if (random.nextInt(10) < 4) {
      Id sub = Id.of(ids.prefix + "-alt-komIsyon");
      board.addSubCommissions(SubCommission.builder().id(sub)
          .name(texts.next(random)).topic(texts.next(random)).theme(Gen.of(Theme.class).optional(0.5).next(random))
          .establishedOn(dates().optional(0.5).next(random))
          .addAllMembers(memberships(random, ids, List.of(), List.of(), 3))
          .addAllMeetings(meetings(random, sub, List.of())).build());
    }
    return board.build();
  }

  private EqualityUnit unit(SplittableRandom random, Ids ids, int j) {
    Id id = Id.of(ids.prefix + "-bel" + j + "-esItlik-birimi");
    var unit = EqualityUnit.builder().id(id).name(texts.next(random))
        .provinceCode(ids.provinceCode).host(UnitHost.MUNICIPALITY).hostInstitutionId(ids.municipalInstitution(j))
        .establishedOn(dates().optional(0.5).next(random)).addAllStatusHistory(statusHistory(random))
        .addAllMembers(memberships(random, ids, List.of(), List.of(), 3))
        .representatives(headCounts().optional(0.6).next(random)).addAllMeetings(meetings(random, id, List.of()))
        .illustrative(random.nextBoolean());
    int focal = random.nextInt(4);
    for (int i = 0; i < focal; i++) {
      unit.addFocalPersons(FocalPerson.builder().institutionId(Gen.of(ids.institutions()).next(random))
          .department(texts.optional(0.3).next(random)).person(persons(texts).optional(0.6).next(random)).build());
    }
    return unit.build();
  }

  private EqualityCommission commission(SplittableRandom random, Ids ids, int j) {
    List<PartyGroup> groups = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int council = random.nextInt(31);
      // Names must differ within a commission: number them. A group sends at most the seats it has.
      groups.add(PartyGroup.of(texts.next(random) + " " + (i + 1), council, random.nextInt(council + 1)));
    }
    List<String> names = groups.stream().map(PartyGroup::getName).collect(Collectors.toList());
    Id id = Id.of(ids.prefix + "-bel" + j + "-kek");
    return EqualityCommission.builder().id(id).name(texts.next(random))
        .provinceCode(ids.provinceCode).council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(ids.council(j))
        .municipalityId(ids.municipality(j)).term(ranges().optional(0.7).next(random))
        .establishedOn(dates().optional(0.5).next(random)).addAllStatusHistory(statusHistory(random))
        .addAllPartyGroups(groups).addAllMembers(memberships(random, ids, List.of(), names, 7))
        .addAllMeetings(meetings(random, id, List.of())).illustrative(random.nextBoolean()).build();
  }

  /** Persons or institutions of the province (or both), in one of {@code tiers} and {@code groups} if any. */
  private List<Membership> memberships(SplittableRandom random, Ids ids, List<BoardTier> tiers, List<String> groups,
      int max) {
    List<Membership> members = new ArrayList<>();
    int count = random.nextInt(max + 1);
    for (int i = 0; i < count; i++) {
      MemberRole role = Gen.of(MemberRole.class).next(random);
      Optional<Person> person = persons(texts).optional(0.6).next(random);
      Optional<Id> institution = Gen.of(ids.institutions()).optional(person.isPresent() ? 0.3 : 1).next(random);
      var member = Membership.builder().person(person).institutionId(institution).role(role)
          .term(ranges().optional(0.3).next(random)).external(random.nextBoolean());
      if (!tiers.isEmpty()) {
        member.tier(Gen.of(tiers).optional(0.5).next(random));
      }
      if (!groups.isEmpty()) {
        member.partyGroup(Gen.of(groups).optional(0.8).next(random));
      }
      if (role == MemberRole.ADVISOR || random.nextInt(5) == 0) {
        member.voting(false);   // advisors never vote; others may abstain from voting rights
      }
      members.add(member.build());
    }
    return members;
  }

  private static List<StatusChange> statusHistory(SplittableRandom random) {
    List<StatusChange> history = new ArrayList<>();
    LocalDate date = dates().next(random);
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      date = date.plusDays(random.nextInt(901));
      MechanismStatus status = Gen.of(MechanismStatus.class).next(random);
      history.add(StatusChange.of(date, status));
      if (status == MechanismStatus.DISSOLVED) {
        break;   // nothing follows dissolution
      }
    }
    return history;
  }

  private List<Meeting> meetings(SplittableRandom random, Id owner, List<BoardTier> tiers) {
    List<Meeting> meetings = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      var meeting = Meeting.builder().date(dates().next(random)).attendance(headCounts().next(random))
          .agenda(texts.optional(0.3).next(random));
      if (i % 2 == 0) {
        meeting.id(Id.of(owner + "-toplantI" + i));   // ids, where given, are unique in the dataset
      }
      if (!tiers.isEmpty()) {
        meeting.tier(Gen.of(tiers).optional(0.5).next(random));
      }
      meetings.add(meeting.build());
    }
    return meetings;
  }

  private static Gen<HeadCount> headCounts() {
    return random -> HeadCount.of(random.nextInt(41), random.nextInt(41), random.nextInt(4));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Plans

  private void plan(SplittableRandom random, ImmutableDataset.Builder dataset, Ids ids, int i) {
    String p = ids.prefix + "-yeep" + i;
    Optional<Integer> municipality = Gen.ints(0, ids.municipalities - 1).optional(0.7).next(random);
    Id owner = municipality.map(ids::municipalInstitution).orElse(ids.governorship());
    int first = Gen.ints(2008, 2024).next(random);
    DateRange period = DateRange.ofYears(first, first + random.nextInt(5));
    List<Theme> themes = Gen.subsetOf(List.of(Theme.values()), 0, 6).next(random);
    List<Id> aims = ids(p + "-amac", 1 + random.nextInt(3));
    List<Id> targets = ids(p + "-hedef", 1 + random.nextInt(3));
    List<Id> indicators = ids(p + "-gosterge", random.nextInt(4));
    var plan = ActionPlan.builder().id(Id.of(p)).kind(Gen.of(PlanKind.class).next(random)).title(texts.next(random))
        .scope(municipality.map(j -> PlanScope.ofMunicipality(ids.provinceCode, ids.municipality(j)))
            .orElse(PlanScope.ofProvince(ids.provinceCode)))
        .addOwnerInstitutionIds(owner).period(period).addAllThemes(themes).illustrative(random.nextBoolean())
        .totalBudget(Gen.ints(0, 2_000_000).optional(0.2).next(random).map(Money::ofLira));
    List<Theme> uncovered = new ArrayList<>(List.of(Theme.values()));
    uncovered.removeAll(themes);
    for (Theme theme : Gen.subsetOf(uncovered, 0, 2).next(random)) {
      plan.addThemeExemptions(ThemeExemption.of(theme, texts.next(random)));
    }
    for (Id aim : aims) {
      plan.addAims(Aim.of(aim, Gen.of(Theme.class).next(random), texts.next(random)));
    }
    for (Id target : targets) {
      plan.addTargets(Target.of(target, Gen.of(aims).next(random), texts.next(random)));
    }
    int actions = random.nextInt(5);
    for (int a = 0; a < actions; a++) {
      plan.addActions(action(random, ids, Id.of(p + "-faalIyet" + a), targets, indicators, period));
    }
    for (Id indicator : indicators) {
      plan.addIndicators(indicator(random, indicator, period));
    }
    if (random.nextBoolean()) {
      plan.addConsultations(Consultation.builder().id(Id.of(p + "-IstIsare")).date(dates().next(random))
          .title(texts.next(random)).format(Gen.of(ConsultationFormat.class).next(random))
          .addAllParticipants(participants(random)).build());
    }
    int approvals = random.nextInt(3);
    for (int a = 0; a < approvals; a++) {
      Decision decision = decision(random, ids, municipality, Id.of(p + "-karar" + a));
      dataset.addDecisions(decision);
      plan.addApprovals(Approval.of(decision.getBody(), decision.getId(), decision.getDate()));
    }
    lifecycle(random, plan, owner, period);
    dataset.addPlans(plan.build());
  }

  private static List<ParticipantGroup> participants(SplittableRandom random) {
    List<ParticipantGroup> groups = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      groups.add(ParticipantGroup.of(Gen.of(InstitutionKind.class).next(random), headCounts().next(random)));
    }
    return groups;
  }

  private Action action(SplittableRandom random, Ids ids, Id id, List<Id> targets, List<Id> indicators,
      DateRange period) {
    var action = Action.builder().id(id).targetId(Gen.of(targets).next(random)).title(texts.next(random))
        .strategy(texts.optional(0.3).next(random))
        .responsibleInstitutionId(Gen.of(ids.institutions()).optional(0.8).next(random))
        .genderMarker(Gen.of(GenderMarker.class).optional(0.5).next(random))
        .addAllIndicatorIds(Gen.subsetOf(indicators, 0, 2).next(random));
    if (random.nextInt(5) > 0) {
      LocalDate start = period.getStart().plusDays(random.nextInt((int) period.lengthInDays()));
      LocalDate end = start.plusDays(random.nextInt(701));
      action.timeline(DateRange.of(start, end.isAfter(period.getEnd()) ? period.getEnd() : end));
    }
    int lines = random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      Currency currency = random.nextInt(10) == 0 ? EUR : Money.TRY;
      action.addBudget(BudgetLine.builder().description(texts.optional(0.3).next(random))
          .amount(Money.of(BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2), currency))
          .fundingSource(Gen.of(FundingSource.class).next(random))
          .funderInstitutionId(Gen.of(ids.institutions()).optional(0.3).next(random))
          .year(Gen.ints(2005, 2030).optional(0.6).next(random))
          .executed(Gen.longs(0, 100_000_000_000L).optional(0.5).next(random)
              .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), currency)))
          .illustrative(random.nextBoolean()).build());
    }
    return action.build();
  }

  /** An adopted decision of the province's board or of the plan's municipal council, as an approval cites it. */
  private Decision decision(SplittableRandom random, Ids ids, Optional<Integer> municipality, Id id) {
    boolean board = ids.board && random.nextBoolean();
    var decision = Decision.builder().id(id)
        .body(board ? DecisionBody.COORDINATION_BOARD : DecisionBody.MUNICIPAL_COUNCIL)
        .bodyId(board ? ids.board() : ids.council(municipality.orElse(0))).number(texts.optional(0.5).next(random))
        .date(dates().next(random)).subject(texts.next(random)).outcome(DecisionOutcome.ADOPTED)
        .illustrative(random.nextBoolean());
    if (random.nextBoolean()) {
      int against = random.nextInt(31);
      decision.votes(Votes.of(against + 1 + random.nextInt(30), against, random.nextInt(6)));   // a majority
    }
    return decision.build();
  }

  /** A state and, four times in five, a history that walks the lifecycle graph from the plan's creation. */
  private void lifecycle(SplittableRandom random, ImmutableActionPlan.Builder plan, Id actor,
      DateRange period) {
    if (random.nextInt(5) == 0) {
      plan.state(Gen.of(PlanState.class).next(random));
      return;
    }
    LocalDate date = period.getStart().minusDays(random.nextInt(401));
    PlanState state = Gen.of(List.of(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING)).next(random);
    plan.addHistory(LifecycleEvent.ofCreation(date, state, actor));
    int steps = random.nextInt(7);
    for (int i = 0; i < steps && !PlanLifecycle.isTerminal(state); i++) {
      PlanState to = Gen.of(new ArrayList<>(PlanLifecycle.allowedFrom(state))).next(random);
      date = date.plusDays(random.nextInt(1001));
      plan.addHistory(LifecycleEvent.builder().date(date).from(state).to(to).actorId(actor)
          .reason(texts.optional(0.3).next(random)).build());
      state = to;
    }
    plan.state(state);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Indicators

  private Indicator indicator(SplittableRandom random, Id id, DateRange period) {
    IndicatorDefinition definition = random.nextBoolean() ? Gen.of(ReferenceIndicators.all()).next(random)
        : IndicatorDefinition.builder().code("YEREL-I" + (1 + random.nextInt(999)))
            .name(texts.optional(0.7).next(random).map(en -> LocalizedText.of(texts.next(random), en))
                .orElseGet(() -> LocalizedText.ofTurkish(texts.next(random))))
            .measure(Gen.of(List.of(Measure.COUNT, Measure.PERCENTAGE, Measure.RATIO, Measure.MONEY,
                Measure.QUALITATIVE, Measure.MILESTONE)).next(random))
            .unit(texts.next(random)).direction(Gen.of(Direction.class).next(random)).sensitive(random.nextBoolean())
            .build();
    Measure measure = definition.getMeasure();
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int year = period.getStart().getYear(); year <= period.getEnd().getYear(); year++) {
      periods.add(ReportingPeriod.ofYear(year));
      for (int quarter = 1; quarter <= 4; quarter++) {
        periods.add(ReportingPeriod.ofQuarter(year, quarter));
      }
    }
    var indicator = Indicator.builder().id(id).definition(definition).dataSource(texts.optional(0.3).next(random))
        .illustrative(random.nextBoolean());
    if (random.nextInt(10) < 7) {
      Sexes value = sexes(random, measure);
      indicator.baseline(Baseline.builder().date(dates().next(random)).value(value.total).women(value.women)
          .men(value.men).illustrative(random.nextBoolean()).build());
    }
    for (ReportingPeriod at : Gen.subsetOf(periods, 0, 2).next(random)) {
      indicator.addTargets(TargetValue.of(at, measurement(random, measure)));
    }
    for (ReportingPeriod at : Gen.subsetOf(periods, 0, 6).next(random)) {
      Sexes value = sexes(random, measure);
      indicator.addObservations(Observation.builder().period(at).total(value.total).women(value.women)
          .men(value.men).source(texts.optional(0.2).next(random)).illustrative(random.nextBoolean()).build());
    }
    return indicator.build();
  }

  /** A total and, where drawn, women's and men's parts that the invariants accept. */
  private static final class Sexes {
    final Measurement total;
    final Optional<Measurement> women;
    final Optional<Measurement> men;

    Sexes(Measurement total, Optional<Measurement> women, Optional<Measurement> men) {
      this.total = total;
      this.women = women;
      this.men = men;
    }
  }

  private static Sexes sexes(SplittableRandom random, Measure measure) {
    boolean withWomen = random.nextBoolean();
    boolean withMen = random.nextBoolean();
    boolean ratio = measure == Measure.PERCENTAGE || measure == Measure.RATIO;
    if (ratio && random.nextBoolean()) {
      // As ratios: the parts' numerators add up to at most the total's, over the same denominator.
      long denominator = 1 + random.nextInt(500);
      long numerator = random.nextLong(denominator + 1);
      long women = random.nextLong(numerator + 1);
      long men = random.nextLong(numerator - women + 1);
      return new Sexes(Measurement.ofRatio(numerator, denominator),
          withWomen ? Optional.of(Measurement.ofRatio(women, denominator)) : Optional.empty(),
          withMen ? Optional.of(Measurement.ofRatio(men, denominator)) : Optional.empty());
    }
    if (ratio) {
      // As plain values: a part given as a ratio must fit a total given as one, so none is.
      return new Sexes(percentage(random), withWomen ? Optional.of(percentage(random)) : Optional.empty(),
          withMen ? Optional.of(percentage(random)) : Optional.empty());
    }
    return new Sexes(measurement(random, measure),
        withWomen ? Optional.of(measurement(random, measure)) : Optional.empty(),
        withMen ? Optional.of(measurement(random, measure)) : Optional.empty());
  }

  /** A measurement that suits {@code measure}: a number, a ratio or a text. Small counts are frequent. */
  private static Measurement measurement(SplittableRandom random, Measure measure) {
    switch (measure) {
      case PERCENTAGE:
      case RATIO:
        if (random.nextBoolean()) {
          long denominator = 1 + random.nextInt(500);
          return Measurement.ofRatio(random.nextLong(denominator + 1), denominator);
        }
        return percentage(random);
      case QUALITATIVE:
      case MILESTONE:
        return Measurement.ofText(Gen.of(List.of("Tamamlandı", "Başladı", "Planlandı", "İyileşti")).next(random));
      default:
        switch (random.nextInt(4)) {
          case 0:
            return Measurement.of(random.nextInt(13));
          case 1:
            return Measurement.of(random.nextInt(100_001));
          case 2:
            // Whole numbers in exponent notation (1E+3), as a JSON reader makes of 1E3.
            return Measurement.of(BigDecimal.valueOf(1 + random.nextInt(99), -1 - random.nextInt(3)));
          default:
            return Measurement.of(BigDecimal.valueOf(random.nextInt(1_000_001), 2));
        }
    }
  }

  private static Measurement percentage(SplittableRandom random) {
    return Measurement.of(BigDecimal.valueOf(random.nextInt(10_001), 2));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static List<Id> ids(String prefix, int n) {
    List<Id> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(Id.of(prefix + i));
    }
    return ids;
  }

  private static Gen<DateRange> ranges() {
    return random -> {
      LocalDate start = dates().next(random);
      return DateRange.of(start, start.plusDays(random.nextInt(5 * 365 + 1)));
    };
  }
}
