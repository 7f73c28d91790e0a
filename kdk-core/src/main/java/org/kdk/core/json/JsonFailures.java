package org.kdk.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.value.InvariantViolationException;

/**
 * Jackson hataları — turns whatever Jackson throws while reading into the one {@link InvalidDocumentException}:
 * the kind of problem, the path in the format's notation ({@code plans[0].period.end}), the line and column, and
 * the reason in plain words. Jackson's class and feature names, its {@code [Source: …]} excerpts and Java type
 * names never reach the message; values from the document are quoted, shortened and made visible (see
 * {@link InvalidDocumentException}).
 */
final class JsonFailures {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
  private static final Pattern LIMIT = Pattern.compile(
      "(Document nesting depth|Document length|Number value length|String value length|Name length|Token count)"
          + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern RANGE = Pattern.compile("Numeric value \\((.*)\\) out of range");
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
      "^Unexpected character \\('(.*)' \\(code (\\d+)[^)]*\\)\\)(?: in numeric value)?: (.*)$", Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting",
      Pattern.DOTALL);
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
  private static final Pattern CONTROL =
      Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*)' \\(code (\\d+)\\)");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': (?:expected '(.)'|no open)");
  private static final Pattern UTF8 = Pattern.compile("^Invalid UTF-8[^0-9]*0x([0-9a-fA-F]+)");
  private static final Pattern BETWEEN_ENTRIES = Pattern.compile(
      "field name|comma to separate|close marker|Object entries|Array entries|between tokens|white space|comment");
  private static final Pattern COERCE = Pattern.compile("^Cannot coerce [^(]*\\(([^)]*)\\)");
  private static final Pattern IMMUTABLE = Pattern.compile("\\bImmutable([A-Z])");
  private static final Pattern QUALIFIED = Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?");

  private JsonFailures() {}

  /**
   * The document's failure as the one exception. {@code parser} is the parser that read the document, for the
   * place of a syntax error or a read limit; {@code source} names the file, or is {@code null}.
   */
  static InvalidDocumentException translate(JsonProcessingException e, JsonParser parser, String source) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    String path = e instanceof JsonMappingException ? path(((JsonMappingException) e).getPath()) : "";
    Failure failure = classify(e, path, parser);
    return new InvalidDocumentException(failure.problem(), failure.path(), line, column, failure.detail(), source,
        failure.cause() == null ? e : failure.cause());
  }

  /** What went wrong and where; the cause, when given, replaces Jackson's exception as the cause. */
  private record Failure(Problem problem, String path, String detail, Throwable cause) {
    Failure(Problem problem, String path, String detail) {
      this(problem, path, detail, null);
    }
  }

  private static Failure classify(JsonProcessingException e, String path, JsonParser parser) {
    String message = e.getOriginalMessage();
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      String limitMessage = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
      // A name too long is the next entry of its object, not the value of the name read before it.
      String at = parsePath(parser, !limitMessage.startsWith("Name length"));
      return new Failure(Problem.LIMIT_EXCEEDED, at.startsWith(path) ? at : path, limit(limitMessage));
    }
    if (e instanceof PropertyBindingException) {
      PropertyBindingException u = (PropertyBindingException) e;
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return new Failure(Problem.UNKNOWN_PROPERTY, path, quote(u.getPropertyName()) + " is not a property of "
          + simpleName(u.getReferringClass()) + (known.isEmpty() ? "" : "; known properties: " + known));
    }
    StreamReadException parse = find(e, StreamReadException.class);
    if (parse instanceof InputCoercionException) {
      return new Failure(Problem.INVALID_VALUE, path, outOfRange((InputCoercionException) parse));
    }
    if (parse != null) {
      String parseMessage = parse.getOriginalMessage() == null ? "" : parse.getOriginalMessage();
      Matcher duplicate = DUPLICATE.matcher(parseMessage);
      if (duplicate.find()) {
        return new Failure(Problem.DUPLICATE_PROPERTY, parsePath(parser, true),
            quote(duplicate.group(1)) + " appears twice in the same object");
      }
      return new Failure(Problem.MALFORMED_JSON, parsePath(parser, isInValue(parser, parseMessage)),
          syntax(parseMessage));
    }
    if (e instanceof InvalidFormatException) {
      return invalidFormat((InvalidFormatException) e, path, message, parser);
    }
    if (e instanceof InvalidNullException) {
      return new Failure(Problem.MISSING_PROPERTY, path, path.endsWith("]")
          ? "null is not allowed in this list" : "null is not allowed here; a value is required");
    }
    if (e instanceof ValueInstantiationException || (e instanceof JsonMappingException && e.getCause() != null)) {
      return fromCause((JsonMappingException) e, path);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (message != null && message.startsWith("No content to map")) {
        return new Failure(Problem.MALFORMED_JSON, path, "the document is empty");
      }
      if (message != null && message.startsWith("Trailing token")) {
        return new Failure(Problem.MALFORMED_JSON, path, "there is more content after the end of the document");
      }
      if (message != null && message.startsWith("Cannot map `null`")) {
        return new Failure(Problem.MISSING_PROPERTY, path,
            "null is not allowed here; " + describe(m.getTargetType()) + " is required");
      }
      return new Failure(Problem.WRONG_TYPE, path, expected(m.getTargetType(), parser, message));
    }
    return new Failure(Problem.INVALID_VALUE, path, scrub(firstLine(message)));
  }

  private static Failure invalidFormat(InvalidFormatException f, String path, String message, JsonParser parser) {
    Class<?> target = f.getTargetType();
    if (message != null && message.startsWith("Cannot coerce")) {
      return new Failure(Problem.WRONG_TYPE, path, expected(target, parser, message));
    }
    if (target != null && target.isEnum()) {
      String codes = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
      return new Failure(Problem.UNKNOWN_CODE, path,
          quote(f.getValue()) + " is not a code of " + target.getSimpleName() + "; allowed: " + codes);
    }
    if (target == Currency.class) {
      return new Failure(Problem.UNKNOWN_CODE, path,
          quote(f.getValue()) + " is not an ISO 4217 currency code such as TRY or EUR");
    }
    DateTimeParseException date = find(f, DateTimeParseException.class);
    return new Failure(Problem.INVALID_VALUE, path, quote(f.getValue()) + " is not " + describe(target)
        + (date != null ? dateReason(date) : ""));
  }

  private static Failure fromCause(JsonMappingException e, String path) {
    InvariantViolationException invariant = find(e, InvariantViolationException.class);
    if (invariant != null && invariant.getType().equals(Dataset.class.getSimpleName())
        && (invariant.getField().equals("format") || invariant.getField().equals("version"))) {
      return new Failure(
          invariant.getField().equals("format") ? Problem.UNKNOWN_FORMAT : Problem.UNSUPPORTED_VERSION,
          join(path, invariant.getField()), invariant.getMessage(), invariant);
    }
    if (invariant != null) {
      // A type written as one JSON value (an id, a reporting period) has no properties of its own to point to.
      String full = isWrittenAsOneValue(e) ? path : join(path, invariant.getField());
      return new Failure(Problem.BROKEN_INVARIANT, full, invariant.getMessage(), invariant);
    }
    DateTimeParseException date = find(e, DateTimeParseException.class);
    if (date != null) {
      return new Failure(Problem.INVALID_VALUE, path, quote(date.getParsedString()) + " is not valid"
          + dateReason(date));
    }
    IllegalStateException state = find(e, IllegalStateException.class);
    if (state != null && state.getMessage() != null) {
      Matcher m = MISSING.matcher(state.getMessage());
      if (m.find()) {
        List<String> missing = Arrays.stream(m.group(1).split(",")).map(String::trim).collect(Collectors.toList());
        return new Failure(Problem.MISSING_PROPERTY, join(path, missing.get(0)),
            "required " + (missing.size() == 1 ? "property " + quote(missing.get(0)) + " is"
                : "properties " + missing.stream().map(JsonFailures::quote).collect(Collectors.joining(", "))
                    + " are") + " missing or null");
      }
    }
    NullPointerException npe = find(e, NullPointerException.class);
    if (npe != null) {
      String name = npe.getMessage();
      if (name != null && name.matches("[A-Za-z][A-Za-z0-9]*")) {
        return new Failure(Problem.MISSING_PROPERTY, join(path, name),
            "required property " + quote(name) + " is missing or null");
      }
      return new Failure(Problem.MISSING_PROPERTY, path, "null is not allowed here; a value is required");
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new Failure(Problem.INVALID_VALUE, path, root == e ? scrub(firstLine(e.getOriginalMessage()))
        : scrub(firstLine(root.getMessage())));
  }

  private static boolean isWrittenAsOneValue(JsonMappingException e) {
    return e instanceof ValueInstantiationException && ((ValueInstantiationException) e).getType() != null
        && isWrittenAsOneValue(((ValueInstantiationException) e).getType().getRawClass());
  }

  /** Whether {@code type} is written as one JSON value by a {@link JsonValue} accessor, as an id is. */
  private static boolean isWrittenAsOneValue(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.isAnnotationPresent(JsonValue.class)) {
          return true;
        }
      }
    }
    return false;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Read limits and syntax, in our words.

  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message == null ? "" : message);
    if (!m.find()) {
      return scrub(firstLine(message));
    }
    String actual = m.group(2);
    String max = m.group(3);
    switch (m.group(1)) {
      case "Document nesting depth":
        return "objects and arrays are nested deeper than the limit of " + max
            + " levels (ReadLimits.maxNestingDepth)";
      case "Document length":
        return "the document is longer than the limit of " + max + " characters (ReadLimits.maxDocumentLength)";
      case "Number value length":
        return "a number of " + actual + " characters is longer than the limit of " + max
            + " (ReadLimits.maxNumberLength)";
      case "String value length":
        return "a text of more than " + max + " characters is longer than the limit (ReadLimits.maxStringLength)";
      case "Name length":
        return "a property name of more than " + max
            + " characters is longer than the limit (ReadLimits.maxStringLength)";
      default:
        return "the document has more than " + max + " tokens";
    }
  }

  /** A syntax error in plain words: what was found, and what belongs there. */
  static String syntax(String message) {
    if (message.startsWith("Unexpected end-of-input")) {
      return endOfInput(message);
    }
    Matcher m = UNEXPECTED_CHAR.matcher(message);
    if (m.find()) {
      return unexpected(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    if ((m = UNRECOGNIZED_TOKEN.matcher(message)).find()) {
      return quote(m.group(1)) + " is not a JSON value: texts are written in double quotes, and the only words are"
          + " true, false and null";
    }
    if ((m = NON_STANDARD.matcher(message)).find()) {
      return m.group(1) + " is not a JSON number";
    }
    if ((m = CONTROL.matcher(message)).find()) {
      String code = String.format(Locale.ROOT, "U+%04X", Integer.parseInt(m.group(2)));
      return m.group(1) != null
          ? "the control character " + code + " must be escaped inside a text (as \\u" + code.substring(2) + ")"
          : "the control character " + code + " is not allowed between values";
    }
    if ((m = ESCAPE.matcher(message)).find()) {
      return "\\" + m.group(1) + " is not an escape of JSON; a text may use \\\" \\\\ \\/ \\b \\f \\n \\r \\t"
          + " and \\u followed by four hexadecimal digits";
    }
    if ((m = CLOSE.matcher(message)).find()) {
      return m.group(2) != null
          ? "'" + m.group(1) + "' closes what was opened with '" + (m.group(2).equals("}") ? "{" : "[")
              + "'; '" + m.group(2) + "' belongs here"
          : "'" + m.group(1) + "' closes nothing: there is more content after the end of the document";
    }
    if ((m = UTF8.matcher(message)).find()) {
      return "the text is not UTF-8 (byte " + m.group(1).toUpperCase(Locale.ROOT)
          + "); KDK documents are UTF-8: save the file as UTF-8";
    }
    if (message.startsWith("Invalid numeric value: Leading zeroes")) {
      return "a number must not start with 0 followed by more digits";
    }
    return scrub(firstLine(message));
  }

  /** Where the document ended too early, by what Jackson's message mentions; the first match wins. */
  private static final String[][] END_OF_INPUT = {
      {"VALUE_STRING", "the document ends inside a text: the closing quote is missing"},
      {"closing quote", "the document ends inside a text: the closing quote is missing"},
      {"field name", "the document ends inside a property name"},
      {"for name", "the document ends inside a property name"},
      {"escape sequence", "the document ends inside an escape sequence"},
      {"Array", "the document ends before an array is closed: ']' is missing"},
      {"Object", "the document ends before an object is closed: '}' is missing"},
      {"Number", "the document ends inside a number"},
      {"numeric", "the document ends inside a number"},
      {"", "the document ends too early"}};

  /** What belonged where an unexpected character ({@code %s}) was found; the first match wins. */
  private static final String[][] UNEXPECTED = {
      {"to start field name", "unexpected %s where a property name in double quotes belongs"},
      {"comma to separate Object entries", "unexpected %s where ',' or '}' belongs"},
      {"comma to separate Array entries", "unexpected %s where ',' or ']' belongs"},
      {"colon to separate field name and value", "unexpected %s where ':' belongs after the property name"},
      {"comment", "comments are not allowed in JSON"},
      {"hex-digit", "unexpected %s in a \\u escape, which takes four hexadecimal digits"},
      {"plus sign", "a number must not start with '+'"},
      {"minus sign", "'-' must be followed by a digit"},
      {"Decimal point not followed by a digit", "a decimal point must be followed by a digit"},
      {"Exponent indicator not followed by a digit", "an exponent (e or E) must be followed by a digit"},
      {"expected a valid value", "unexpected %s where a value belongs"},
      {"expected a value", "unexpected %s where a value belongs"},
      {"numeric value", "unexpected %s in a number"},
      {"digit", "unexpected %s in a number"},
      {"", "unexpected %s"}};

  private static String endOfInput(String message) {
    return firstMatch(END_OF_INPUT, message, "");
  }

  private static String unexpected(String character, int code, String expectation) {
    String found = code < 0x20 || code == 0x7F || Character.getType(code) == Character.FORMAT
        || code == 0xFFFD ? String.format(Locale.ROOT, "U+%04X", code) + (code == 0xFEFF ? " (a byte-order mark)"
            : code == 0xFFFD ? " (a character that could not be decoded)" : "")
        : "'" + character + "'";
    return firstMatch(UNEXPECTED, expectation, found);
  }

  private static String firstMatch(String[][] table, String message, String found) {
    for (String[] row : table) {
      if (message.contains(row[0])) {
        return row[1].contains("%s") ? String.format(Locale.ROOT, row[1], found) : row[1];
      }
    }
    throw new AssertionError("the last row matches every message");
  }

  private static String outOfRange(InputCoercionException e) {
    Matcher m = RANGE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    String value = m.find() ? m.group(1) : "the number";
    Class<?> target = e.getTargetType();
    String range = target == int.class || target == Integer.class ? Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
        : target == long.class || target == Long.class ? Long.MIN_VALUE + " and " + Long.MAX_VALUE : null;
    return "the number " + value + " is out of range"
        + (range == null ? "" : ": a whole number here lies between " + range);
  }

  private static String expected(Class<?> target, JsonParser parser, String message) {
    Matcher coerce = COERCE.matcher(message == null ? "" : message);
    String value = coerce.find() ? coerce.group(1) : null;
    String found = found(parser == null ? null : parser.currentToken());
    if (value != null && found != null && !found.equals("null")) {
      found += " (" + quote(value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
          ? value.substring(1, value.length() - 1) : value) + ")";
    }
    return "expected " + describe(target) + (found == null ? "" : " but found " + found);
  }

  private static String found(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case VALUE_STRING:
        return "a text";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return null;
    }
  }

  /** What a value of {@code type} looks like in the document, for "expected …" and "… is not …". */
  static String describe(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type.isEnum()) {
      return "a code of " + type.getSimpleName();
    }
    if (type == int.class || type == long.class || type == short.class || type == Integer.class
        || type == Long.class || type == Short.class || type == BigInteger.class || type == OptionalInt.class
        || type == OptionalLong.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
        || type == OptionalDouble.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return "a text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date written as year-month-day, such as \"2013-01-31\"";
    }
    if (type == Year.class) {
      return "a year such as \"2014\"";
    }
    if (type == Currency.class) {
      return "a currency code such as \"TRY\"";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return (isWrittenAsOneValue(type) ? "a text (" : "an object (") + simpleName(type) + ")";
  }

  private static String dateReason(DateTimeParseException e) {
    // java.time says "Text '2013-02-30' could not be parsed: Invalid date 'FEBRUARY 30'"; keep the reason only.
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf("could not be parsed: ");
    if (colon >= 0) {
      return " (" + message.substring(colon + "could not be parsed: ".length()) + ")";
    }
    return message.startsWith("Text '") || message.isEmpty() ? "" : ": " + message;
  }

  /**
   * Whether a syntax error lies in the value of the property the parser read last (then the path names it), rather
   * than between the entries of its object (then the path names the object): after a name the value is being
   * read; in a text (read lazily, after its token) the text is; after any other value the parser was looking for
   * a comma, a closing bracket or the next name.
   */
  private static boolean isInValue(JsonParser parser, String message) {
    JsonToken token = parser == null ? null : parser.currentToken();
    if (token == JsonToken.FIELD_NAME) {
      return true;
    }
    return token == JsonToken.VALUE_STRING && !BETWEEN_ENTRIES.matcher(message).find();
  }

  // The parser's own context knows the exact place of a syntax error, down to the property being read.
  static String parsePath(JsonParser parser, boolean withCurrentName) {
    if (parser == null) {
      return "";
    }
    Deque<String> parts = new ArrayDeque<>();
    boolean innermost = true;
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null && (withCurrentName || !innermost)) {
        parts.push("." + c.getCurrentName());
      }
      innermost = false;
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** Renders Jackson's reference chain in the format's path notation: {@code plans[0].actions[3].budget}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        s.append('[').append(reference.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  // ----------------------------------------------------------------------------------------------------------
  // Small helpers.

  /** A value from the document in single quotes, shortened to 80 characters. */
  static String quote(Object value) {
    return "'" + shorten(String.valueOf(value)) + "'";
  }

  /** {@code text}, or its first 77 characters and its length when it is longer than 80. */
  static String shorten(String text) {
    if (text.length() <= 80) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(76)) ? 76 : 77;
    return text.substring(0, cut) + "… (" + text.length() + " characters)";
  }

  /** A Jackson message without its location excerpt, Java package names and Immutables class names. */
  static String scrub(String message) {
    String s = message == null ? "" : message;
    int source = s.indexOf(" at [Source:");
    if (source >= 0) {
      s = s.substring(0, source);
    }
    int excerpt = s.indexOf("[Source:");
    if (excerpt >= 0) {
      s = s.substring(0, excerpt).trim();
    }
    s = QUALIFIED.matcher(s).replaceAll("$1");
    s = IMMUTABLE.matcher(s).replaceAll("$1");
    return s.replace("`", "").trim();
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int cut = message.indexOf('\n');
    return (cut < 0 ? message : message.substring(0, cut)).trim();
  }

  static String simpleName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    Class<?> named = type.getEnclosingClass() != null && type.getSimpleName().equals("Json")
        ? type.getEnclosingClass() : type;
    return named.getSimpleName().replaceFirst("^Immutable", "");
  }

  static String join(String path, String field) {
    if (field == null || field.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  static <X extends Throwable> X find(Throwable e, Class<X> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
