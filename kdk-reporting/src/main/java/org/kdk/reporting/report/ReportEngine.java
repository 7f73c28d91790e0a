package org.kdk.reporting.report;

import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.core.programme.Phase;
import org.kdk.core.programme.Programme;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.Money;
import org.kdk.reporting.disclosure.DisclosurePolicy;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.ProgressCalculator;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.ImmutableFinding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;

/**
 * Rapor motoru — builds the three reports from a dataset as of a date: the {@linkplain #planReport plan report},
 * the {@linkplain #scorecard province scorecard} and the {@linkplain #dashboard programme dashboard}.
 *
 * <p>Every indicator's progress comes from the {@link ProgressCalculator} and passes the {@link DisclosurePolicy}
 * before it enters a report; a report that withheld anything carries a {@link ReportNote} with code
 * {@code SUPPRESSED}, and one that shows a figure marked illustrative (a plan, baseline, observation, budget
 * line, mechanism, municipality, training or grant project) a note with code {@code ILLUSTRATIVE}. Reports hold
 * codes and numbers; the same input gives equal reports, with every list in a documented order. The engine keeps
 * no state between calls: it is immutable and thread-safe, so share one instance between threads.
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.standard();
 * ProvinceScorecard mardin = engine.scorecard(dataset, "TR-47", LocalDate.of(2015, 6, 30));
 * }</pre>
 */
public final class ReportEngine {
  private static final Texts NOTES = Texts.of(ReportEngine.class, "Notes");
  private static final Set<DecisionBody> BOARD_BODIES =
      EnumSet.of(DecisionBody.COORDINATION_BOARD, DecisionBody.COORDINATION_BOARD_UPPER_TIER);
  private static final Set<DecisionBody> COUNCIL_BODIES =
      EnumSet.of(DecisionBody.MUNICIPAL_COUNCIL, DecisionBody.PROVINCIAL_COUNCIL);
  private static final Set<GrantProjectStatus> FUNDED =
      EnumSet.of(GrantProjectStatus.AWARDED, GrantProjectStatus.IN_PROGRESS, GrantProjectStatus.COMPLETED);
  private static final int TOP_FINDINGS = 10;
  private static final LocalizedText FINDING_WITHHELD = LocalizedText.of(NOTES.get("FINDING_WITHHELD", Language.TR),
      NOTES.get("FINDING_WITHHELD", Language.EN));
  private static final LocalizedText PERSON_WITHHELD = LocalizedText.of(NOTES.get("PERSON_WITHHELD", Language.TR),
      NOTES.get("PERSON_WITHHELD", Language.EN));

  private final ProgressCalculator calculator;
  private final DisclosurePolicy disclosure;
  private final KdkValidator validator;
  /**
   * The last dataset validated (held weakly), its date and its report: a scorecard for each of the 81 provinces
   * validates the same immutable dataset once instead of 81 times.
   */
  private final AtomicReference<LastValidation> lastValidation = new AtomicReference<>();

  private ReportEngine(ProgressCalculator calculator, DisclosurePolicy disclosure, KdkValidator validator) {
    this.calculator = calculator;
    this.disclosure = disclosure;
    this.validator = validator;
  }

  /**
   * The engine with the default thresholds ({@link ProgressCalculator#standard()}), the default disclosure
   * policy ({@link DisclosurePolicy#defaults()}) and the current-law rules
   * ({@code KdkValidator.of(Profiles.currentLaw())}).
   */
  public static ReportEngine standard() {
    return Standard.ENGINE;
  }

  /**
   * An engine computing progress with {@code calculator}, withholding small counts by {@code disclosure} and
   * summarising the findings of {@code validator}.
   */
  public static ReportEngine of(ProgressCalculator calculator, DisclosurePolicy disclosure, KdkValidator validator) {
    return new ReportEngine(Objects.requireNonNull(calculator, "calculator"),
        Objects.requireNonNull(disclosure, "disclosure"), Objects.requireNonNull(validator, "validator"));
  }

  /** The progress calculator in use. */
  public ProgressCalculator calculator() {
    return calculator;
  }

  /** The disclosure policy in use. */
  public DisclosurePolicy disclosure() {
    return disclosure;
  }

