package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Kanıt — a fact from the provincial situation analysis (İl Durum Analizi) that supports an identified problem,
 * such as a figure with its source and year.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {

  Evidence() {}

  /** The fact, in words. */
  @NotBlank
  @Size(max = 2000)
  public abstract String getDescription();

  /** Where it comes from, such as a survey or a statistics office table. */
  public abstract Optional<@NonBlank(max = 500) String> getSource();

  /** The year the fact refers to. */
  public abstract Optional<@Min(1900) @Max(2100) Integer> getYear();

  /** The indicator that measures it, where the dataset has one. */
  public abstract Optional<Id> getIndicatorId();

  /** A fact given in words only. */
  public static Evidence of(String description) {
    Objects.requireNonNull(description, "description");
    return builder().description(description).build();
  }

  /** A builder for a piece of evidence. */
  public static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }
}
