package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * Amaç — an aim of a plan under one theme; targets refer to it by id.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAim.class)
@JsonDeserialize(as = ImmutableAim.class)
public abstract class Aim {

  Aim() {}

  /** The aim's id, unique within its plan. */
  public abstract Id getId();

  /** The theme the aim serves. */
  public abstract Theme getTheme();

  /** The aim, in words. */
  @NotBlank
  @Size(max = 2000)
  public abstract String getText();

  /** The aim {@code id} under {@code theme}. */
  public static Aim of(Id id, Theme theme, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(text, "text");
    return builder().id(id).theme(theme).text(text).build();
  }

  /** A builder for an aim. */
  public static ImmutableAim.Builder builder() {
    return ImmutableAim.builder();
  }
}