  /** The validator whose findings the scorecard summarises. */
  public KdkValidator validator() {
    return validator;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Plan report

  /**
   * Plan raporu — the plan {@code planId} as of {@code asOf}.
   *
   * <ul>
   *   <li>State: the {@code to} of the last lifecycle step on or before {@code asOf}, else the plan's state;
   *       history: the steps on or before {@code asOf}.
   *   <li>One {@link ThemeSection} per {@link Theme}, in the enum's order: whether the plan covers it, the
   *       reason of its exemption, the texts of the aims under it, the actions whose target's aim has that theme
   *       (plan order), the progress of the indicators those actions name (plan order of the indicators; ids
   *       that do not resolve are skipped) and the budget of those actions.
   *   <li>Budgets are summed in the currency of the plan's first budget line (Turkish lira when it has none),
   *       planned and executed by funding source; an absent executed amount counts as zero; lines in another
   *       currency are left out and counted in {@link BudgetSummary#getLinesInOtherCurrencies()}. Action,
   *       theme and plan summaries use that one currency, so that they add up.
   *   <li>Indicators: every indicator of the plan, in plan order, after disclosure control; status counts: one
   *       per {@link ProgressStatus}, in its order, zero included.
   *   <li>Notes: {@code SUPPRESSED} when disclosure control withheld a value, {@code ILLUSTRATIVE} when the plan,
   *       an indicator, its baseline, an observation of a period begun by {@code asOf} or a budget line is
   *       marked illustrative.
   * </ul>
   *
   * @throws NoSuchElementException if the dataset has no plan {@code planId}
   */
  public PlanReport planReport(Dataset dataset, Id planId, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(asOf, "asOf");
    ActionPlan plan = dataset.plan(planId).orElseThrow(() -> new NoSuchElementException(
        "the dataset has no plan with the id " + planId + "; its plans are " + dataset.getPlans().stream()
            .map(p -> p.getId().getValue()).collect(Collectors.joining(", "))));
    Tracked tracked = track(plan.getIndicators(), asOf);
    Currency currency = BudgetTotals.currencyOf(linesOf(plan.getActions()));

    List<ThemeSection> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Action> actions = plan.actionsOf(theme);
      Set<Id> named = actions.stream().flatMap(a -> a.getIndicatorIds().stream())
          .collect(Collectors.toCollection(LinkedHashSet::new));
      themes.add(ThemeSection.builder()
          .theme(theme)
          .covered(plan.getThemes().contains(theme))
          .exemptionReason(plan.getThemeExemptions().stream().filter(e -> e.getTheme() == theme)
              .map(ThemeExemption::getReason).findFirst())
          .addAllAims(plan.getAims().stream().filter(a -> a.getTheme() == theme).map(Aim::getText)
              .collect(Collectors.toList()))
          .addAllActions(actions.stream().map(a -> summary(dataset, plan, a, currency)).collect(Collectors.toList()))
          .addAllIndicators(tracked.progress.stream().filter(p -> named.contains(p.getIndicatorId()))
              .collect(Collectors.toList()))
          .budget(BudgetTotals.summarise(linesOf(actions), currency))
          .build());
    }
    String provinceCode = plan.getScope().getProvinceCode();
    return PlanReport.builder()
        .asOf(asOf)
        .planId(plan.getId())
        .title(plan.getTitle())
        .kind(plan.getKind())
        .provinceCode(provinceCode)
        .provinceName(Provinces.find(provinceCode).map(Province::getName).orElse(provinceCode))
        .municipalityName(plan.getScope().getMunicipalityId()
            .map(id -> dataset.municipality(id).map(Municipality::getName).orElse(id.getValue())))
        .period(plan.getPeriod())
        .state(PlanStates.stateOn(plan, asOf))
        .addAllHistory(PlanStates.historyUpTo(plan, asOf))
        .addAllThemes(themes)
        .budget(BudgetTotals.summarise(linesOf(plan.getActions()), currency))
        .addAllIndicators(tracked.progress)
        .addAllStatusCounts(statusCounts(tracked.progress))
        .addAllNotes(notes(tracked.suppressed, plan.usesIllustrativeOn(asOf)))
        .build();
  }

  private static ActionSummary summary(Dataset dataset, ActionPlan plan, Action action, Currency currency) {
    return ActionSummary.builder()
        .actionId(action.getId())
        .title(action.getTitle())
        .target(plan.target(action.getTargetId()).map(Target::getText))
        .responsible(action.getResponsibleInstitutionId()
            .map(id -> dataset.institution(id).map(Institution::getName).orElse(id.getValue())))
        .timeline(action.getTimeline())
        .budget(BudgetTotals.summarise(action.getBudget(), currency))
        .addAllIndicatorIds(action.getIndicatorIds())
        .build();
  }

