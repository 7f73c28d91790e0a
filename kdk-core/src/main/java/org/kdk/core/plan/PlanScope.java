package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Plan kapsamı — the area a plan covers: a whole province, or one municipality in it.
 *
 * <p>The phase-2 plans were provincial, adopted by the coordination board; later plans are often municipal,
 * adopted by a council decision. A municipal scope names its municipality, a provincial one does not. Written in
 * JSON as {@code {"level": "PROVINCE", "provinceCode": "TR-47"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanScope.class)
@JsonDeserialize(as = ImmutablePlanScope.class)
public abstract class PlanScope {

  PlanScope() {}

  /** Whether the plan covers a province or a municipality. */
  public abstract ScopeLevel getLevel();

  /** The province, as its ISO 3166-2 code such as {@code TR-47}; for a municipal plan, the municipality's. */
  @ProvinceCode
  public abstract String getProvinceCode();

  /** The municipality a municipal plan covers; present exactly when the level is {@code MUNICIPALITY}. */
  public abstract Optional<Id> getMunicipalityId();

  /** The whole province {@code provinceCode}, such as {@code TR-47}. */
  public static PlanScope ofProvince(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return builder().level(ScopeLevel.PROVINCE).provinceCode(provinceCode).build();
  }

  /** The municipality {@code municipalityId} in province {@code provinceCode}. */
  public static PlanScope ofMunicipality(String provinceCode, Id municipalityId) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(municipalityId, "municipalityId");
    return builder().level(ScopeLevel.MUNICIPALITY).provinceCode(provinceCode).municipalityId(municipalityId)
        .build();
  }

  /** A builder for a plan scope. */
  public static ImmutablePlanScope.Builder builder() {
    return ImmutablePlanScope.builder();
  }

  @Value.Check
  void check() {
    if (getLevel() == ScopeLevel.MUNICIPALITY) {
      Invariants.check(getMunicipalityId().isPresent(), PlanScope.class, "municipalityId", "(absent)",
          "PlanScope.municipalityRequired");
    } else {
      Invariants.check(getMunicipalityId().isEmpty(), PlanScope.class, "municipalityId",
          getMunicipalityId().map(Id::toString).orElse(""), "PlanScope.municipalityNotAllowed", getLevel(),
          getMunicipalityId().map(Id::toString).orElse(""));
    }
  }

  @Override
  public String toString() {
    return getLevel() + " " + getProvinceCode() + getMunicipalityId().map(id -> " " + id).orElse("");
  }
}
