package org.kdk.core.administration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * İl — one of Türkiye's 81 provinces, as the built-in catalogue {@link Provinces} describes it.
 *
 * <p>Documents refer to a province by its ISO 3166-2 code ({@code TR-47} for Mardin), never by name.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvince.class)
@JsonDeserialize(as = ImmutableProvince.class)
public abstract class Province implements Comparable<Province> {

  Province() {}

  /** The ISO 3166-2 code, {@code TR-} and the two-digit plate code. */
  @ProvinceCode
  public abstract String getCode();

  /** The licence plate code, 1 to 81. */
  @Min(1)
  @Max(81)
  public abstract int getPlate();

  /** The province's Turkish name, such as {@code Şanlıurfa}. */
  @NotBlank
  public abstract String getName();

  /** The NUTS-2 (İBBS Düzey 2) region, such as {@code TRC3}. */
  @Pattern(regexp = "TR[0-9A-C][0-9]")
  public abstract String getNuts2();

  /** The regional development agency serving the province. */
  @NotBlank
  public abstract String getDevelopmentAgency();

  /** Whether and since when the province is metropolitan. */
  public abstract MetropolitanStatus getMetropolitanStatus();

  /** The programme phases (1, 2) the province took part in; empty if none. */
  public abstract Set<Integer> getKdkPhases();

  /** A builder for a province; the catalogue {@link Provinces} holds all 81. */
  public static ImmutableProvince.Builder builder() {
    return ImmutableProvince.builder();
  }

  @Value.Check
  void check() {
    String expected = String.format(Locale.ROOT, "TR-%02d", getPlate());
    Invariants.check(getCode().equals(expected), Province.class, "code", getCode(),
        "Province.codeMatchesPlate", expected, getPlate());
  }

  /** Whether the province is metropolitan today (one of the 30). */
  @JsonIgnore
  public boolean isMetropolitan() {
    return getMetropolitanStatus().isMetropolitanToday();
  }

  /** Whether the province took part in programme phase {@code phase}. */
  public boolean tookPartInPhase(int phase) {
    return getKdkPhases().contains(phase);
  }

  @Override
  public int compareTo(Province other) {
    return Integer.compare(getPlate(), other.getPlate());
  }

  @Override
  public String toString() {
    return getCode() + " " + getName();
  }
}
