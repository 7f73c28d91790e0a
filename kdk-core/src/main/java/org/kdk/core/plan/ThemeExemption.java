package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Tema muafiyeti — a theme a plan leaves out on purpose, with the reason written down, so that a missing theme
 * is a decision rather than an omission.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThemeExemption.class)
@JsonDeserialize(as = ImmutableThemeExemption.class)
public abstract class ThemeExemption {

  ThemeExemption() {}

  /** The theme left out. */
  public abstract Theme getTheme();

  /** Why it is left out, such as another plan of the province already covering it. */
  @NotBlank
  @Size(max = 1000)
  public abstract String getReason();

  /** {@code theme} left out for {@code reason}. */
  public static ThemeExemption of(Theme theme, String reason) {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(reason, "reason");
    return builder().theme(theme).reason(reason).build();
  }

  /** A builder for a theme exemption. */
  public static ImmutableThemeExemption.Builder builder() {
    return ImmutableThemeExemption.builder();
  }
}
