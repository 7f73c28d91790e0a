package org.kdk.examples.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ReportEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B3 — the programme dashboard for every province of the dataset (phase 3 lists the provinces the dataset
 * names): {@code ReportEngine.dashboard} on the loaded model, against DuckDB (in-process JDBC) running the same
 * aggregation as one SQL query over the facts loaded into tables beforehand, and against a hand-written loop
 * over primitive arrays of the same facts (the floor). Each gives, per province, the furthest plan state, board
 * and council approval, integration, the own-budget money of council-approved plans, and per mechanism kind
 * whether one exists and is active, the liveliest status, the last meeting and the unit representatives.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class B3DashboardBenchmark {
  private static final ReportEngine ENGINE = ReportEngine.standard();

  /** The facts as tables in DuckDB and as arrays. */
  @State(Scope.Benchmark)
  public static class Tables {
    DashboardFacts facts;
    Connection duckdb;
    String sql;
    int asOf;

    @Setup(Level.Trial)
    public void load(NationalData data) throws IOException, SQLException {
      facts = DashboardFacts.of(data.dataset);
      asOf = (int) data.asOf.toEpochDay();
      Path folder = Files.createTempDirectory("kdk-bench-b3");
      facts.writeCsv(folder);
      duckdb = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = duckdb.createStatement()) {
        load(s, folder, "plans", "{'plan_id': 'INTEGER', 'province': 'VARCHAR', 'created': 'DATE', 'has_link': 'BOOLEAN'}");
        load(s, folder, "approvals", "{'plan_id': 'INTEGER', 'council': 'BOOLEAN', 'board': 'BOOLEAN', 'date': 'DATE'}");
        load(s, folder, "history", "{'plan_id': 'INTEGER', 'date': 'DATE', 'state_rank': 'INTEGER', 'integrated': 'BOOLEAN'}");
        load(s, folder, "budget", "{'plan_id': 'INTEGER', 'amount': 'DECIMAL(18,2)'}");
        load(s, folder, "mechanisms", "{'mech_id': 'INTEGER', 'province': 'VARCHAR', 'kind': 'VARCHAR', 'representatives': 'BIGINT'}");
        load(s, folder, "statuses", "{'mech_id': 'INTEGER', 'date': 'DATE', 'status': 'VARCHAR'}");
        load(s, folder, "meetings", "{'mech_id': 'INTEGER', 'date': 'DATE'}");
      }
      sql = SQL.replace(":asOf", "DATE '" + data.asOf + "'");
    }

    private static void load(Statement s, Path folder, String table, String columns) throws SQLException {
      s.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + folder.resolve(table + ".csv")
          + "', header = true, columns = " + columns + ")");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      duckdb.close();
    }
  }

  static final String SQL = String.join("\n",
      "WITH live AS (SELECT plan_id, province, has_link FROM plans WHERE created <= :asOf),",
      "appr AS (SELECT plan_id, bool_or(council) AS council, bool_or(board) AS board FROM approvals",
      "  WHERE date <= :asOf GROUP BY plan_id),",
      "hist AS (SELECT plan_id, max(state_rank) AS furthest, bool_or(integrated) AS integrated FROM history",
      "  WHERE date <= :asOf GROUP BY plan_id),",
      "own AS (SELECT plan_id, sum(amount) AS amount FROM budget GROUP BY plan_id),",
      "by_plan AS (SELECT l.province, max(h.furthest) AS furthest, bool_or(coalesce(a.board, false)) AS board,",
      "  bool_or(coalesce(a.council, false)) AS council,",
      "  bool_or(coalesce(h.integrated, false) OR l.has_link) AS integrated,",
      "  sum(CASE WHEN a.council THEN coalesce(o.amount, 0) ELSE 0 END) AS budget",
      "  FROM live l LEFT JOIN appr a USING (plan_id) LEFT JOIN hist h USING (plan_id)",
      "  LEFT JOIN own o USING (plan_id) GROUP BY l.province),",
      "status AS (SELECT mech_id, arg_max(status, date) AS status FROM statuses WHERE date <= :asOf",
      "  GROUP BY mech_id),",
      "met AS (SELECT mech_id, max(date) AS last FROM meetings WHERE date <= :asOf GROUP BY mech_id),",
      "by_mech AS (SELECT m.province, m.kind,",
      "  bool_or(s.status IN ('ESTABLISHED', 'ACTIVE', 'DORMANT')) AS present,",
      "  bool_or(s.status = 'ACTIVE') AS active,",
      "  min(CASE s.status WHEN 'ACTIVE' THEN 0 WHEN 'DORMANT' THEN 1 WHEN 'ESTABLISHED' THEN 2",
      "    WHEN 'PROPOSED' THEN 3 ELSE 4 END) AS status,",
      "  max(met.last) AS last_meeting,",
      "  sum(CASE WHEN m.kind = 'UNIT' AND s.status IN ('ESTABLISHED', 'ACTIVE', 'DORMANT')",
      "    THEN m.representatives ELSE 0 END) AS representatives",
      "  FROM mechanisms m JOIN status s USING (mech_id) LEFT JOIN met USING (mech_id)",
      "  GROUP BY m.province, m.kind)",
      "SELECT coalesce(p.province, m.province) AS province, m.kind, m.present, m.active, m.status,",
      "  m.last_meeting, m.representatives, p.furthest, p.board, p.council, p.integrated, p.budget",
      "FROM by_plan p FULL OUTER JOIN by_mech m ON p.province = m.province",
      "ORDER BY province, kind");

  @Benchmark
  public ProgrammeDashboard kdk(NationalData data) {
    return ENGINE.dashboard(data.dataset, 3, data.asOf);
  }

  /** The query's rows, read column by column, with the headline summed over the provinces. */
  @Benchmark
  public long duckdb(Tables tables) throws SQLException {
    long check = 0;
    long budgetCents = 0;
    long representatives = 0;
    String province = "";
    try (Statement s = tables.duckdb.createStatement(); ResultSet rows = s.executeQuery(tables.sql)) {
      while (rows.next()) {
        String p = rows.getString(1);
        String kind = rows.getString(2);
        boolean present = rows.getBoolean(3);
        boolean active = rows.getBoolean(4);
        int status = rows.getInt(5);
        Date last = rows.getDate(6);
        representatives += rows.getLong(7);
        int furthest = rows.getInt(8);
        boolean board = rows.getBoolean(9);
        boolean council = rows.getBoolean(10);
        boolean integrated = rows.getBoolean(11);
        BigDecimal budget = rows.getBigDecimal(12);
        if (!p.equals(province)) {
          province = p;
          budgetCents += budget == null ? 0 : budget.movePointRight(2).longValue();
          check += furthest + (board ? 1 : 0) + (council ? 2 : 0) + (integrated ? 4 : 0);
        }
        check += (kind == null ? 0 : kind.length()) + (present ? 1 : 0) + (active ? 1 : 0) + status
            + (last == null ? 0 : 1);
      }
    }
    return check + budgetCents + representatives;
  }

  /** The same aggregation as a hand-written loop over the arrays. */
  @Benchmark
  public long floor(Tables tables) {
    DashboardFacts f = tables.facts;
    int asOf = tables.asOf;
    int n = DashboardFacts.PROVINCES;
    int kinds = DashboardFacts.KINDS.length;
    boolean[] council = new boolean[f.plans];
    boolean[] board = new boolean[f.plans];
    for (int k = 0; k < f.approvals; k++) {
      if (f.approvalDate[k] <= asOf) {
        council[f.approvalPlan[k]] |= f.approvalCouncil[k];
        board[f.approvalPlan[k]] |= f.approvalBoard[k];
      }
    }
    int[] furthest = new int[f.plans];
    Arrays.fill(furthest, Integer.MIN_VALUE);
    boolean[] integrated = new boolean[f.plans];
    for (int k = 0; k < f.steps; k++) {
      if (f.stepDate[k] <= asOf) {
        int p = f.stepPlan[k];
        furthest[p] = Math.max(furthest[p], f.stepRank[k]);
        integrated[p] |= f.stepIntegrated[k];
      }
    }
    long[] money = new long[f.plans];
    for (int k = 0; k < f.lines; k++) {
      money[f.linePlan[k]] += f.lineKurus[k];
    }
    int[] provinceState = new int[n];
    Arrays.fill(provinceState, Integer.MIN_VALUE);
    boolean[] provinceBoard = new boolean[n];
    boolean[] provinceCouncil = new boolean[n];
    boolean[] provinceIntegrated = new boolean[n];
    long[] provinceBudget = new long[n];
    for (int p = 0; p < f.plans; p++) {
      if (f.planCreated[p] > asOf) {
        continue;
      }
      int q = f.planProvince[p];
      provinceState[q] = Math.max(provinceState[q], furthest[p]);
      provinceBoard[q] |= board[p];
      provinceCouncil[q] |= council[p];
      provinceIntegrated[q] |= integrated[p] || f.planLinked[p];
      if (council[p]) {
        provinceBudget[q] += money[p];
      }
    }
    int[] statusDate = new int[f.mechanisms];
    int[] status = new int[f.mechanisms];
    Arrays.fill(statusDate, Integer.MIN_VALUE);
    Arrays.fill(status, -1);
    for (int k = 0; k < f.statuses; k++) {
      int m = f.statusMechanism[k];
      if (f.statusDate[k] <= asOf && f.statusDate[k] >= statusDate[m]) {
        statusDate[m] = f.statusDate[k];
        status[m] = f.statusCode[k];
      }
    }
    int[] lastMeeting = new int[f.mechanisms];
    Arrays.fill(lastMeeting, Integer.MIN_VALUE);
    for (int k = 0; k < f.meetings; k++) {
      if (f.meetingDate[k] <= asOf) {
        int m = f.meetingMechanism[k];
        lastMeeting[m] = Math.max(lastMeeting[m], f.meetingDate[k]);
      }
    }
    boolean[] present = new boolean[n * kinds];
    boolean[] active = new boolean[n * kinds];
    int[] precedence = new int[n * kinds];
    int[] slotMeeting = new int[n * kinds];
    long[] representatives = new long[n];
    Arrays.fill(precedence, Integer.MAX_VALUE);
    Arrays.fill(slotMeeting, Integer.MIN_VALUE);
    for (int m = 0; m < f.mechanisms; m++) {
      if (status[m] < 0) {
        continue;
      }
      int slot = f.mechanismProvince[m] * kinds + f.mechanismKind[m];
      int s = status[m];
      boolean exists = s == ESTABLISHED || s == ACTIVE || s == DORMANT;
      present[slot] |= exists;
      active[slot] |= s == ACTIVE;
      precedence[slot] = Math.min(precedence[slot], PRECEDENCE[s]);
      slotMeeting[slot] = Math.max(slotMeeting[slot], lastMeeting[m]);
      if (exists && f.mechanismKind[m] == 1) {
        representatives[f.mechanismProvince[m]] += f.mechanismRepresentatives[m];
      }
    }
    long check = 0;
    for (int q = 0; q < n; q++) {
      check += provinceState[q] + (provinceBoard[q] ? 1 : 0) + (provinceCouncil[q] ? 2 : 0)
          + (provinceIntegrated[q] ? 4 : 0) + provinceBudget[q] + representatives[q];
      for (int k = 0; k < kinds; k++) {
        int slot = q * kinds + k;
        check += (present[slot] ? 1 : 0) + (active[slot] ? 1 : 0) + precedence[slot] + slotMeeting[slot];
      }
    }
    return check;
  }

  private static final int ESTABLISHED = MechanismStatus.ESTABLISHED.ordinal();
  private static final int ACTIVE = MechanismStatus.ACTIVE.ordinal();
  private static final int DORMANT = MechanismStatus.DORMANT.ordinal();
  /** By status ordinal, its place in the dashboard's order of liveliness (ACTIVE first). */
  private static final int[] PRECEDENCE = precedence();

  private static int[] precedence() {
    java.util.List<MechanismStatus> order = List.of(
        MechanismStatus.ACTIVE, MechanismStatus.DORMANT,
        MechanismStatus.ESTABLISHED, MechanismStatus.PROPOSED,
        MechanismStatus.DISSOLVED);
    int[] p = new int[MechanismStatus.values().length];
    for (MechanismStatus s : MechanismStatus.values()) {
      p[s.ordinal()] = order.indexOf(s) < 0 ? order.size() : order.indexOf(s);
    }
    return p;
  }
}
