package org.kdk.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Money;

/**
 * B3's baselines: the facts the programme dashboard is computed from, flattened once before measuring — into
 * CSV files that DuckDB loads as tables, and into primitive arrays for the hand-written loop. Plans, approvals,
 * lifecycle steps, budget lines, mechanisms, their status changes and meetings; dates as epoch days, money in
 * kuruş, codes as ordinals or names.
 */
final class DashboardFacts {
  static final int PROVINCES = Provinces.all().size();
  /** Mechanism kinds as the dashboard's slots tell them apart. */
  static final String[] KINDS = {"BOARD", "UNIT", "COMMISSION"};

  // plans
  int plans;
  int[] planProvince;
  int[] planCreated;
  boolean[] planLinked;
  // approvals
  int approvals;
  int[] approvalPlan;
  boolean[] approvalCouncil;
  boolean[] approvalBoard;
  int[] approvalDate;
  // lifecycle steps
  int steps;
  int[] stepPlan;
  int[] stepDate;
  int[] stepRank;
  boolean[] stepIntegrated;
  // budget lines funded from the own budget in lira
  int lines;
  int[] linePlan;
  long[] lineKurus;
  // mechanisms
  int mechanisms;
  int[] mechanismProvince;
  int[] mechanismKind;
  long[] mechanismRepresentatives;
  int statuses;
  int[] statusMechanism;
  int[] statusDate;
  int[] statusCode;
  int meetings;
  int[] meetingMechanism;
  int[] meetingDate;

  static DashboardFacts of(Dataset dataset) {
    DashboardFacts f = new DashboardFacts();
    Map<String, Integer> province = new HashMap<>();
    List<Province> all = Provinces.all();
    for (int i = 0; i < all.size(); i++) {
      province.put(all.get(i).getCode(), i);
    }
    List<ActionPlan> plans = dataset.getPlans();
    f.plans = plans.size();
    f.planProvince = new int[f.plans];
    f.planCreated = new int[f.plans];
    f.planLinked = new boolean[f.plans];
    int approvals = 0;
    int steps = 0;
    int lines = 0;
    for (ActionPlan plan : plans) {
      approvals += plan.getApprovals().size();
      steps += plan.getHistory().size();
      for (Action action : plan.getActions()) {
        lines += action.getBudget().size();
      }
    }
    f.approvalPlan = new int[approvals];
    f.approvalCouncil = new boolean[approvals];
    f.approvalBoard = new boolean[approvals];
    f.approvalDate = new int[approvals];
    f.stepPlan = new int[steps];
    f.stepDate = new int[steps];
    f.stepRank = new int[steps];
    f.stepIntegrated = new boolean[steps];
    f.linePlan = new int[lines];
    f.lineKurus = new long[lines];
    for (int p = 0; p < plans.size(); p++) {
      ActionPlan plan = plans.get(p);
      f.planProvince[p] = province.get(plan.getScope().getProvinceCode());
      f.planCreated[p] = plan.getHistory().isEmpty() ? Integer.MIN_VALUE
          : (int) plan.getHistory().get(0).getDate().toEpochDay();
      f.planLinked[p] = !plan.getStrategicPlanLinks().isEmpty();
      for (Approval a : plan.getApprovals()) {
        int k = f.approvals++;
        f.approvalPlan[k] = p;
        f.approvalCouncil[k] = a.getBody() == DecisionBody.MUNICIPAL_COUNCIL
            || a.getBody() == DecisionBody.PROVINCIAL_COUNCIL;
        f.approvalBoard[k] = a.getBody() == DecisionBody.COORDINATION_BOARD
            || a.getBody() == DecisionBody.COORDINATION_BOARD_UPPER_TIER;
        f.approvalDate[k] = (int) a.getDate().toEpochDay();
      }
      for (LifecycleEvent e : plan.getHistory()) {
        int k = f.steps++;
        f.stepPlan[k] = p;
        f.stepDate[k] = (int) e.getDate().toEpochDay();
        f.stepRank[k] = rank(e.getTo());
        f.stepIntegrated[k] = e.getTo() == PlanState.INTEGRATED;
      }
      for (Action action : plan.getActions()) {
        for (BudgetLine line : action.getBudget()) {
          if (line.getFundingSource() == FundingSource.OWN_BUDGET
              && line.getAmount().getCurrency().equals(Money.TRY)) {
            int k = f.lines++;
            f.linePlan[k] = p;
            f.lineKurus[k] = line.getAmount().getAmount().movePointRight(2).longValueExact();
          }
        }
      }
    }
    List<Mechanism> mechanisms = dataset.mechanisms();
    f.mechanisms = mechanisms.size();
    f.mechanismProvince = new int[f.mechanisms];
    f.mechanismKind = new int[f.mechanisms];
    f.mechanismRepresentatives = new long[f.mechanisms];
    int statuses = 0;
    int meetings = 0;
    for (Mechanism m : mechanisms) {
      statuses += m.getStatusHistory().size();
      meetings += m.getMeetings().size();
    }
    f.statusMechanism = new int[statuses];
    f.statusDate = new int[statuses];
    f.statusCode = new int[statuses];
    f.meetingMechanism = new int[meetings];
    f.meetingDate = new int[meetings];
    for (int m = 0; m < mechanisms.size(); m++) {
      Mechanism mechanism = mechanisms.get(m);
      f.mechanismProvince[m] = province.get(mechanism.getProvinceCode());
      f.mechanismKind[m] = mechanism instanceof CoordinationBoard ? 0 : mechanism instanceof EqualityUnit ? 1 : 2;
      if (mechanism instanceof EqualityUnit) {
        EqualityUnit unit = (EqualityUnit) mechanism;
        f.mechanismRepresentatives[m] = unit.getRepresentatives().map(r -> r.total()).orElse(0L)
            + unit.getFocalPersons().size();
      }
      for (StatusChange change : mechanism.getStatusHistory()) {
        int k = f.statuses++;
        f.statusMechanism[k] = m;
        f.statusDate[k] = (int) change.getDate().toEpochDay();
        f.statusCode[k] = change.getStatus().ordinal();
      }
      for (Meeting meeting : mechanism.getMeetings()) {
        int k = f.meetings++;
        f.meetingMechanism[k] = m;
        f.meetingDate[k] = (int) meeting.getDate().toEpochDay();
      }
    }
    return f;
  }

