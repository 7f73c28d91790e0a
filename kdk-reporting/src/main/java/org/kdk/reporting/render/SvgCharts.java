package org.kdk.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.progress.ProgressStatus;

/**
 * Grafikler — the four inline SVG charts of the HTML report: progress bars, women and men bars, the mechanism
 * matrix and the lifecycle timeline.
 *
 * <p>Each chart is an {@code <svg role="img">} labelled by its own {@code <title>} and {@code <desc>}, drawn from
 * rows the writer prepared (texts already localized and formatted), with a legend in words so that colour never
 * carries meaning alone. Coordinates come from the data only, with one fixed decimal, so the same rows give the
 * same bytes. Stateless and thread-safe.
 */
final class SvgCharts {
  static final double WIDTH = 860;
  private static final double MARGIN = 16;
  private static final String INK = "#1f2933";
  private static final String MUTED = "#52606d";
  private static final String GRID = "#d9e2ec";
  private static final String TRACK = "#edf0f4";
  private static final String WOMEN = "#8e3b7a";
  private static final String MEN = "#2f6f9f";
  private static final String ACCENT = "#6b2d5c";
  private static final String GOOD = "#1d6f42";
  private static final String WARN = "#b7791f";
  private static final String BAD = "#c0392b";
  private static final String NEUTRAL = "#8a94a6";
  private static final String STEP = "#2b4c7e";

  private SvgCharts() {}

  /** The colour of a status; the writer's CSS uses the same values for its status badges. */
  static String statusColour(ProgressStatus status) {
    switch (status) {
      case ACHIEVED:
        return GOOD;
      case ON_TRACK:
        return "#2a8c8c";
      case AT_RISK:
        return WARN;
      case OFF_TRACK:
        return BAD;
      default:
        return NEUTRAL;
    }
  }

  /** What the chart is called: the ids of its title and description come from {@code id}. */
  static final class Labels {
    final String id;
    final String title;
    final String description;

    Labels(String id, String title, String description) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
      this.description = Objects.requireNonNull(description, "description");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Progress bars

  /** One indicator's bar: share of the way (null when it cannot be computed), expected share, status. */
  static final class ProgressRow {
    final String code;
    final String name;
    final BigDecimal share;
    final BigDecimal expected;
    final ProgressStatus status;
    final String statusWord;
    final String shareText;

    ProgressRow(String code, String name, BigDecimal share, BigDecimal expected, ProgressStatus status,
        String statusWord, String shareText) {
      this.code = code;
      this.name = name;
      this.share = share;
      this.expected = expected;
      this.status = status;
      this.statusWord = statusWord;
      this.shareText = shareText;
    }
  }

