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
    String value = getValue();
    if (!isWellFormed(value)) {
      Invariants.check(PATTERN.matcher(value).matches(), Id.class, "value", "\"" + value + "\"", "Id.pattern");
    }
  }

  /** {@link #PATTERN} without a regular expression: ids are checked on every read, hundreds of thousands at once. */
  private static boolean isWellFormed(String value) {
    int length = value.length();
    if (length == 0 || length > 100 || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
