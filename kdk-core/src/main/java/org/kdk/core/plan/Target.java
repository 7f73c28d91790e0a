package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * Hedef — a target under an aim; actions refer to it by id.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

  Target() {}

  /** The target's id, unique within its plan. */
  public abstract Id getId();

  /** The aim it serves, in the same plan. */
  public abstract Id getAimId();

  /** The target, in words. */
  @NotBlank
  @Size(max = 2000)
  public abstract String getText();

  /** The target {@code id} under aim {@code aimId}. */
  public static Target of(Id id, Id aimId, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(aimId, "aimId");
    Objects.requireNonNull(text, "text");
    return builder().id(id).aimId(aimId).text(text).build();
  }

  /** A builder for a target. */
  public static ImmutableTarget.Builder builder() {
    return ImmutableTarget.builder();
  }
}
