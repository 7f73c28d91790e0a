package org.kdk.core.value;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

/**
 * Değişmez ihlali — thrown when a value object would be built in a state that can never be valid, such as a
 * date range that ends before it starts.
 *
 * <p>It names the type, the field and the offending value, and can say why in Turkish or English. Nothing is
 * built when it is thrown: the builder, the {@code with…} copy or the JSON read fails as a whole.
 */
public final class InvariantViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String field;
  private final transient Object value;
  private final transient Texts texts;
  private final String key;
  private final transient Object[] arguments;

  InvariantViolationException(
      Class<?> owner, String field, Object value, Texts texts, String key, Object... arguments) {
    super(compose(owner.getSimpleName(), field, value, texts.format(key, Language.EN, arguments)));
    this.type = owner.getSimpleName();
    this.field = field;
    this.value = value;
    this.texts = texts;
    this.key = key;
    this.arguments = arguments.clone();
  }

  private static String compose(String type, String field, Object value, String reason) {
    return type + "." + field + ": " + reason + " (value: " + value + ")";
  }

  /** The simple name of the type whose invariant failed, for example {@code DateRange}. */
  public String getType() {
    return type;
  }

  /** The field that holds the offending value, for example {@code end}. */
  public String getField() {
    return field;
  }

  /** The offending value as given. */
  public Object getValue() {
    return value;
  }

  /** The stable message key, for example {@code DateRange.endBeforeStart}. */
  public String getKey() {
    return key;
  }

  /** The reason alone, without type and field, in the language of {@code locale}. */
  public String getReason(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return texts.format(key, Language.of(locale), arguments);
  }

  /** The whole message in the language of {@code locale}; {@link #getMessage()} is English. */
  public String getMessage(Locale locale) {
    return compose(type, field, value, getReason(locale));
  }

  @Override
  public String toString() {
    return "InvariantViolationException{" + getMessage() + ", arguments=" + Arrays.toString(arguments) + "}";
  }
}
