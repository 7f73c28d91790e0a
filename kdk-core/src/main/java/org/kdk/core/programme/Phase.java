package org.kdk.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.LocalizedText;

/**
 * Aşama — one phase of the Women Friendly Cities programme: when it ran, who funded and ran it, and which
 * provinces or how many municipalities took part.
 *
 * <p>Phase 1 names six provinces, phase 2 twelve, phase 3 counts 25 municipalities and names no province.
 * Written in JSON as {@code {"number": 2, "name": {…}, "start": "2011-04-01", "end": "2015-06-30", "funders":
 * ["Sida"], "partners": […], "provinceCodes": ["TR-02", …], "commitmentSignedOn": "2012-07-06",
 * "closingConference": {…}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase {

  Phase() {}

  /** The phase's number, 1 to 3 (the phases known today). */
  @Min(1)
  @Max(3)
  public abstract int getNumber();

  /** The phase's name, such as phase 1's {@code BM Kadın ve Kız Çocuklarının … Ortak Programı (BMOP)}. */
  @Valid
  public abstract LocalizedText getName();

  /** The first day of the phase (1 January where only the year is known). */
  public abstract LocalDate getStart();

  /** The last day of the phase, on or after the start; absent while the phase runs. */
  public abstract Optional<LocalDate> getEnd();

  /** The day of the launch event, where known (phase 1: 20 December 2006). */
  public abstract Optional<LocalDate> getLaunchedOn();

  /** Who paid for the phase, such as {@code Sida}. */
  public abstract List<@NotBlank @Size(max = 200) String> getFunders();

  /** Who ran it, such as the Ministry of Interior's General Directorate of Local Administrations, UNFPA and UNDP. */
  public abstract List<@NotBlank @Size(max = 200) String> getPartners();

  /** The ISO 3166-2 codes of the provinces that took part, each once; empty where the phase names none. */
  public abstract List<@ProvinceCode String> getProvinceCodes();

  /** How many municipalities take part, where the phase counts municipalities (phase 3: 25). */
  public abstract Optional<Integer> getMunicipalityCount();

  /** The day the provinces signed the Official Commitment (Taahhütname), where the phase had one. */
  public abstract Optional<LocalDate> getCommitmentSignedOn();

  /** The conference that closed the phase, where one was held. */
  public abstract Optional<@Valid ClosingConference> getClosingConference();

  /** Remarks about the phase, such as the Ministry's circular 2010/10 of phase 1. */
  public abstract List<@Valid LocalizedText> getNotes();

  /** A builder for a phase. */
  public static ImmutablePhase.Builder builder() {
    return ImmutablePhase.builder();
  }

  @Value.Check
  void check() {
    getEnd().ifPresent(end -> Invariants.check(!end.isBefore(getStart()), Phase.class, "end", end,
        "Phase.endBeforeStart", getStart(), end));
    Set<String> seen = new HashSet<>();
    for (String code : getProvinceCodes()) {
      Invariants.check(seen.add(code), Phase.class, "provinceCodes", code, "Phase.duplicateProvince", code);
    }
    getMunicipalityCount().ifPresent(n -> Invariants.checkNotNegative(n, Phase.class, "municipalityCount"));
  }

  /** Whether the province with ISO 3166-2 code {@code provinceCode} took part in this phase. */
  public boolean includesProvince(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return getProvinceCodes().contains(provinceCode);
  }

  /** Whether {@code date} lies in the phase: on or after the start and, if the phase has ended, on or before the end. */
  public boolean runsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && getEnd().map(end -> !date.isAfter(end)).orElse(true);
  }
}