  /**
   * Horizontal bars, one per indicator, from 0 to 100 % of the way from baseline to target, filled in the
   * status's colour, with the expected share as a mark and the share and status word written beside the bar.
   */
  static String progress(Labels labels, List<ProgressRow> rows, List<String> axisTexts, String expectedText,
      Language language) {
    double barX = MARGIN;
    double barWidth = 560;
    double textX = barX + barWidth + 14;
    double rowHeight = 48;
    double top = 40;
    double bottom = top + rows.size() * rowHeight;
    List<LegendItem> legend = new ArrayList<>();
    for (ProgressStatus status : ProgressStatus.values()) {
      legend.add(LegendItem.swatch(statusColour(status), ReportText.label(status, language)));
    }
    legend.add(LegendItem.mark(expectedText));
    double legendTop = bottom + 14;
    double height = legendTop + legendHeight(legend) + 8;

    Svg svg = open(labels, height);
    // axis: 0 %, 25 %, 50 %, 75 %, 100 % of the way
    for (int i = 0; i < axisTexts.size(); i++) {
      double x = barX + barWidth * i / (axisTexts.size() - 1);
      svg.line(x, top - 8, x, bottom - 6, "stroke", GRID, "stroke-width", "1");
      String anchor = i == 0 ? "start" : i == axisTexts.size() - 1 ? "end" : "middle";
      svg.label(x, top - 14, axisTexts.get(i), "class", "axis", "text-anchor", anchor);
    }
    for (int i = 0; i < rows.size(); i++) {
      ProgressRow row = rows.get(i);
      double y = top + i * rowHeight;
      svg.open("g", "class", "row");
      svg.text("title", row.code + " — " + row.name + ": " + row.shareText + ", " + row.statusWord);
      String name = Svg.fit(row.name, WIDTH - 2 * MARGIN - Svg.textWidth(row.code + "  ", 12.5), 12.5);
      svg.raw("<text x=\"" + Svg.num(barX) + "\" y=\"" + Svg.num(y + 12) + "\" class=\"name\">"
          + "<tspan class=\"code\">" + Escaping.html(row.code) + "</tspan> " + Escaping.html(name) + "</text>\n");
      double barY = y + 19;
      double barHeight = 16;
      String colour = statusColour(row.status);
      if (row.share == null) {
        svg.rect(barX, barY, barWidth, barHeight, "rx", "3", "fill", "#f7f8fa", "stroke", NEUTRAL,
            "stroke-dasharray", "4 3");
      } else {
        svg.rect(barX, barY, barWidth, barHeight, "rx", "3", "fill", TRACK);
        double fraction = clamp(row.share.doubleValue());
        svg.rect(barX, barY, barWidth * fraction, barHeight, "rx", "3", "fill", colour);
      }
      if (row.expected != null) {
        double x = barX + barWidth * clamp(row.expected.doubleValue());
        svg.line(x, barY - 4, x, barY + barHeight + 4, "stroke", INK, "stroke-width", "2.5");
      }
      svg.raw("<text x=\"" + Svg.num(textX) + "\" y=\"" + Svg.num(barY + 12.5) + "\" class=\"value\">"
          + "<tspan class=\"strong\">" + Escaping.html(row.shareText) + "</tspan>"
          + "<tspan fill=\"" + colour + "\" class=\"strong\"> ● </tspan>"
          + Escaping.html(Svg.fit(row.statusWord, WIDTH - MARGIN - textX - 60, 12.5)) + "</text>\n");
      svg.close("g");
    }
    legend(svg, legend, legendTop);
    return svg.close("svg").toString();
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Women and men

  /** One indicator's women and men values in its latest period, or the fact that they were withheld. */
  static final class SexRow {
    final String code;
    final String name;
    final String period;
    final BigDecimal women;
    final BigDecimal men;
    final BigDecimal scale;
    final String womenText;
    final String menText;
    final String gapText;
    final String withheldText;

    SexRow(String code, String name, String period, BigDecimal women, BigDecimal men, BigDecimal scale,
        String womenText, String menText, String gapText, String withheldText) {
      this.code = code;
      this.name = name;
      this.period = period;
      this.women = women;
      this.men = men;
      this.scale = scale;
      this.womenText = womenText;
      this.menText = menText;
      this.gapText = gapText;
      this.withheldText = withheldText;
    }
  }

  /**
   * Two bars per indicator, women above men, each scaled to the indicator's own range (0–100 for percentages,
   * 0 to the larger value otherwise), with the values and the gap in words.
   */
  static String sex(Labels labels, List<SexRow> rows, String womenWord, String menWord) {
    double labelWidth = Math.max(Svg.textWidth(womenWord, 12), Svg.textWidth(menWord, 12)) + 12;
    double barX = MARGIN + labelWidth;
    double barWidth = 480;
    double rowHeight = 66;
    double top = 8;
    double height = top + rows.size() * rowHeight + 4;
    Svg svg = open(labels, height);
    for (int i = 0; i < rows.size(); i++) {
      SexRow row = rows.get(i);
      double y = top + i * rowHeight;
      svg.open("g", "class", "row");
      svg.text("title", row.code + " — " + row.name + " (" + row.period + ")");
      String head = Svg.fit(row.name + " · " + row.period,
          WIDTH - 2 * MARGIN - Svg.textWidth(row.code + "  ", 12.5), 12.5);
      svg.raw("<text x=\"" + Svg.num(MARGIN) + "\" y=\"" + Svg.num(y + 12) + "\" class=\"name\">"
          + "<tspan class=\"code\">" + Escaping.html(row.code) + "</tspan> " + Escaping.html(head) + "</text>\n");
      if (row.withheldText != null) {
        svg.rect(MARGIN, y + 20, WIDTH - 2 * MARGIN, 36, "rx", "3", "fill", "#f7f8fa", "stroke", GRID);
        svg.label(MARGIN + 12, y + 42, row.withheldText, "class", "muted italic");
      } else {
        double scale = row.scale.signum() > 0 ? row.scale.doubleValue() : 1;
        bar(svg, womenWord, row.women, row.womenText, scale, WOMEN, barX, barWidth, y + 20);
        bar(svg, menWord, row.men, row.menText, scale, MEN, barX, barWidth, y + 39);
        if (row.gapText != null) {
          svg.label(WIDTH - MARGIN, y + 44, row.gapText, "class", "value strong", "text-anchor", "end");
        }
      }
      svg.close("g");
    }
    return svg.close("svg").toString();
  }

  private static void bar(Svg svg, String word, BigDecimal value, String valueText, double scale, String colour,
      double barX, double barWidth, double y) {
    svg.label(barX - 8, y + 12, word, "class", "legend", "text-anchor", "end");
    svg.rect(barX, y, barWidth, 15, "rx", "2", "fill", TRACK);
    double width = value == null ? 0 : barWidth * clamp(value.doubleValue() / scale);
    svg.rect(barX, y, width, 15, "rx", "2", "fill", colour);
    double textX = barX + Math.max(width, 0) + 6;
    svg.label(textX, y + 12, valueText, "class", "value");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Mechanism matrix

  /** How a mechanism slot is drawn. */
  enum Cell {
    /** Exists and works: a filled disc with a tick. */
    ACTIVE,
    /** Exists but is not active (established, dormant): a ring with a dot. */
    PRESENT,
    /** Allowed by law but missing: a ring with a cross. */
    ABSENT,
    /** Not allowed by law on the date: a dash on a grey cell. */
    NOT_APPLICABLE
  }

  /** One province's row of the matrix: the cells in column order, each with its word. */
  static final class MatrixRow {
    final String label;
    final List<Cell> cells;
    final List<String> words;

    MatrixRow(String label, List<Cell> cells, List<String> words) {
      this.label = label;
      this.cells = List.copyOf(cells);
      this.words = List.copyOf(words);
    }
  }

  /** Provinces down, mechanisms across; each cell a shape and a word, so it reads in black and white too. */
  static String matrix(Labels labels, List<String> columns, List<MatrixRow> rows, List<String> legendWords) {
    double labelWidth = 170;
    double columnsX = MARGIN + labelWidth;
    double columnWidth = (WIDTH - MARGIN - columnsX) / columns.size();
    double headerFont = 11;
    List<List<String>> headers = new ArrayList<>();
    int headerLines = 1;
    for (String column : columns) {
      List<String> lines = Svg.wrap(column, columnWidth - 10, headerFont, 4);
      headers.add(lines);
      headerLines = Math.max(headerLines, lines.size());
    }
    double headerHeight = 10 + headerLines * 13 + 8;
    double rowHeight = 48;
    double rowsBottom = headerHeight + rows.size() * rowHeight;
    List<LegendItem> legend = List.of(LegendItem.cell(Cell.ACTIVE, legendWords.get(0)),
        LegendItem.cell(Cell.PRESENT, legendWords.get(1)), LegendItem.cell(Cell.ABSENT, legendWords.get(2)),
        LegendItem.cell(Cell.NOT_APPLICABLE, legendWords.get(3)));
    double legendTop = rowsBottom + 14;
    double height = legendTop + legendHeight(legend) + 8;

    Svg svg = open(labels, height);
    for (int c = 0; c < columns.size(); c++) {
      double cx = columnsX + columnWidth * (c + 0.5);
      List<String> lines = headers.get(c);
      // bottom-aligned: the last line of every header sits on the same baseline
      double firstBaseline = headerHeight - 8 - (lines.size() - 1) * 13 - 3;
      svg.raw("<text x=\"" + Svg.num(cx) + "\" y=\"" + Svg.num(firstBaseline) + "\" class=\"head\""
          + " text-anchor=\"middle\">");
      for (int l = 0; l < lines.size(); l++) {
        svg.raw("<tspan x=\"" + Svg.num(cx) + "\"" + (l == 0 ? "" : " dy=\"13.0\"") + ">"
            + Escaping.html(lines.get(l)) + "</tspan>");
      }
      svg.raw("</text>\n");
    }
    svg.line(MARGIN, headerHeight, WIDTH - MARGIN, headerHeight, "stroke", INK, "stroke-width", "1");
    for (int r = 0; r < rows.size(); r++) {
      MatrixRow row = rows.get(r);
      double y = headerHeight + r * rowHeight;
      svg.open("g", "class", "row");
      svg.text("title", row.label);
      if (r % 2 == 1) {
        svg.rect(MARGIN, y, WIDTH - 2 * MARGIN, rowHeight, "fill", "#f7f8fa");
      }
      svg.label(MARGIN + 6, y + rowHeight / 2 + 4.5, Svg.fit(row.label, labelWidth - 12, 13), "class", "name");
      for (int c = 0; c < row.cells.size(); c++) {
        double cx = columnsX + columnWidth * (c + 0.5);
        Cell cell = row.cells.get(c);
        if (cell == Cell.NOT_APPLICABLE) {
          svg.rect(columnsX + columnWidth * c + 3, y + 3, columnWidth - 6, rowHeight - 6, "rx", "3",
              "fill", "#eceef2");
        }
        symbol(svg, cell, cx, y + 18);
        svg.label(cx, y + 41, Svg.fit(row.words.get(c), columnWidth - 8, 10.5), "class", "small",
            "text-anchor", "middle");
      }
      svg.close("g");
      svg.line(MARGIN, y + rowHeight, WIDTH - MARGIN, y + rowHeight, "stroke", GRID, "stroke-width", "1");
    }
    legend(svg, legend, legendTop);
    return svg.close("svg").toString();
  }

  private static void symbol(Svg svg, Cell cell, double cx, double cy) {
    switch (cell) {
      case ACTIVE:
        svg.circle(cx, cy, 9, "fill", GOOD);
        svg.raw("<path d=\"M" + Svg.num(cx - 4.5) + " " + Svg.num(cy + 0.2) + " L" + Svg.num(cx - 1.2) + " "
            + Svg.num(cy + 3.6) + " L" + Svg.num(cx + 4.8) + " " + Svg.num(cy - 3.6)
            + "\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"2.2\" stroke-linecap=\"round\""
            + " stroke-linejoin=\"round\"/>\n");
        break;
      case PRESENT:
        svg.circle(cx, cy, 8, "fill", "#ffffff", "stroke", WARN, "stroke-width", "2.5");
        svg.circle(cx, cy, 3.5, "fill", WARN);
        break;
      case ABSENT:
        svg.circle(cx, cy, 8, "fill", "#ffffff", "stroke", BAD, "stroke-width", "2");
        svg.line(cx - 3.5, cy - 3.5, cx + 3.5, cy + 3.5, "stroke", BAD, "stroke-width", "2",
            "stroke-linecap", "round");
        svg.line(cx - 3.5, cy + 3.5, cx + 3.5, cy - 3.5, "stroke", BAD, "stroke-width", "2",
            "stroke-linecap", "round");
        break;
      default:
        svg.line(cx - 7, cy, cx + 7, cy, "stroke", NEUTRAL, "stroke-width", "2.5", "stroke-linecap", "round");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Lifecycle timeline

  /** One step of a plan: its date, the state it entered, and whether it set the plan back. */
  static final class TimelineEvent {
    final LocalDate date;
    final String dateText;
    final String stateText;
    final boolean setback;

    TimelineEvent(LocalDate date, String dateText, String stateText, boolean setback) {
      this.date = date;
      this.dateText = dateText;
      this.stateText = stateText;
      this.setback = setback;
    }
  }

  /** One plan's lane: its title, its period (may be null) and its steps in date order. */
  static final class TimelineLane {
    final String title;
    final LocalDate periodStart;
    final LocalDate periodEnd;
    final List<TimelineEvent> events;

    TimelineLane(String title, LocalDate periodStart, LocalDate periodEnd, List<TimelineEvent> events) {
      this.title = title;
      this.periodStart = periodStart;
      this.periodEnd = periodEnd;
      this.events = List.copyOf(events);
    }
  }

  /** The words of the timeline: as-of label, the text of a lane without steps, and the four legend words. */
  static final class TimelineWords {
    final String asOf;
    final String noSteps;
    final String step;
    final String setback;
    final String period;
    final String reportDate;

    TimelineWords(String asOf, String noSteps, String step, String setback, String period, String reportDate) {
      this.asOf = asOf;
      this.noSteps = noSteps;
      this.step = step;
      this.setback = setback;
      this.period = period;
      this.reportDate = reportDate;
    }
  }

  /**
   * One lane per plan on a shared axis of whole years: the plan's period as a band, each step as a dot with
   * its date and state written below (labels that would collide move down a level), and the report date as a
   * dashed line.
   */
  static String timeline(Labels labels, List<TimelineLane> lanes, LocalDate asOf, TimelineWords words) {
    LocalDate first = asOf;
    LocalDate last = asOf;
    for (TimelineLane lane : lanes) {
      for (TimelineEvent e : lane.events) {
        first = min(first, e.date);
        last = max(last, e.date);
      }
      if (lane.periodStart != null) {
        first = min(first, lane.periodStart);
        last = max(last, lane.periodEnd);
      }
    }
    LocalDate start = LocalDate.of(first.getYear(), 1, 1);
    LocalDate end = LocalDate.of(last.getYear() + 1, 1, 1);
    double axisX = MARGIN + 8;
    double axisWidth = WIDTH - 2 * axisX;
    double span = end.toEpochDay() - start.toEpochDay();
    java.util.function.ToDoubleFunction<LocalDate> xOf =
        d -> axisX + axisWidth * (d.toEpochDay() - start.toEpochDay()) / span;

    double levelHeight = 32;
    List<List<Integer>> levelsPerLane = new ArrayList<>();
    List<Double> laneHeights = new ArrayList<>();
    for (TimelineLane lane : lanes) {
      List<Integer> levels = new ArrayList<>();
      List<Double> levelEnds = new ArrayList<>();
      for (TimelineEvent e : lane.events) {
        double[] box = labelBox(xOf.applyAsDouble(e.date), e, axisX, axisWidth);
        int level = 0;
        while (level < levelEnds.size() && box[0] < levelEnds.get(level) + 10) {
          level++;
        }
        if (level == levelEnds.size()) {
          levelEnds.add(box[1]);
        } else {
          levelEnds.set(level, box[1]);
        }
        levels.add(level);
      }
      levelsPerLane.add(levels);
      int used = Math.max(1, levelEnds.size());
      laneHeights.add(44 + used * levelHeight + 10);
    }

    double top = 44;
    double lanesHeight = laneHeights.stream().mapToDouble(Double::doubleValue).sum();
    List<LegendItem> legend = List.of(LegendItem.dot(STEP, words.step), LegendItem.dot(BAD, words.setback),
        LegendItem.band(words.period), LegendItem.dashed(words.reportDate));
    double legendTop = top + lanesHeight + 8;
    double height = legendTop + legendHeight(legend) + 8;

    Svg svg = open(labels, height);
    int years = end.getYear() - start.getYear();
    int every = years <= 12 ? 1 : years <= 24 ? 2 : 5;
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      double x = xOf.applyAsDouble(LocalDate.of(year, 1, 1));
      svg.line(x, top - 12, x, top + lanesHeight, "stroke", GRID, "stroke-width", "1");
    }
    double asOfX = xOf.applyAsDouble(asOf);
    svg.line(asOfX, top - 22, asOfX, top + lanesHeight, "stroke", ACCENT, "stroke-width", "1.5",
        "stroke-dasharray", "5 4");
    // year names over the lines, with a halo (CSS) so that the report-date line does not cross them out
    for (int year = start.getYear(); year < end.getYear(); year++) {
      double x0 = xOf.applyAsDouble(LocalDate.of(year, 1, 1));
      double x1 = xOf.applyAsDouble(LocalDate.of(year + 1, 1, 1));
      if ((year - start.getYear()) % every == 0) {
        svg.label((x0 + x1) / 2, top - 4, String.valueOf(year), "class", "axis halo", "text-anchor", "middle");
      }
    }
    boolean asOfFitsRight = asOfX + 6 + Svg.textWidth(words.asOf, 11) <= WIDTH - MARGIN;
    svg.label(asOfFitsRight ? asOfX + 6 : asOfX - 6, top - 22, words.asOf, "class", "axis strong",
        "fill", ACCENT, "text-anchor", asOfFitsRight ? "start" : "end");

    double laneTop = top;
    for (int l = 0; l < lanes.size(); l++) {
      TimelineLane lane = lanes.get(l);
      svg.open("g", "class", "lane");
      svg.text("title", lane.title);
      svg.label(axisX, laneTop + 18, Svg.fit(lane.title, axisWidth, 12.5), "class", "name strong");
      double axisY = laneTop + 38;
      svg.line(axisX, axisY, axisX + axisWidth, axisY, "stroke", "#b8c2cc", "stroke-width", "2");
      if (lane.periodStart != null) {
        double px0 = xOf.applyAsDouble(lane.periodStart);
        double px1 = xOf.applyAsDouble(lane.periodEnd.plusDays(1));
        svg.rect(px0, axisY - 5, px1 - px0, 10, "rx", "5", "fill", "#e4d3e0");
      }
      if (lane.events.isEmpty()) {
        svg.label(axisX, axisY + 26, words.noSteps, "class", "muted italic");
      }
      List<Integer> levels = levelsPerLane.get(l);
      for (int i = 0; i < lane.events.size(); i++) {
        TimelineEvent e = lane.events.get(i);
        double x = xOf.applyAsDouble(e.date);
        double labelTop = axisY + 14 + levels.get(i) * levelHeight;
        svg.line(x, axisY, x, labelTop + 2, "stroke", "#9aa5b1", "stroke-width", "1");
      }
      for (int i = 0; i < lane.events.size(); i++) {
        TimelineEvent e = lane.events.get(i);
        double x = xOf.applyAsDouble(e.date);
        double[] box = labelBox(x, e, axisX, axisWidth);
        double labelTop = axisY + 14 + levels.get(i) * levelHeight;
        boolean right = box[2] > 0;
        svg.rect(box[0], labelTop, box[1] - box[0], 28, "fill", "#ffffff", "fill-opacity", "0.92");
        String anchor = right ? "end" : "start";
        double tx = right ? x + 2 : x - 2;
        svg.label(tx, labelTop + 11, e.dateText, "class", "small muted", "text-anchor", anchor);
        svg.label(tx, labelTop + 24, e.stateText, "class", "small strong", "text-anchor", anchor);
      }
      for (TimelineEvent e : lane.events) {
        svg.circle(xOf.applyAsDouble(e.date), axisY, 5.5, "fill", e.setback ? BAD : STEP, "stroke", "#ffffff",
            "stroke-width", "1.5");
      }
      svg.close("g");
      laneTop += laneHeights.get(l);
    }
    legend(svg, legend, legendTop);
    return svg.close("svg").toString();
  }

  /**
   * The horizontal extent of an event's label, {@code {left, right, anchoredAtEnd}}: to the right of its dot, or
   * to the left of it near the right edge.
   */
  private static double[] labelBox(double x, TimelineEvent e, double axisX, double axisWidth) {
    double width = Math.max(Svg.textWidth(e.dateText, 10.5), Svg.textWidth(e.stateText, 11.5)) + 6;
    if (x - 4 + width > axisX + axisWidth + 8) {
      return new double[] {x - width + 2, x + 4, 1};
    }
    return new double[] {x - 4, x - 4 + width, 0};
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Shared parts

  private static Svg open(Labels labels, double height) {
    Svg svg = new Svg();
    String titleId = labels.id + "-title";
    String descId = labels.id + "-desc";
    // no xmlns: the HTML parser puts inline <svg> in the SVG namespace, and the page names no URL at all
    svg.open("svg", "role", "img", "aria-labelledby", titleId + " " + descId, "class", "chart", "width", Svg.num(WIDTH),
        "height", Svg.num(height), "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(height));
    svg.text("title", labels.title, "id", titleId);
    svg.text("desc", labels.description, "id", descId);
    return svg;
  }

  /** A legend entry: a small drawing and its word. */
  private static final class LegendItem {
    final String kind;
    final String colour;
    final Cell cell;
    final String text;

    private LegendItem(String kind, String colour, Cell cell, String text) {
      this.kind = kind;
      this.colour = colour;
      this.cell = cell;
      this.text = text;
    }

    static LegendItem swatch(String colour, String text) {
      return new LegendItem("swatch", colour, null, text);
    }

    static LegendItem mark(String text) {
      return new LegendItem("mark", INK, null, text);
    }

    static LegendItem cell(Cell cell, String text) {
      return new LegendItem("cell", null, cell, text);
    }

    static LegendItem dot(String colour, String text) {
      return new LegendItem("dot", colour, null, text);
    }

    static LegendItem band(String text) {
      return new LegendItem("band", null, null, text);
    }

    static LegendItem dashed(String text) {
      return new LegendItem("dashed", ACCENT, null, text);
    }

    double width() {
      return 22 + Svg.textWidth(text, 11.5) + 18;
    }
  }

  private static final double LEGEND_LINE = 22;

  private static int legendLines(List<LegendItem> items) {
    int lines = 1;
    double x = MARGIN;
    for (LegendItem item : items) {
      if (x + item.width() > WIDTH - MARGIN && x > MARGIN) {
        lines++;
        x = MARGIN;
      }
      x += item.width();
    }
    return lines;
  }

  private static double legendHeight(List<LegendItem> items) {
    return legendLines(items) * LEGEND_LINE;
  }

  private static void legend(Svg svg, List<LegendItem> items, double top) {
    svg.open("g", "class", "legend");
    double x = MARGIN;
    double y = top + 14;
    for (LegendItem item : items) {
      if (x + item.width() > WIDTH - MARGIN && x > MARGIN) {
        x = MARGIN;
        y += LEGEND_LINE;
      }
      double cx = x + 8;
      double cy = y - 4;
      switch (item.kind) {
        case "swatch":
          svg.rect(x, cy - 6, 16, 12, "rx", "2", "fill", item.colour);
          break;
        case "mark":
          svg.line(cx, cy - 8, cx, cy + 8, "stroke", item.colour, "stroke-width", "2.5");
          break;
        case "cell":
          if (item.cell == Cell.NOT_APPLICABLE) {
            svg.rect(x - 2, cy - 9, 20, 18, "rx", "3", "fill", "#eceef2");
          }
          symbol(svg, item.cell, cx, cy);
          break;
        case "dot":
          svg.circle(cx, cy, 5.5, "fill", item.colour);
          break;
        case "band":
          svg.rect(x, cy - 5, 16, 10, "rx", "5", "fill", "#e4d3e0");
          break;
        default:
          svg.line(cx, cy - 8, cx, cy + 8, "stroke", item.colour, "stroke-width", "1.5", "stroke-dasharray", "5 4");
      }
      svg.label(x + 22, y, item.text, "class", "legend");
      x += item.width();
    }
    svg.close("g");
  }
}
