package org.kdk.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.LocalizedText;

/**
 * Kadın Dostu Kentler Programı — the Women Friendly Cities programme: a UN joint programme with the Ministry of
 * Interior to put gender equality into the planning, programming and budgeting of local administrations and to
 * strengthen women's NGOs and their cooperation with them, described phase by phase.
 *
 * <p>{@link #kadinDostuKentler()} gives the built-in description of the three phases. Written in JSON as
 * {@code {"name": {"tr": …, "en": …}, "phases": [{"number": 1, …}, …]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramme.class)
@JsonDeserialize(as = ImmutableProgramme.class)
public abstract class Programme {
  /** 20 December 2006: phase 1 launched. */
  public static final LocalDate PHASE_1_LAUNCHED = LocalDate.of(2006, 12, 20);

  /** 19 February 2010: the Ministry of Interior's circular 2010/10 asked all provinces to apply the model. */
  public static final LocalDate CIRCULAR_2010_10 = LocalDate.of(2010, 2, 19);

  /** 6 July 2012: the phase-2 provinces signed the Official Commitment (Taahhütname). */
  public static final LocalDate COMMITMENT_SIGNED = LocalDate.of(2012, 7, 6);

  /** 10–11 June 2015: phase 2's closing conference in Ankara. */
  public static final DateRange CLOSING_CONFERENCE_2015 = DateRange.of(LocalDate.of(2015, 6, 10),
      LocalDate.of(2015, 6, 11));

  /** 38: the grant-funded projects shown at phase 2's closing conference. */
  public static final int GRANT_PROJECTS_SHOWN_AT_CLOSE = 38;

  /** 25: the municipalities of phase 3. */
  public static final int PHASE_3_MUNICIPALITIES = 25;

  Programme() {}

  /** The programme's name. */
  @Valid
  public abstract LocalizedText getName();

  /** The phases, each number once, in the order given. */
  public abstract List<@Valid Phase> getPhases();

  /** A builder for a programme description. */
  public static ImmutableProgramme.Builder builder() {
    return ImmutableProgramme.builder();
  }

  /**
   * The built-in description of the Women Friendly Cities programme, from the domain brief.
   *
   * <p>Where the brief gives only a year or a month, this library chooses the first or last day: phase 1 runs
   * from 2006-01-01 (launched 2006-12-20) to 2010-12-31, the brief saying only "2006–2010"; phase 2 from
   * 2011-04-01 to 2015-06-30 ("April 2011 – June 2015"); phase 3 from 2025-01-01 ("from 2025"), without an end.
   * Provinces are listed in plate order. English phase names and the Turkish notes are this library's
   * translations.
   */
  public static Programme kadinDostuKentler() {
    return BuiltIn.KADIN_DOSTU_KENTLER;
  }

  @Value.Check
  void check() {
    Set<Integer> seen = new HashSet<>();
    for (Phase phase : getPhases()) {
      Invariants.check(seen.add(phase.getNumber()), Programme.class, "phases", phase.getNumber(),
          "Programme.duplicatePhase", phase.getNumber());
    }
  }

  /**
   * The phase numbered {@code number}.
   *
   * @throws NoSuchElementException if the programme has no such phase
   */
  public Phase phase(int number) {
    return findPhase(number).orElseThrow(() -> new NoSuchElementException(
        "the programme has no phase " + number + "; its phases are " + getPhases().stream()
            .map(p -> String.valueOf(p.getNumber())).collect(Collectors.joining(", "))));
  }

  /** The phase numbered {@code number}, if the programme has it. */
  public Optional<Phase> findPhase(int number) {
    return getPhases().stream().filter(p -> p.getNumber() == number).findFirst();
  }

  /**
   * The phases in which the province with ISO 3166-2 code {@code provinceCode} took part, in the programme's
   * order; empty if none names it (phase 3 names no province).
   */
  public List<Phase> phasesOf(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return getPhases().stream().filter(p -> p.includesProvince(provinceCode))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The phase running on {@code date}, if any. */
  public Optional<Phase> phaseOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getPhases().stream().filter(p -> p.runsOn(date)).findFirst();
  }

  // A holder so that the description is built on first use, after Programme's own constants.
  private static final class BuiltIn {
    static final Programme KADIN_DOSTU_KENTLER = build();

    private static Programme build() {
      Phase one = Phase.builder()
          .number(1)
          .name(LocalizedText.of(
              "BM Kadın ve Kız Çocuklarının İnsan Haklarının Korunması ve Geliştirilmesi Ortak Programı (BMOP)",
              "UN Joint Programme for the Protection and Promotion of the Human Rights of Women and Girls (BMOP)"))
          .start(LocalDate.of(2006, 1, 1))
          .end(LocalDate.of(2010, 12, 31))
          .launchedOn(PHASE_1_LAUNCHED)
          .addFunder("Sabancı Vakfı")
          .addPartners("İçişleri Bakanlığı", "KA-DER")
          .addProvinceCodes("TR-35", "TR-36", "TR-50", "TR-61", "TR-63", "TR-65")
          .addNote(LocalizedText.of(
              "2009 yılında 1. aşamanın planları belediyelerin ve il özel idarelerinin stratejik planlarına"
                  + " yazıldı.",
              "In 2009 the phase-1 plans were written into the strategic plans of the municipalities and special"
                  + " provincial administrations."))
          .addNote(LocalizedText.of(
              "İçişleri Bakanlığının 19 Şubat 2010 tarihli 2010/10 sayılı genelgesi tüm illerden modelin"
                  + " uygulanmasını istedi.",
              "On 19 February 2010 the Ministry of Interior's circular 2010/10 asked all provinces to apply the"
                  + " model."))
          .build();
      Phase two = Phase.builder()
          .number(2)
          .name(LocalizedText.of("Kadın Dostu Kentler Birleşmiş Milletler Ortak Programı, 2. aşama",
              "Women Friendly Cities United Nations Joint Programme, phase 2"))
          .start(LocalDate.of(2011, 4, 1))
          .end(LocalDate.of(2015, 6, 30))
          .addFunder("Sida")
          .addPartners("İçişleri Bakanlığı Mahalli İdareler Genel Müdürlüğü", "UNFPA", "UNDP")
          .addProvinceCodes("TR-02", "TR-07", "TR-16", "TR-27", "TR-35", "TR-36", "TR-44", "TR-47", "TR-50",
              "TR-55", "TR-61", "TR-63")
          .commitmentSignedOn(COMMITMENT_SIGNED)
          .closingConference(ClosingConference.of(CLOSING_CONFERENCE_2015, "Ankara", GRANT_PROJECTS_SHOWN_AT_CLOSE))
          .build();
      Phase three = Phase.builder()
          .number(3)
          .name(LocalizedText.of("Kadın Dostu Kentler, 3. aşama", "Women Friendly Cities, phase 3"))
          .start(LocalDate.of(2025, 1, 1))
          .addFunder("Avrupa Birliği")
          .addPartners("UNFPA", "Türkiye Belediyeler Birliği")
          .municipalityCount(PHASE_3_MUNICIPALITIES)
          .build();
      return builder()
          .name(LocalizedText.of("Kadın Dostu Kentler Birleşmiş Milletler Ortak Programı",
              "Women Friendly Cities United Nations Joint Programme"))
          .addPhases(one, two, three)
          .build();
    }
  }
}