  private static List<BudgetLine> linesOf(List<Action> actions) {
    return actions.stream().flatMap(a -> a.getBudget().stream()).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Province scorecard

  /**
   * İl karnesi — the province {@code provinceCode} (such as {@code TR-47}) as of {@code asOf}.
   *
   * <ul>
   *   <li>Metropolitan: {@link LawCalendar#isMetropolitan} on {@code asOf}.
   *   <li>Mechanisms: one {@link MechanismSlot} per {@link MechanismKind}, in its order. <em>Applicable</em>: the
   *       law lets it exist on {@code asOf} — the special provincial administration's equality unit and the
   *       provincial council's commission only while {@link LawCalendar#hasSpecialProvincialAdministration};
   *       the others always. <em>Present</em>: a mechanism of that kind in the province exists on {@code asOf}
   *       — its status then is established, active or dormant; without a status by then, its
   *       {@code establishedOn} is on or before {@code asOf}; with no dates at all, it is taken to exist.
   *       <em>Active</em>: one's status on {@code asOf} is active. The kind of a unit is its host (governorship,
   *       special provincial administration, municipality; units of other member institutions are not a slot),
   *       of a commission its council. Status: the liveliest status among the slot's mechanisms (active,
   *       dormant, established, proposed, dissolved); last meeting: the latest on or before {@code asOf}; names:
   *       those of the mechanisms known by then (existing, with a status, or undated), in dataset order.
   *   <li>Plans: the province's plans that exist on {@code asOf} (first lifecycle step on or before it, or no
   *       history), in dataset order, each with its state on {@code asOf} (the {@code to} of the last step on or
   *       before it, else the plan's state) and its history up to then.
   *   <li>Indicators: those of these plans, plan by plan, after disclosure control; status counts as in the
   *       plan report.
   *   <li>Findings: the validator's findings on {@code asOf} over the whole dataset, kept when their path lies
   *       under an object of this province ({@code plans[i]}, {@code coordinationBoards[i]},
   *       {@code equalityUnits[i]}, {@code equalityCommissions[i]}, {@code municipalities[i]},
   *       {@code institutions[i]}, {@code commitments[i]}, {@code decisions[i]} through the deciding body,
   *       {@code grantProjects[i]}, {@code trainings[i]} …); counted by severity, with the first ten in the
   *       report's order (errors first). The message of a finding about a sensitive indicator
   *       ({@code plans[i].indicators[j]…}) may quote its counts: it is replaced by a statement that the details
   *       are withheld, and the report carries the {@code SUPPRESSED} note. Reports name individuals only when
   *       they hold public office: the message of a finding about a person's record ({@code …person…},
   *       {@code …muhtar}, {@code …councilMembers…}) or naming a person without public office, and its hint if
   *       that names one, are replaced by a statement that the finding is about a person who is not named.
   *   <li>Duties: for each municipality of the province existing on {@code asOf}, in dataset order, a
   *       {@link Duty#SHELTER} and a {@link Duty#STRATEGIC_PLAN} line: obliged when metropolitan or above
   *       100,000 people (shelters) or of 50,000 people or more (strategic plan); met with a shelter recorded,
   *       or a strategic plan period covering {@code asOf}; not met with a recorded zero, or recorded periods
   *       none of which covers {@code asOf}; unknown when the record (or a non-metropolitan municipality's
   *       population) is missing; not applicable when not obliged, or within six months of the municipality's
   *       establishment for the strategic plan.
   *   <li>Notes: {@code SUPPRESSED} when disclosure control withheld a value or a finding's message;
   *       {@code ILLUSTRATIVE} when a plan shown, a mechanism known on {@code asOf} or a municipality existing
   *       then is, or uses figures, marked illustrative.
   * </ul>
   *
   * @throws NoSuchElementException if {@code provinceCode} is not the code of one of the 81 provinces
   */
  public ProvinceScorecard scorecard(Dataset dataset, String provinceCode, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(asOf, "asOf");
    Province province = Provinces.of(provinceCode);
    List<ActionPlan> plans = plansOn(dataset, provinceCode, asOf);
    Tracked tracked = track(plans.stream().flatMap(p -> p.getIndicators().stream()).collect(Collectors.toList()),
        asOf);
    List<PlanStage> stages = plans.stream().map(p -> PlanStage.builder()
        .planId(p.getId())
        .title(p.getTitle())
        .kind(p.getKind())
        .period(p.getPeriod())
        .state(PlanStates.stateOn(p, asOf))
        .addAllHistory(PlanStates.historyUpTo(p, asOf))
        .build()).collect(Collectors.toList());
    FindingSummary findings = findings(dataset, provinceCode, asOf);
    boolean illustrative = plans.stream().anyMatch(p -> p.usesIllustrativeOn(asOf))
        || dataset.mechanismsOf(provinceCode).stream()
            .anyMatch(m -> MechanismSlots.isKnownOn(m, asOf) && MechanismSlots.isIllustrative(m))
        || dataset.getMunicipalities().stream().anyMatch(m -> m.getProvinceCode().equals(provinceCode)
            && m.existsOn(asOf) && m.isIllustrative());
    return ProvinceScorecard.builder()
        .asOf(asOf)
        .provinceCode(province.getCode())
        .provinceName(province.getName())
        .metropolitan(LawCalendar.isMetropolitan(province, asOf))
        .addAllMechanisms(MechanismSlots.of(dataset, province, asOf))
        .addAllPlans(stages)
        .addAllIndicators(tracked.progress)
        .addAllStatusCounts(statusCounts(tracked.progress))
        .findings(findings)
        .addAllDuties(DutyLines.of(dataset, provinceCode, asOf))
        .addAllNotes(notes(tracked.suppressed || withheldAny(findings), illustrative))
        .build();
  }

  private FindingSummary findings(Dataset dataset, String provinceCode, LocalDate asOf) {
    ValidationReport report = validation(dataset, asOf);
    Set<String> privateNames = PersonNames.withoutPublicOffice(dataset);
    List<Finding> ours = report.getFindings().stream()
        .filter(f -> FindingPlaces.provinceOf(dataset, f.getPath()).filter(provinceCode::equals).isPresent())
        .map(f -> FindingPlaces.isAboutSensitiveIndicator(dataset, f.getPath()) ? withheld(f) : f)
        .map(f -> PersonNames.mayName(f, privateNames) ? withheldPerson(f, privateNames) : f)
        .sorted()
        .collect(Collectors.toList());
    return FindingSummary.builder()
        .profile(report.getProfile())
        .errors(count(ours, Severity.ERROR))
        .warnings(count(ours, Severity.WARNING))
        .infos(count(ours, Severity.INFO))
        .addAllTop(ours.subList(0, Math.min(TOP_FINDINGS, ours.size())))
        .build();
  }

  /** The validator's report on {@code dataset} as of {@code asOf}, reused while the same dataset is asked about. */
  private ValidationReport validation(Dataset dataset, LocalDate asOf) {
    LastValidation last = lastValidation.get();
    if (last != null && last.dataset().get() == dataset && last.asOf().equals(asOf)) {
      return last.report();
    }
    ValidationReport report = validator.validate(dataset, asOf);
    lastValidation.set(new LastValidation(new WeakReference<>(dataset), asOf, report));
    return report;
  }

  private record LastValidation(WeakReference<Dataset> dataset, LocalDate asOf, ValidationReport report) {}

  /** The finding with its message, which may quote small counts of a sensitive indicator, replaced. */
  private static Finding withheld(Finding finding) {
    return ImmutableFinding.copyOf(finding).withMessage(FINDING_WITHHELD);
  }

  /** The finding with its message, which may name a person without public office, replaced; its hint too if it does. */
  private static Finding withheldPerson(Finding finding, Set<String> privateNames) {
    ImmutableFinding withheld = ImmutableFinding.copyOf(finding).withMessage(PERSON_WITHHELD);
    return PersonNames.holdsAny(finding.getHint(), privateNames) ? withheld.withHint(PERSON_WITHHELD) : withheld;
  }

  /** Whether a finding shown in {@code summary} had its message withheld. */
  private static boolean withheldAny(FindingSummary summary) {
    return summary.getTop().stream().anyMatch(f -> f.getMessage().equals(FINDING_WITHHELD));
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Programme dashboard

  /**
   * Program panosu — the provinces of programme phase {@code phase} side by side as of {@code asOf}.
   *
   * <p>The provinces are those {@code Programme.kadinDostuKentler().phase(phase)} names, in plate order; a phase
   * that names none (phase 3 counts municipalities) shows the provinces that appear in the dataset (in a plan's
   * scope, a mechanism, a municipality, an institution, a commitment, a training, a grant scheme or project, an
   * awareness event or a legislative proposal). Each province gets a {@link ProvinceColumn}, whose getters
   * document each figure; only plans that exist on {@code asOf} count. The {@link Headline} counts the provinces
   * whose column says yes, and sums the columns' money and numbers. Notes: {@code ILLUSTRATIVE} when a figure
   * counted is marked illustrative.
   *
   * @throws NoSuchElementException if the programme has no phase {@code phase}
   */
  public ProgrammeDashboard dashboard(Dataset dataset, int phase, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(asOf, "asOf");
    Phase programmePhase = Programme.kadinDostuKentler().phase(phase);
    List<Province> provinces = programmePhase.getProvinceCodes().isEmpty() ? provincesIn(dataset)
        : programmePhase.getProvinceCodes().stream().map(Provinces::of).sorted().collect(Collectors.toList());
    List<ProvinceColumn> columns = new ArrayList<>();
    boolean illustrative = false;
    for (Province province : provinces) {
      Column column = column(dataset, province, asOf);
      columns.add(column.column);
      illustrative |= column.illustrative;
    }
    Money budget = Money.zero(Money.TRY);
    long trained = 0;
    int projects = 0;
    long representatives = 0;
    for (ProvinceColumn c : columns) {
      budget = budget.plus(c.getBudgetAllocated());
      trained += c.getPeopleTrained();
      projects += c.getGrantProjects();
      representatives += c.getEqualityRepresentatives();
    }
    Headline headline = Headline.builder()
        .provinces(columns.size())
        .plansBoardApproved((int) columns.stream().filter(ProvinceColumn::isBoardApproved).count())
        .plansCouncilApproved((int) columns.stream().filter(ProvinceColumn::isCouncilApproved).count())
        .plansIntegrated((int) columns.stream().filter(ProvinceColumn::isIntegrated).count())
        .budgetAllocated(budget)
        .peopleTrained(trained)
        .grantProjects(projects)
        .equalityRepresentatives(representatives)
        .build();
    return ProgrammeDashboard.builder()
        .asOf(asOf)
        .phase(programmePhase.getNumber())
        .headline(headline)
        .addAllProvinces(columns)
        .addAllNotes(notes(false, illustrative))
        .build();
  }

  private Column column(Dataset dataset, Province province, LocalDate asOf) {
    String code = province.getCode();
    List<ActionPlan> plans = plansOn(dataset, code, asOf);
    List<ActionPlan> councilApproved = plans.stream().filter(p -> approvedBy(p, COUNCIL_BODIES, asOf))
        .collect(Collectors.toList());
    boolean illustrative = plans.stream().anyMatch(p -> p.usesIllustrativeOn(asOf));
    // Summed as plain numbers and made money once; each plan has summed its own lines when it was made.
    BigDecimal ownBudget = BigDecimal.ZERO;
    for (ActionPlan plan : councilApproved) {
      Money own = plan.plannedBudgetByCurrency(FundingSource.OWN_BUDGET).get(Money.TRY);
      if (own != null) {
        ownBudget = ownBudget.add(own.getAmount());
      }
    }
    Money budget = Money.of(ownBudget, Money.TRY);
    List<Training> trainings = dataset.getTrainings().stream()
        .filter(t -> t.getProvinceCode().filter(code::equals).isPresent())
        .filter(t -> !t.getPeriod().getEnd().isAfter(asOf)).collect(Collectors.toList());
    List<GrantProject> projects = dataset.getGrantProjects().stream()
        .filter(g -> g.getProvinceCode().equals(code) && FUNDED.contains(g.getStatus())).collect(Collectors.toList());
    List<EqualityUnit> units = dataset.mechanismsOf(code).stream()
        .filter(m -> m instanceof EqualityUnit && MechanismSlots.existsOn(m, asOf)).map(EqualityUnit.class::cast)
        .collect(Collectors.toList());
    illustrative |= trainings.stream().anyMatch(Training::isIllustrative)
        || projects.stream().anyMatch(GrantProject::isIllustrative)
        || dataset.mechanismsOf(code).stream()
            .anyMatch(m -> MechanismSlots.isKnownOn(m, asOf) && MechanismSlots.isIllustrative(m));
    ProvinceColumn column = ProvinceColumn.builder()
        .provinceCode(code)
        .provinceName(province.getName())
        .addAllMechanisms(MechanismSlots.of(dataset, province, asOf))
        .planState(plans.stream().map(p -> PlanStates.furthestOn(p, asOf)).flatMap(Optional::stream)
            .reduce(PlanStates::further))
        .boardApproved(plans.stream().anyMatch(p -> approvedBy(p, BOARD_BODIES, asOf)))
        .councilApproved(!councilApproved.isEmpty())
        .integrated(plans.stream().anyMatch(p -> PlanStates.reachedOn(p, PlanState.INTEGRATED, asOf)
            || !p.getStrategicPlanLinks().isEmpty()))
        .budgetAllocated(budget)
        .peopleTrained(trainings.stream().mapToLong(t -> t.totalParticipants().total()).sum())
        .grantProjects(projects.size())
        .equalityRepresentatives(units.stream()
            .mapToLong(u -> u.getRepresentatives().map(r -> r.total()).orElse(0L) + u.getFocalPersons().size()).sum())
        .build();
    return new Column(column, illustrative);
  }

  private static boolean approvedBy(ActionPlan plan, Set<DecisionBody> bodies, LocalDate asOf) {
    return plan.getApprovals().stream().anyMatch(a -> bodies.contains(a.getBody()) && !a.getDate().isAfter(asOf));
  }

  /** The provinces named anywhere in the dataset, in plate order. */
  private static List<Province> provincesIn(Dataset dataset) {
    List<Province> provinces = new ArrayList<>();
    for (String code : dataset.provinceCodes()) {
      Provinces.find(code).ifPresent(provinces::add);
    }
    provinces.sort(Comparator.naturalOrder());
    return List.copyOf(provinces);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Shared parts

  /** The province's plans that exist on {@code asOf}, in dataset order. */
  private static List<ActionPlan> plansOn(Dataset dataset, String provinceCode, LocalDate asOf) {
    return dataset.plansOf(provinceCode).stream().filter(p -> PlanStates.existsOn(p, asOf))
        .collect(Collectors.toList());
  }

  /** The progress of {@code indicators} after disclosure control, and whether anything was withheld. */
  private Tracked track(List<Indicator> indicators, LocalDate asOf) {
    List<IndicatorProgress> progress = new ArrayList<>(indicators.size());
    boolean suppressed = false;
    for (Indicator indicator : indicators) {
      IndicatorProgress raw = calculator.progress(indicator, asOf);
      IndicatorProgress shown = disclosure.apply(indicator, raw);
      suppressed |= !shown.equals(raw);
      progress.add(shown);
    }
    return new Tracked(List.copyOf(progress), suppressed);
  }

  private static List<StatusCount> statusCounts(List<IndicatorProgress> progress) {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus status : ProgressStatus.values()) {
      counts.put(status, 0);
    }
    progress.forEach(p -> counts.merge(p.getStatus(), 1, Integer::sum));
    return counts.entrySet().stream().map(e -> StatusCount.of(e.getKey(), e.getValue()))
        .collect(Collectors.toUnmodifiableList());
  }

  private List<ReportNote> notes(boolean suppressed, boolean illustrative) {
    List<ReportNote> notes = new ArrayList<>(2);
    if (suppressed) {
      notes.add(note("SUPPRESSED", disclosure.getThreshold()));
    }
    if (illustrative) {
      notes.add(note("ILLUSTRATIVE"));
    }
    return notes;
  }

  private static ReportNote note(String code, Object... arguments) {
    return ReportNote.of(code, LocalizedText.of(NOTES.format(code, Language.TR, arguments),
        NOTES.format(code, Language.EN, arguments)));
  }

  @Override
  public String toString() {
    return "ReportEngine{" + calculator.thresholds() + ", " + disclosure + ", " + validator + "}";
  }

  /** Indicators' progress after disclosure control, and whether anything was withheld. */
  private static final class Tracked {
    final List<IndicatorProgress> progress;
    final boolean suppressed;

    Tracked(List<IndicatorProgress> progress, boolean suppressed) {
      this.progress = progress;
      this.suppressed = suppressed;
    }
  }

  /** A dashboard column, and whether it counted an illustrative figure. */
  private static final class Column {
    final ProvinceColumn column;
    final boolean illustrative;

    Column(ProvinceColumn column, boolean illustrative) {
      this.column = column;
      this.illustrative = illustrative;
    }
  }

  // Built on first use, so that loading the class does not build the validator.
  private static final class Standard {
    static final ReportEngine ENGINE = new ReportEngine(ProgressCalculator.standard(), DisclosurePolicy.defaults(),
        KdkValidator.of(Profiles.currentLaw()));
  }
}
