package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.indicator.AgeGroupMeasurement;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.DistrictMeasurement;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.rule.IndicatorSite;

/**
 * Göstergelerin değerleri — what the indicator rules share about an indicator ({@code plans[i].indicators[j]}):
 * its records — the baseline, each target and each observation — and every measurement of them — the total,
 * women, men, age groups and districts — each with its JSON path and a label in Turkish and English
 * ("2014 hedefi (kadın)" / "the target for 2014 (women)").
 *
 * <p>Paths follow the document: a baseline's and a target's value is {@code value}, an observation's is
 * {@code total}; parts are {@code women}, {@code men}, {@code ageGroups[k].value}, {@code districts[k].value}.
 * The lists returned are unmodifiable.
 */
final class IndicatorValues {
  private static final Texts LABELS = Texts.of(IndicatorValues.class, "Locations");
  private static final int TEXT_SHOWN = 60;

  private IndicatorValues() {}

  /** Which list of the indicator a record comes from. */
  enum Kind {
    BASELINE,
    TARGET,
    OBSERVATION
  }

  /** Which part of a record a measurement is. */
  enum Part {
    TOTAL,
    WOMEN,
    MEN,
    AGE_GROUP,
    DISTRICT
  }

  /**
   * An indicator of a plan, with the indexes that make its path. Its records and their measurements are made on
   * the first call and kept with the {@link IndicatorSite}, so that the indicator rules of one validation, which
   * the validator runs over an indicator one after the other, share them; a site belongs to one thread.
   */
  static final class Site {
    private final IndicatorSite at;
    private final Indicator indicator;
    private List<Entry> entries;
    private List<Value> values;

    private Site(IndicatorSite at) {
      this.at = at;
      this.indicator = at.indicator();
    }

    /** The plan's index in the dataset. */
    int planIndex() {
      return at.planIndex();
    }

    /** The plan. */
    ActionPlan plan() {
      return at.plan();
    }

    /** The indicator's index in the plan. */
    int indicatorIndex() {
      return at.indicatorIndex();
    }

    /** The indicator. */
    Indicator indicator() {
      return indicator;
    }

    /** {@code plans[i].indicators[j]}. */
    String path() {
      return at.path();
    }

    /** The indicator's measure. */
    Measure measure() {
      return indicator.getDefinition().getMeasure();
    }

    /** The indicator's id as text, for messages. */
    String id() {
      return indicator.getId().getValue();
    }
  }

  /**
   * One record of an indicator: the baseline, a target or an observation, with its path, its period (empty for
   * the baseline), its label, and its measurements, the total first. The path and the label are built only when
   * asked for, that is when a rule reports: a valid dataset never pays for them.
   */
  static final class Entry {
    private final Site site;
    private final Kind kind;
    private final int index;
    private final ReportingPeriod period;
    private final Object record;
    private List<Value> values;

    private Entry(Site site, Kind kind, int index, ReportingPeriod period, Object record) {
      this.site = site;
      this.kind = kind;
      this.index = index;
      this.period = period;
      this.record = record;
    }

    /** Which list of the indicator the record comes from. */
    Kind kind() {
      return kind;
    }

    /** The record's index in its list; 0 for the baseline. */
    int index() {
      return index;
    }

    /** {@code plans[i].indicators[j].baseline}, {@code ….targets[k]} or {@code ….observations[k]}. */
    String path() {
      switch (kind) {
        case BASELINE:
          return site.path() + ".baseline";
        case TARGET:
          return site.path() + ".targets[" + index + "]";
        default:
          return site.path() + ".observations[" + index + "]";
      }
    }

    /** The record's period; empty for the baseline. */
    Optional<ReportingPeriod> period() {
      return Optional.ofNullable(period);
    }

    /** "the target for 2014" and its Turkish. */
    LocalizedText label() {
      Object argument = kind == Kind.BASELINE ? ((Baseline) record).getDate() : period;
      return IndicatorValues.label(kind.name().toLowerCase(Locale.ROOT), argument);
    }

    /** The record's measurements, the total first; made on the first call, as not every rule needs them. */
    List<Value> values() {
      if (values == null) {
        values = List.of(measurements());
      }
      return values;
    }

    /** The measurement for everyone. */
    Value total() {
      return values().get(0);
    }

