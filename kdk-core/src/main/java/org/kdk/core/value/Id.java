package org.kdk.core.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Kimlik — the identifier by which objects of a dataset refer to each other, such as {@code mardin-valilik}.
 *
 * <p>1 to 100 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or a digit. Identifiers are
 * ASCII on purpose: a Turkish {@code İ} or {@code ı} in a key would match differently under different locales.
 * Written in JSON as a plain string. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Id implements Comparable<Id> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  Id() {}

  /** The identifier's text. */
  @JsonValue
  @Value.Parameter
  public abstract String getValue();

  /**
   * An identifier with the given text.
   *
   * @throws InvariantViolationException if the text is not a valid identifier
   */
  @JsonCreator
  public static Id of(String value) {
    Objects.requireNonNull(value, "value");
    return ImmutableId.of(value);
  }

  @Value.Check
  void check() {
    Invariants.check(PATTERN.matcher(getValue()).matches(), Id.class, "value", "\"" + getValue() + "\"",
        "Id.pattern");
  }

  @Override
  public int compareTo(Id other) {
    return getValue().compareTo(other.getValue());
  }

  @Override
  public String toString() {
    return getValue();
  }
}
