package org.kdk.core.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.kdk.core.value.Replacing;
import org.kdk.core.activity.AwarenessEvent;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.LegislativeProposal;
import org.kdk.core.activity.NeighbourhoodWomensOrganisation;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.Neighbourhood;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.programme.Commitment;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;

/**
 * Veri kümesi — one KDK document: any subset of institutions, municipalities, mechanisms, decisions, plans and
 * activities, from a single plan to the whole country.
 *
 * <p>The root of the JSON format carries its name ({@value #FORMAT}) and an integer version
 * ({@value #CURRENT_VERSION}); objects refer to each other by {@link Id}. Provinces are not listed: documents refer
 * to the built-in catalogue by code ({@code TR-47}). Read and write it with {@link org.kdk.core.json.KdkJson}.
 * Immutable and thread-safe; the lookups by id are built once, on first use.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataset.class)
@JsonDeserialize(as = ImmutableDataset.class)
@JsonPropertyOrder({"format", "version", "title", "description", "asOf"})
public abstract class Dataset {
  /** The format name every document carries at its root. */
  public static final String FORMAT = "kdk-dataset";

  /** The format version this library writes and reads. */
  public static final int CURRENT_VERSION = 1;

  Dataset() {}

  /** The format name, always {@value #FORMAT}. */
  public abstract String getFormat();

  /** The format version, {@value #CURRENT_VERSION} for this library. */
  public abstract int getVersion();

  /** A title for people, such as {@code Mardin 2011–2015}. */
  public abstract Optional<@NonBlank(max = 300) String> getTitle();

  /** What the dataset holds and where its figures come from. */
  public abstract Optional<@NonBlank(max = 10_000) String> getDescription();

  /** The day the data describes, where it describes one. */
  public abstract Optional<LocalDate> getAsOf();

  /** Institutions: governorships, municipalities, councils, NGOs, agencies… */
  public abstract List<@Valid Institution> getInstitutions();

  /** Municipalities, with type and population. */
  public abstract List<@Valid Municipality> getMunicipalities();

  /** Neighbourhoods (mahalle) and their muhtars. */
  public abstract List<@Valid Neighbourhood> getNeighbourhoods();

  /** Official commitments (taahhütname) signed by provinces. */
  public abstract List<@Valid Commitment> getCommitments();

  /** Provincial women's rights coordination boards. */
  public abstract List<@Valid CoordinationBoard> getCoordinationBoards();

  /** Equality units. */
  public abstract List<@Valid EqualityUnit> getEqualityUnits();

  /** Council equality commissions. */
  public abstract List<@Valid EqualityCommission> getEqualityCommissions();

  /** Decisions of councils, boards and commissions. */
  public abstract List<@Valid Decision> getDecisions();

  /** Local equality action and strategic plans. */
  public abstract List<@Valid ActionPlan> getPlans();

  /** Grant schemes. */
  public abstract List<@Valid GrantScheme> getGrantSchemes();

  /** Grant-funded projects. */
  public abstract List<@Valid GrantProject> getGrantProjects();

  /** Trainings. */
  public abstract List<@Valid Training> getTrainings();

  /** Awareness events. */
  public abstract List<@Valid AwarenessEvent> getAwarenessEvents();

  /** Neighbourhood women's organisations. */
  public abstract List<@Valid NeighbourhoodWomensOrganisation> getNeighbourhoodOrganisations();

  /** Legislative proposals sent to central authorities. */
  public abstract List<@Valid LegislativeProposal> getLegislativeProposals();

  /** A builder with the format name and the current version already set. */
  public static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder().format(FORMAT).version(CURRENT_VERSION);
  }

  /** A dataset with nothing in it. */
  public static Dataset empty() {
    return builder().build();
  }

  @Value.Check
  void check() {
    Invariants.check(FORMAT.equals(getFormat()), Dataset.class, "format", "\"" + getFormat() + "\"",
        "Dataset.format", FORMAT);
    Invariants.check(getVersion() == CURRENT_VERSION, Dataset.class, "version", getVersion(),
        "Dataset.version", CURRENT_VERSION);
  }

  /** All mechanisms: boards, then units, then commissions. */
  public List<Mechanism> mechanisms() {
    List<Mechanism> all = new ArrayList<>(
        getCoordinationBoards().size() + getEqualityUnits().size() + getEqualityCommissions().size());
    all.addAll(getCoordinationBoards());
    all.addAll(getEqualityUnits());
    all.addAll(getEqualityCommissions());
    return Collections.unmodifiableList(all);
  }

  /** The institution with {@code id}. */
  public Optional<Institution> institution(Id id) {
    return Optional.ofNullable(index().institutions.get(Objects.requireNonNull(id, "id")));
  }

  /** The municipality with {@code id}. */
  public Optional<Municipality> municipality(Id id) {
    return Optional.ofNullable(index().municipalities.get(Objects.requireNonNull(id, "id")));
  }

  /** The decision with {@code id}. */
  public Optional<Decision> decision(Id id) {
    return Optional.ofNullable(index().decisions.get(Objects.requireNonNull(id, "id")));
  }

  /** The plan with {@code id}. */
  public Optional<ActionPlan> plan(Id id) {
    return Optional.ofNullable(index().plans.get(Objects.requireNonNull(id, "id")));
  }

  /** The mechanism (board, unit or commission) with {@code id}. */
  public Optional<Mechanism> mechanism(Id id) {
    return Optional.ofNullable(index().mechanisms.get(Objects.requireNonNull(id, "id")));
  }

  /** The plans whose scope lies in the province with code {@code provinceCode}. */
  public List<ActionPlan> plansOf(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return index().plansByProvince.getOrDefault(provinceCode, List.of());
  }

  /** The mechanisms of the province with code {@code provinceCode}. */
  public List<Mechanism> mechanismsOf(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return index().mechanismsByProvince.getOrDefault(provinceCode, List.of());
  }

  /**
   * The code of every province the dataset names — in a plan's scope, a mechanism, a municipality, an
   * institution, a commitment, a training, a grant scheme or project, an awareness event or a legislative proposal
   * — in code order, which is plate order.
   */
  public java.util.SortedSet<String> provinceCodes() {
    return index().provinceCodes;
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /**
   * Lookups by id, where ids repeat the first wins (kdk-rules reports the duplicate); and plans and mechanisms by
   * province code, in dataset order, so that a report over all 81 provinces does not scan the dataset 81 times;
   * and the province codes the dataset names.
   */
  static final class Index {
    final java.util.Map<Id, Institution> institutions;
    final java.util.Map<Id, Municipality> municipalities;
    final java.util.Map<Id, Decision> decisions;
    final java.util.Map<Id, ActionPlan> plans;
    final java.util.Map<Id, Mechanism> mechanisms;
    final java.util.Map<String, List<ActionPlan>> plansByProvince;
    final java.util.Map<String, List<Mechanism>> mechanismsByProvince;
    final java.util.SortedSet<String> provinceCodes;

    Index(Dataset d) {
      institutions = byId(d.getInstitutions().stream(), Institution::getId);
      municipalities = byId(d.getMunicipalities().stream(), Municipality::getId);
      decisions = byId(d.getDecisions().stream(), Decision::getId);
      plans = byId(d.getPlans().stream(), ActionPlan::getId);
      mechanisms = byId(d.mechanisms().stream(), Mechanism::getId);
      plansByProvince = byProvince(d.getPlans().stream(), p -> p.getScope().getProvinceCode());
      mechanismsByProvince = byProvince(d.mechanisms().stream(), Mechanism::getProvinceCode);
      java.util.SortedSet<String> codes = new java.util.TreeSet<>(plansByProvince.keySet());
      codes.addAll(mechanismsByProvince.keySet());
      d.getMunicipalities().forEach(m -> codes.add(m.getProvinceCode()));
      d.getInstitutions().forEach(i -> i.getProvinceCode().ifPresent(codes::add));
      d.getCommitments().forEach(c -> codes.add(c.getProvinceCode()));
      d.getTrainings().forEach(t -> t.getProvinceCode().ifPresent(codes::add));
      d.getGrantSchemes().forEach(g -> g.getProvinceCode().ifPresent(codes::add));
      d.getGrantProjects().forEach(g -> codes.add(g.getProvinceCode()));
      d.getAwarenessEvents().forEach(e -> e.getProvinceCode().ifPresent(codes::add));
      d.getLegislativeProposals().forEach(l -> l.getProvinceCode().ifPresent(codes::add));
      provinceCodes = java.util.Collections.unmodifiableSortedSet(codes);
    }

    private static <T> java.util.Map<Id, T> byId(Stream<T> items, Function<T, Id> id) {
      return items.collect(Collectors.toUnmodifiableMap(id, Function.identity(), (first, second) -> first));
    }

    private static <T> java.util.Map<String, List<T>> byProvince(Stream<T> items, Function<T, String> province) {
      return items.collect(Collectors.collectingAndThen(
          Collectors.groupingBy(province, Collectors.toUnmodifiableList()), java.util.Map::copyOf));
    }
  }

  /** A copy in which {@code plan} replaces the plan with the same id, or is appended. */
  public Dataset withPlan(ActionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return ImmutableDataset.copyOf(this).withPlans(
        Replacing.replaceOrAppend(getPlans(), plan, p -> p.getId().equals(plan.getId())));
  }
}
