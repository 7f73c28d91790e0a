package org.kdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Katı değerler — what {@link KdkJson} reads more strictly than Jackson does by default: a date only as ISO text
 * ({@code "2013-01-31"}, not {@code [2013,1,31]}, a number, or a date-time whose time would be dropped); a code
 * only as its exact name (Jackson trims spaces); a decimal only when written out in full it has at most
 * {@link ReadLimits#getMaxNumberLength()} digits, so that {@code 1e999999999} fails at once instead of filling
 * the memory when a later step needs its digits. Used by {@link KdkJson} only; a user's own mapper with
 * {@link KdkJacksonModule} keeps Jackson's behaviour.
 */
final class StrictValues extends SimpleModule {
  private static final long serialVersionUID = 1L;

  StrictValues(ReadLimits limits) {
    super("KdkStrictValues");
    addDeserializer(LocalDate.class, new IsoDate());
    addDeserializer(BigDecimal.class, new BoundedDecimal(limits.getMaxNumberLength()));
    setDeserializerModifier(new ExactCodes());
  }

  /** A date as ISO text, nothing else. */
  private static final class IsoDate extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      try {
        LocalDate fast = fastParse(text);
        return fast != null ? fast : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        InvalidFormatException failure = InvalidFormatException.from(p, "not a date", text, LocalDate.class);
        failure.initCause(e);
        throw failure;
      }
    }

    /**
     * {@code yyyy-MM-dd} read without a formatter (which builds a map of fields per date: a national dataset has
     * millions of dates), or {@code null} for anything else, impossible days included, which
     * {@link LocalDate#parse} then reads or refuses with its own precise message.
     */
    static LocalDate fastParse(String text) {
      if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > Month.of(month).length(
          Year.isLeap(year))) {
        return null;
      }
      return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
  }

  /** A decimal of at most so many digits written out in full. */
  private static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;
    private final int maxDigits;

    BoundedDecimal(int maxDigits) {
      this.maxDigits = maxDigits;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
      BigDecimal value;
      try {
        value = super.deserialize(p, context);
      } catch (NumberFormatException e) {
        // A valid JSON number that BigDecimal cannot hold: its exponent is beyond any int.
        throw tooLong(p.getText());
      }
      if (value != null && digitsWrittenOut(value) > maxDigits) {
        throw tooLong(p.getText());
      }
      return value;
    }

    private StreamConstraintsException tooLong(String text) {
      return new StreamConstraintsException("the number " + text + " has more than " + maxDigits
          + " digits when written out in full (ReadLimits.maxNumberLength)");
    }

    static long digitsWrittenOut(BigDecimal value) {
      long precision = value.precision();
      long scale = value.scale();
      return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
    }
  }

  /** Codes must be written exactly as their names: no spaces around them, no other case. */
  private static final class ExactCodes extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription description, JsonDeserializer<?> deserializer) {
      return new ExactCode(deserializer);
    }
  }

  private static final class ExactCode extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    ExactCode(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new ExactCode(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      String text = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
      if (text != null && text.isEmpty()) {
        return context.handleWeirdStringValue(handledType(), text, "not one of the codes");
      }
      Object value = super.deserialize(p, context);
      if (text != null && value instanceof Enum && !((Enum<?>) value).name().equals(text)) {
        return context.handleWeirdStringValue(handledType(), text, "not one of the codes");
      }
      return value;
    }
  }
}
