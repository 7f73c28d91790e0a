package org.kdk.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ImmutableMunicipality;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.Money;

/** Small building blocks for the datasets the engine's tests build. */
final class ReportData {
  static final Id ACTOR = Id.of("valilik");

  private ReportData() {}

  static Id id(String value) {
    return Id.of(value);
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static Money lira(long amount) {
    return Money.ofLira(amount);
  }

  static IndicatorDefinition definition(String code, Measure measure, Direction direction, boolean sensitive) {
    return IndicatorDefinition.builder().code(code).name(LocalizedText.of(code + " tr", code + " en"))
        .measure(measure).unit(measure == Measure.PERCENTAGE ? "%" : "kişi").direction(direction)
        .sensitive(sensitive).build();
  }

  /** A provincial action plan for 2013–2015 with no history, in state {@code state}. */
  static ImmutableActionPlan.Builder plan(String id, String provinceCode, PlanState state) {
    return ActionPlan.builder().id(Id.of(id)).kind(PlanKind.ACTION_PLAN).title("Plan " + id)
        .scope(PlanScope.ofProvince(provinceCode)).period(DateRange.ofYears(2013, 2015)).state(state);
  }

  static LifecycleEvent created(LocalDate date, PlanState state) {
    return LifecycleEvent.ofCreation(date, state, ACTOR);
  }

  static LifecycleEvent step(LocalDate date, PlanState from, PlanState to) {
    return LifecycleEvent.of(date, from, to, ACTOR);
  }

  static Institution institution(String id, String name, InstitutionKind kind, String provinceCode) {
    return Institution.builder().id(Id.of(id)).name(name).kind(kind).provinceCode(provinceCode).build();
  }

  /** A builder of a municipality named {@code Belediye <id>}, with its population where not null. */
  static ImmutableMunicipality.Builder municipality(String id, MunicipalityType type, String provinceCode,
      Long population) {
    var builder = Municipality.builder().id(Id.of(id)).name("Belediye " + id).type(type).provinceCode(provinceCode);
    if (population != null) {
      builder.population(population);
    }
    return builder;
  }

  /** {@code dataset} with {@code more} municipalities after its own. */
  static Dataset withMunicipalities(Dataset dataset, Municipality... more) {
    List<Municipality> all = new ArrayList<>(dataset.getMunicipalities());
    all.addAll(List.of(more));
    return ImmutableDataset.copyOf(dataset).withMunicipalities(all);
  }
}
