package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * Sorun tespiti — a problem identified under one theme during the situation analysis, with the evidence for it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {

  Problem() {}

  /** The problem's id, unique within its plan. */
  public abstract Id getId();

  /** The theme it falls under. */
  public abstract Theme getTheme();

  /** The problem, in words. */
  @NotBlank
  @Size(max = 4000)
  public abstract String getDescription();

  /** The facts that support it. */
  public abstract List<@Valid Evidence> getEvidence();

  /** A builder for a problem. */
  public static ImmutableProblem.Builder builder() {
    return ImmutableProblem.builder();
  }
}