    /** The first measurement of {@code part}, such as the women's; {@code null} if the record has none. */
    Value first(Part part) {
      List<Value> all = values();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).part() == part) {
          return all.get(i);
        }
      }
      return null;
    }

    /** The measurements of {@code part}, in document order. */
    List<Value> parts(Part part) {
      List<Value> all = values();
      List<Value> found = null;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).part() == part) {
          if (found == null) {
            found = new ArrayList<>(4);
          }
          found.add(all.get(i));
        }
      }
      return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    private Value[] measurements() {
      Value[] made;
      switch (kind) {
        case BASELINE:
          Baseline baseline = (Baseline) record;
          made = withSexes(baseline.getValue(), baseline.getWomen(), baseline.getMen(), 0);
          break;
        case TARGET:
          TargetValue target = (TargetValue) record;
          made = withSexes(target.getValue(), target.getWomen(), target.getMen(), 0);
          break;
        default:
          Observation observation = (Observation) record;
          List<AgeGroupMeasurement> ageGroups = observation.getAgeGroups();
          List<DistrictMeasurement> districts = observation.getDistricts();
          made = withSexes(observation.getTotal(), observation.getWomen(), observation.getMen(),
              ageGroups.size() + districts.size());
          int next = made.length - ageGroups.size() - districts.size();
          for (int k = 0; k < ageGroups.size(); k++) {
            AgeGroupMeasurement part = ageGroups.get(k);
            made[next++] = new Value(this, Part.AGE_GROUP, part.getAgeGroup().toString(), k, part.getValue());
          }
          for (int k = 0; k < districts.size(); k++) {
            DistrictMeasurement part = districts.get(k);
            made[next++] = new Value(this, Part.DISTRICT, part.getDistrict(), k, part.getValue());
          }
      }
      return made;
    }

    /** The total, the women's and the men's measurement, with {@code more} places left for the other parts. */
    private Value[] withSexes(Measurement total, Optional<Measurement> women, Optional<Measurement> men, int more) {
      Value[] made = new Value[1 + (women.isPresent() ? 1 : 0) + (men.isPresent() ? 1 : 0) + more];
      int next = 0;
      made[next++] = new Value(this, Part.TOTAL, "", 0, total);
      if (women.isPresent()) {
        made[next++] = new Value(this, Part.WOMEN, "", 0, women.get());
      }
      if (men.isPresent()) {
        made[next] = new Value(this, Part.MEN, "", 0, men.get());
      }
      return made;
    }
  }

  /**
   * One measurement, with its path and its label in both languages, built when asked for; {@code name} is the
   * age group ({@code 15-24}) or the district ({@code Kızıltepe}) of such a part, empty for the others.
   */
  static final class Value {
    private final Entry entry;
    private final Part part;
    private final String name;
    private final int index;
    private final Measurement measurement;

    private Value(Entry entry, Part part, String name, int index, Measurement measurement) {
      this.entry = entry;
      this.part = part;
      this.name = name;
      this.index = index;
      this.measurement = measurement;
    }

    /** Which list of the indicator the measurement's record comes from. */
    Kind kind() {
      return entry.kind();
    }

    /** Which part of its record the measurement is. */
    Part part() {
      return part;
    }

    /** The age group or district; empty for the other parts. */
    String name() {
      return name;
    }

    /** The measurement. */
    Measurement measurement() {
      return measurement;
    }

    /** The measurement's JSON path, such as {@code plans[0].indicators[2].observations[5].women}. */
    String path() {
      switch (part) {
        case TOTAL:
          return entry.path() + (entry.kind() == Kind.OBSERVATION ? ".total" : ".value");
        case WOMEN:
          return entry.path() + ".women";
        case MEN:
          return entry.path() + ".men";
        case AGE_GROUP:
          return entry.path() + ".ageGroups[" + index + "].value";
        default:
          return entry.path() + ".districts[" + index + "].value";
      }
    }

    /** "the actual value for 2014-Q2 (women)" and its Turkish. */
    LocalizedText label() {
      switch (part) {
        case TOTAL:
          return entry.label();
        case WOMEN:
          return IndicatorValues.label("women", entry.label());
        case MEN:
          return IndicatorValues.label("men", entry.label());
        case AGE_GROUP:
          return IndicatorValues.label("ageGroup", entry.label(), name);
        default:
          return IndicatorValues.label("district", entry.label(), name);
      }
    }
  }

  /** The indicator at {@code at}, with what the rules before this one made of it. */
  static Site site(IndicatorSite at) {
    return at.shared(Site.class, Site::new);
  }

  /** Every indicator of every plan of {@code dataset}, in document order. */
  static List<Site> sites(Dataset dataset) {
    List<Site> sites = new ArrayList<>();
    for (IndicatorSite at : IndicatorSite.allOf(dataset)) {
      sites.add(site(at));
    }
    return Collections.unmodifiableList(sites);
  }

  /** The records of the indicator at {@code site}: the baseline if any, then the targets, then the observations. */
  static List<Entry> entries(Site site) {
    if (site.entries != null) {
      return site.entries;
    }
    Indicator indicator = site.indicator();
    List<TargetValue> targets = indicator.getTargets();
    List<Observation> observations = indicator.getObservations();
    Optional<Baseline> baseline = indicator.getBaseline();
    Entry[] entries = new Entry[(baseline.isPresent() ? 1 : 0) + targets.size() + observations.size()];
    int next = 0;
    if (baseline.isPresent()) {
      entries[next++] = new Entry(site, Kind.BASELINE, 0, null, baseline.get());
    }
    for (int k = 0; k < targets.size(); k++) {
      TargetValue target = targets.get(k);
      entries[next++] = new Entry(site, Kind.TARGET, k, target.getPeriod(), target);
    }
    for (int k = 0; k < observations.size(); k++) {
      Observation observation = observations.get(k);
      entries[next++] = new Entry(site, Kind.OBSERVATION, k, observation.getPeriod(), observation);
    }
    site.entries = List.of(entries);
    return site.entries;
  }

  /** Every measurement of the indicator at {@code site}, record by record, each record's total first. */
  static List<Value> values(Site site) {
    if (site.values != null) {
      return site.values;
    }
    List<Entry> entries = entries(site);
    int size = 0;
    for (int i = 0; i < entries.size(); i++) {
      size += entries.get(i).values().size();
    }
    Value[] values = new Value[size];
    int next = 0;
    for (int i = 0; i < entries.size(); i++) {
      for (Value value : entries.get(i).values()) {
        values[next++] = value;
      }
    }
    site.values = List.of(values);
    return site.values;
  }

  /** The label {@code key} of {@code Locations.properties}; a {@link LocalizedText} argument is taken per language. */
  private static LocalizedText label(String key, Object... arguments) {
    return LocalizedText.of(format(key, Language.TR, arguments), format(key, Language.EN, arguments));
  }

  private static String format(String key, Language language, Object... arguments) {
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof LocalizedText
          ? ((LocalizedText) arguments[i]).get(language) : arguments[i];
    }
    return LABELS.format(key, language, resolved);
  }

  /** A number as written, without exponent or trailing zeros: {@code 45}, {@code 12.5}. */
  static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A computed number rounded to {@code decimals} places for a message: {@code 66.67}. */
  static String rounded(BigDecimal value, int decimals) {
    return number(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  /**
   * The number {@code number} that {@code measurement} stands for under {@code measure}, as a message shows it:
   * the value as given, or, when it was computed from numerator and denominator, rounded with them beside it:
   * {@code 9.68 (3/31)}.
   */
  static String number(Measurement measurement, Measure measure, BigDecimal number) {
    if (measurement.getValue().isPresent() || !measurement.hasRatio()) {
      return number(number);
    }
    return rounded(number, measure == Measure.RATIO ? 4 : 2) + " (" + number(measurement.getNumerator().get())
        + "/" + number(measurement.getDenominator().get()) + ")";
  }

  /** A measurement as a message shows it: {@code 45}, {@code 31/47}, {@code "metin"}, or several of these. */
  static String show(Measurement measurement) {
    List<String> shown = new ArrayList<>();
    measurement.getValue().ifPresent(v -> shown.add(number(v)));
    if (measurement.hasRatio()) {
      shown.add(number(measurement.getNumerator().get()) + "/" + number(measurement.getDenominator().get()));
    }
    measurement.getText().ifPresent(t -> shown.add("\""
        + (t.length() > TEXT_SHOWN ? t.substring(0, TEXT_SHOWN) + "…" : t) + "\""));
    return String.join(" ", shown);
  }
}
