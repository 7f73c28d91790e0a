package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Measure;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Entry;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Kind;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Part;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Value;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-002 — Hedeflerin yönü: an indicator's targets move in its desired direction — for {@code INCREASE}
 * each target is above the baseline and not below the target before it, for {@code DECREASE} below the baseline
 * and not above the one before, for {@code KEEP} equal to the baseline (IATI results standard, ascending flag).
 *
 * <p>Targets are taken in period order and compared as numbers ({@code Measurement.toNumber(measure)}, so a
 * percentage given as numerator and denominator counts); the total, the women's and the men's series are
 * checked each on its own. Values with no number (a text, or a numerator and denominator of a count) are
 * skipped. Without a baseline only the order of the targets is checked. Stateless and thread-safe.
 */
public final class TargetDirectionRule extends CatalogueRule implements IndicatorRule {
  private static final Part[] SERIES = {Part.TOTAL, Part.WOMEN, Part.MEN};

  /** The rule with its default severity, ERROR. */
  public TargetDirectionRule() {
    super("KDK-IND-002", Severity.ERROR,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç standardı (ascending: artan ya da azalan gösterge)",
            "IATI results standard (ascending flag)"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    Direction direction = site.indicator().getDefinition().getDirection();
    List<Entry> entries = IndicatorValues.entries(site);
    for (Part part : SERIES) {
      checkSeries(context, site, direction, entries, part);
    }
  }

  private void checkSeries(RuleContext context, Site site, Direction direction, List<Entry> entries, Part part) {
    Measure measure = site.measure();
    Point baseline = null;
    List<Point> targets = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.kind() == Kind.OBSERVATION) {
        continue;
      }
      Value value = entry.first(part);
      Optional<BigDecimal> number = value == null ? Optional.empty() : value.measurement().toNumber(measure);
      if (number.isEmpty()) {
        continue;
      }
      Point point = new Point(entry, value, number.get());
      if (entry.kind() == Kind.BASELINE) {
        baseline = point;
      } else {
        targets.add(point);
      }
    }
    targets.sort(Comparator.comparing((Point p) -> p.entry().period().get()));
    Point previous = null;
    for (Point target : targets) {
      if (baseline != null && !fitsBaseline(direction, target.number().compareTo(baseline.number()))) {
        reportTarget(context, site, direction, target, baseline);
      } else if (previous != null && !fitsPrevious(direction, target.number().compareTo(previous.number()))) {
        reportTarget(context, site, direction, target, previous);
      }
      previous = target;
    }
  }

  /** INCREASE: above; DECREASE: below; KEEP: equal. */
  private static boolean fitsBaseline(Direction direction, int comparison) {
    switch (direction) {
      case INCREASE:
        return comparison > 0;
      case DECREASE:
        return comparison < 0;
      default:
        return comparison == 0;
    }
  }

  /** INCREASE: not falling; DECREASE: not rising; KEEP: equal. */
  private static boolean fitsPrevious(Direction direction, int comparison) {
    switch (direction) {
      case INCREASE:
        return comparison >= 0;
      case DECREASE:
        return comparison <= 0;
      default:
        return comparison == 0;
    }
  }

  private void reportTarget(RuleContext context, Site site, Direction direction, Point target, Point against) {
    LocalizedText expected = text("direction." + direction.name());
    Measure measure = site.measure();
    report(context, target.value().path(), site.id(), expected, target.value().label(),
        IndicatorValues.number(target.value().measurement(), measure, target.number()), against.value().label(),
        IndicatorValues.number(against.value().measurement(), measure, against.number()));
  }

  private record Point(Entry entry, Value value, BigDecimal number) {}
}
