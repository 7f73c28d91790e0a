package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.Money;

/**
 * Hibe projesi — a project funded by a {@link GrantScheme}, typically run by a women's NGO, that carries out
 * actions of a local equality action plan; phase 2 showed 38 of them at its closing conference.
 *
 * <p>Written in JSON as {@code {"id": "mardin-hibe-07", "schemeId": "kdk-hibe-2013", "granteeInstitutionId":
 * "mardin-kadin-dernegi", "title": "…", "theme": "EMPLOYMENT", "amount": {"amount": 45000.00, "currency": "TRY"},
 * "actionIds": ["mardin-eylem-3-1"], "provinceCode": "TR-47", "shownAtClosingConference": true, "status":
 * "COMPLETED"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrantProject.class)
@JsonDeserialize(as = ImmutableGrantProject.class)
public abstract class GrantProject {

  GrantProject() {}

  /** The project's id in the dataset. */
  public abstract Id getId();

  /** The grant scheme that funds (or was asked to fund) the project. */
  public abstract Id getSchemeId();

  /** The institution that runs the project and receives the grant, typically a women's NGO. */
  public abstract Id getGranteeInstitutionId();

  /** The project's title. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** The plan theme the project mainly serves. */
  public abstract Optional<Theme> getTheme();

  /** The grant asked for or awarded, zero or more. */
  @Valid
  public abstract Money getAmount();

  /** The days the project runs. */
  public abstract Optional<@Valid DateRange> getPeriod();

  /** The plan actions the project carries out, each once. */
  public abstract List<Id> getActionIds();

  /** The ISO 3166-2 code of the province where the project runs. */
  @ProvinceCode
  public abstract String getProvinceCode();

  /**
   * Whether the project was shown at the closing conference of its phase; counting these over a dataset
   * ({@link #countShownAtClosingConference(Iterable)}) reproduces the 38 of phase 2 when all are recorded.
   */
  @Value.Default
  public boolean isShownAtClosingConference() {
    return false;
  }

  /** Where the project stands. */
  public abstract GrantProjectStatus getStatus();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a grant project. */
  public static ImmutableGrantProject.Builder builder() {
    return ImmutableGrantProject.builder();
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getAmount().getAmount(), GrantProject.class, "amount");
    Set<Id> seen = new HashSet<>();
    for (Id id : getActionIds()) {
      Invariants.check(seen.add(id), GrantProject.class, "actionIds", id, "GrantProject.duplicateAction", id);
    }
    // Only a funded project can be shown as a grant-funded project.
    Invariants.check(!isShownAtClosingConference() || getStatus().wasAwarded(), GrantProject.class,
        "shownAtClosingConference", true, "GrantProject.shownButNotAwarded", getStatus());
  }

  /** How many of {@code projects} were shown at a closing conference. */
  public static long countShownAtClosingConference(Iterable<? extends GrantProject> projects) {
    Objects.requireNonNull(projects, "projects");
    long count = 0;
    for (GrantProject project : projects) {
      if (project.isShownAtClosingConference()) {
        count++;
      }
    }
    return count;
  }
}
