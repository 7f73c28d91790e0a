package org.kdk.reporting.render;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.report.ActionSummary;
import org.kdk.reporting.report.BudgetBySource;
import org.kdk.reporting.report.BudgetSummary;
import org.kdk.reporting.report.DutyLine;
import org.kdk.reporting.report.MechanismSlot;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.PlanStage;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceColumn;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.StatusCount;
import org.kdk.reporting.report.ThemeSection;
import org.kdk.rules.finding.Finding;

/**
 * Kullanılan kodlar — collects the labelled codes a report uses and their labels in one language, grouped by the
 * code's type ({@code "ProgressStatus" → "ON_TRACK" → "Yolunda"}), both levels sorted. Not thread-safe; one per
 * rendering.
 */
final class UsedCodes {
  private final Language language;
  private final Map<String, Map<String, String>> labels = new TreeMap<>();

  private UsedCodes(Language language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  static Map<String, Map<String, String>> of(PlanReport report, Language language) {
    UsedCodes codes = new UsedCodes(language);
    codes.add(report.getKind());
    codes.add(report.getState());
    report.getHistory().forEach(codes::add);
    for (ThemeSection theme : report.getThemes()) {
      codes.add(theme.getTheme());
      theme.getActions().stream().map(ActionSummary::getBudget).forEach(codes::add);
      theme.getIndicators().forEach(codes::add);
      codes.add(theme.getBudget());
    }
    codes.add(report.getBudget());
    report.getIndicators().forEach(codes::add);
    report.getStatusCounts().stream().map(StatusCount::getStatus).forEach(codes::add);
    return codes.result();
  }

  static Map<String, Map<String, String>> of(ProvinceScorecard report, Language language) {
    UsedCodes codes = new UsedCodes(language);
    report.getMechanisms().forEach(codes::add);
    for (PlanStage plan : report.getPlans()) {
      codes.add(plan.getKind());
      codes.add(plan.getState());
      plan.getHistory().forEach(codes::add);
    }
    report.getIndicators().forEach(codes::add);
    report.getStatusCounts().stream().map(StatusCount::getStatus).forEach(codes::add);
    report.getFindings().getTop().stream().map(Finding::getSeverity).forEach(codes::add);
    for (DutyLine duty : report.getDuties()) {
      codes.add(duty.getDuty());
      codes.add(duty.getStatus());
    }
    return codes.result();
  }

  static Map<String, Map<String, String>> of(ProgrammeDashboard report, Language language) {
    UsedCodes codes = new UsedCodes(language);
    for (ProvinceColumn province : report.getProvinces()) {
      province.getMechanisms().forEach(codes::add);
      province.getPlanState().ifPresent(codes::add);
    }
    return codes.result();
  }

  private void add(Labelled code) {
    Class<?> type = code instanceof Enum ? ((Enum<?>) code).getDeclaringClass() : code.getClass();
    labels.computeIfAbsent(type.getSimpleName(), k -> new TreeMap<>())
        .put(code.name(), code.getDisplayName(language));
  }

  private void add(LifecycleEvent event) {
    event.getFrom().ifPresent(this::add);
    add(event.getTo());
  }

  private void add(BudgetSummary budget) {
    budget.getBySource().stream().map(BudgetBySource::getSource).forEach(this::add);
  }

  private void add(MechanismSlot slot) {
    add(slot.getKind());
    slot.getStatus().ifPresent(this::add);
  }

  private void add(IndicatorProgress indicator) {
    add(indicator.getMeasure());
    add(indicator.getDirection());
    add(indicator.getStatus());
    add(indicator.getTrend());
    indicator.getPeriods().stream().map(PeriodProgress::getStatus).forEach(this::add);
  }

  private Map<String, Map<String, String>> result() {
    Map<String, Map<String, String>> out = new TreeMap<>();
    labels.forEach((type, codes) -> out.put(type, Collections.unmodifiableMap(codes)));
    return Collections.unmodifiableMap(out);
  }
}