  /** The dashboard's order of plan states: the states that stop a plan come before all the others. */
  static int rank(PlanState state) {
    return STOPPING.contains(state) ? state.ordinal() - PlanState.values().length : state.ordinal();
  }

  private static final Set<PlanState> STOPPING =
      EnumSet.of(PlanState.RETURNED, PlanState.SUSPENDED, PlanState.WITHDRAWN);

  /** Writes the facts as CSV files in {@code folder}, one per table, for DuckDB to load. */
  void writeCsv(Path folder) {
    try {
      try (Writer w = writer(folder, "plans.csv")) {
        w.write("plan_id,province,created,has_link\n");
        for (int p = 0; p < plans; p++) {
          w.write(p + "," + Provinces.all().get(planProvince[p]).getCode() + "," + date(planCreated[p]) + ","
              + planLinked[p] + "\n");
        }
      }
      try (Writer w = writer(folder, "approvals.csv")) {
        w.write("plan_id,council,board,date\n");
        for (int k = 0; k < approvals; k++) {
          w.write(approvalPlan[k] + "," + approvalCouncil[k] + "," + approvalBoard[k] + "," + date(approvalDate[k])
              + "\n");
        }
      }
      try (Writer w = writer(folder, "history.csv")) {
        w.write("plan_id,date,state_rank,integrated\n");
        for (int k = 0; k < steps; k++) {
          w.write(stepPlan[k] + "," + date(stepDate[k]) + "," + stepRank[k] + "," + stepIntegrated[k] + "\n");
        }
      }
      try (Writer w = writer(folder, "budget.csv")) {
        w.write("plan_id,amount\n");
        for (int k = 0; k < lines; k++) {
          w.write(linePlan[k] + "," + BigDecimal.valueOf(lineKurus[k], 2).toPlainString() + "\n");
        }
      }
      try (Writer w = writer(folder, "mechanisms.csv")) {
        w.write("mech_id,province,kind,representatives\n");
        for (int m = 0; m < mechanisms; m++) {
          w.write(m + "," + Provinces.all().get(mechanismProvince[m]).getCode() + "," + KINDS[mechanismKind[m]]
              + "," + mechanismRepresentatives[m] + "\n");
        }
      }
      try (Writer w = writer(folder, "statuses.csv")) {
        w.write("mech_id,date,status\n");
        for (int k = 0; k < statuses; k++) {
          w.write(statusMechanism[k] + "," + date(statusDate[k]) + ","
              + MechanismStatus.values()[statusCode[k]].name() + "\n");
        }
      }
      try (Writer w = writer(folder, "meetings.csv")) {
        w.write("mech_id,date\n");
        for (int k = 0; k < meetings; k++) {
          w.write(meetingMechanism[k] + "," + date(meetingDate[k]) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(Path folder, String name) throws IOException {
    return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
  }

  private static String date(int epochDay) {
    return epochDay == Integer.MIN_VALUE ? "1900-01-01"
        : java.time.LocalDate.ofEpochDay(epochDay).toString().toLowerCase(Locale.ROOT);
  }
}
