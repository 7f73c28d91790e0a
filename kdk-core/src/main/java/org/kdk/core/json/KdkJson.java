package org.kdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.value.InvariantViolationException;

/**
 * KDK JSON — reads and writes the SDK's types as JSON, strictly by default.
 *
 * <p>Strict reading rejects unknown properties (a typo in a hand-written file must not pass silently), duplicate
 * properties, numbers for codes, {@code null} for required values and trailing content; {@link #lenient()} only
 * ignores unknown properties. Every failure, whatever its cause, is one {@link InvalidDocumentException} with the
 * JSON path and the line and column, and nothing half-built escapes. Writing is deterministic: two-space
 * indentation, {@code \n} line ends, absent optional values and empty lists left out, decimals in plain notation.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class KdkJson {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");
  private static final KdkJson STRICT = new KdkJson(false, ReadLimits.defaults());

  private final boolean lenient;
  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private KdkJson(boolean lenient, ReadLimits limits) {
    this.lenient = lenient;
    this.limits = limits;
    this.mapper = configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits.toConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build()), lenient);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = mapper.writer(printer);
  }

  private static ObjectMapper configure(JsonMapper.Builder builder, boolean lenient) {
    return builder
        .addModule(new KdkJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
        .configure(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES, false)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /** Strict reading with the default read limits. */
  public static KdkJson strict() {
    return STRICT;
  }

  /** The same settings, but unknown properties are ignored instead of rejected. */
  public KdkJson lenient() {
    return lenient ? this : new KdkJson(true, limits);
  }

  /** The same settings with other read limits. */
  public KdkJson withReadLimits(ReadLimits newLimits) {
    Objects.requireNonNull(newLimits, "newLimits");
    return new KdkJson(lenient, newLimits);
  }

  /** Whether unknown properties are ignored. */
  public boolean isLenient() {
    return lenient;
  }

  /** The read limits in force. */
  public ReadLimits getReadLimits() {
    return limits;
  }

  /**
   * A new {@link ObjectMapper} configured exactly as this instance reads and writes, for users who need
   * Jackson directly. Changing it does not affect this instance.
   */
  public ObjectMapper newObjectMapper() {
    return mapper.copy();
  }

  /**
   * Reads a value of {@code type} from JSON text.
   *
   * @throws InvalidDocumentException if the text is not a valid document of that type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(() -> mapper.readValue(json, type), type, () -> mapper.createParser(json), null);
  }

  /**
   * Reads a value of {@code type} from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @throws InvalidDocumentException if the bytes are not a valid document of that type
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(() -> mapper.readValue(json, type), type, () -> mapper.createParser(json), null);
  }

  /**
   * Reads a value of {@code type} from a UTF-8 (or UTF-16/32, detected) stream to its end; the stream is not
   * closed.
   *
   * @throws InvalidDocumentException if the stream cannot be read, is longer than the read limit, or is not a
   *     valid document of that type
   */
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    byte[] bytes;
    try {
      long limit = limits.getMaxDocumentLength();
      bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > limit) {
        throw new InvalidDocumentException(Problem.LIMIT_EXCEEDED, "", 0, 0,
            "the document is longer than the limit of " + limit + " bytes", null, null);
      }
    } catch (IOException e) {
      throw new InvalidDocumentException(Problem.UNREADABLE, "", 0, 0, String.valueOf(e.getMessage()), null, e);
    }
    return read(bytes, type);
  }

  /**
   * Reads a value of {@code type} from a file.
   *
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document of that type; the
   *     exception names the file
   */
  public <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    return read(() -> {
      try (InputStream in = Files.newInputStream(file)) {
        return mapper.readValue(in, type);
      }
    }, type, () -> mapper.createParser(Files.newInputStream(file)), file.toString());
  }

  /**
   * Reads a dataset from a file: {@code KdkJson.strict().readDataset(Path.of("mardin.json"))}.
   *
   * @throws InvalidDocumentException if the file cannot be read or is not a valid KDK dataset
   */
  public Dataset readDataset(Path file) {
    return read(file, Dataset.class);
  }

  /**
   * Reads a dataset from JSON text.
   *
   * @throws InvalidDocumentException if the text is not a valid KDK dataset
   */
  public Dataset readDataset(String json) {
    return read(json, Dataset.class);
  }

  /** Writes {@code value} as indented JSON text ending with a line break. */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code value} as indented UTF-8 JSON to {@code out}, followed by a line break; the stream is not closed. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** Writes {@code value} as indented UTF-8 JSON to {@code file}, replacing it. */
  public void write(Object value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @FunctionalInterface
  private interface Reading<T> {
    T run() throws IOException;
  }

  @FunctionalInterface
  private interface Reopening {
    JsonParser open() throws IOException;
  }

  private <T> T read(Reading<T> reading, Class<T> type, Reopening reopen, String source) {
    try {
      return reading.run();
    } catch (JsonProcessingException e) {
      InvalidDocumentException translated = translate(e, source);
      throw type == Dataset.class ? RootProbe.explain(translated, reopen::open) : translated;
    } catch (IOException e) {
      throw new InvalidDocumentException(Problem.UNREADABLE, "", 0, 0, describe(e), source, e);
    } catch (InvariantViolationException e) {
      throw new InvalidDocumentException(
          Problem.BROKEN_INVARIANT, e.getField(), 0, 0, e.getMessage(), source, e);
    } catch (RuntimeException e) {
      // A defect of ours rather than of the document, but the caller still gets the one documented exception.
      throw new InvalidDocumentException(
          Problem.INVALID_VALUE, "", 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), source, e);
    }
  }

  static InvalidDocumentException translate(JsonProcessingException e, String source) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    String path = e instanceof JsonMappingException ? path(((JsonMappingException) e).getPath()) : "";
    String message = e.getOriginalMessage();

    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      return new InvalidDocumentException(Problem.LIMIT_EXCEEDED, path, line, column,
          limit.getOriginalMessage(), source, e);
    }
    if (e instanceof PropertyBindingException) {
      PropertyBindingException u = (PropertyBindingException) e;
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return new InvalidDocumentException(Problem.UNKNOWN_PROPERTY, path, line, column,
          "'" + u.getPropertyName() + "' is not a property of " + simpleName(u.getReferringClass())
              + (known.isEmpty() ? "" : "; known properties: " + known), source, e);
    }
    StreamReadException parse = find(e, StreamReadException.class);
    if (parse != null && !(parse instanceof InputCoercionException)) {
      String parsePath = parsePath(parse, path);
      String parseMessage = parse.getOriginalMessage();
      if (parseMessage != null && parseMessage.startsWith("Duplicate field")) {
        Matcher m = Pattern.compile("Duplicate field '([^']*)'").matcher(parseMessage);
        String name = m.find() ? m.group(1) : "";
        return new InvalidDocumentException(Problem.DUPLICATE_PROPERTY, parsePath, line, column,
            "'" + name + "' appears twice in the same object", source, e);
      }
      return new InvalidDocumentException(Problem.MALFORMED_JSON, parsePath, line, column, firstLine(parseMessage),
          source, e);
    }
    if (e instanceof InputCoercionException) {
      return new InvalidDocumentException(Problem.INVALID_VALUE, path, line, column, firstLine(message), source, e);
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        String codes = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
            .collect(Collectors.joining(", "));
        return new InvalidDocumentException(Problem.UNKNOWN_CODE, path, line, column,
            "'" + f.getValue() + "' is not a code of " + target.getSimpleName() + "; allowed: " + codes, source, e);
      }
      return new InvalidDocumentException(Problem.INVALID_VALUE, path, line, column,
          "'" + f.getValue() + "' is not a valid " + simpleName(target) + reason(e), source, e);
    }
    if (e instanceof InvalidNullException) {
      return new InvalidDocumentException(Problem.MISSING_PROPERTY, path, line, column,
          "null is not allowed here", source, e);
    }
    if (e instanceof ValueInstantiationException || (e instanceof JsonMappingException && e.getCause() != null)) {
      return fromCause((JsonMappingException) e, path, line, column, source);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (message != null && message.startsWith("No content to map")) {
        return new InvalidDocumentException(Problem.MALFORMED_JSON, path, line, column,
            "the document is empty", source, e);
      }
      if (message != null && message.startsWith("Trailing token")) {
        return new InvalidDocumentException(Problem.MALFORMED_JSON, path, line, column,
            "there is more content after the end of the document", source, e);
      }
      return new InvalidDocumentException(Problem.WRONG_TYPE, path, line, column,
          "expected " + describe(m.getTargetType()) + found(message), source, e);
    }
    return new InvalidDocumentException(Problem.INVALID_VALUE, path, line, column, firstLine(message), source, e);
  }

  private static InvalidDocumentException fromCause(
      JsonMappingException e, String path, int line, int column, String source) {
    InvariantViolationException invariant = find(e, InvariantViolationException.class);
    if (invariant != null && invariant.getType().equals(Dataset.class.getSimpleName())
        && (invariant.getField().equals("format") || invariant.getField().equals("version"))) {
      return new InvalidDocumentException(
          invariant.getField().equals("format") ? Problem.UNKNOWN_FORMAT : Problem.UNSUPPORTED_VERSION,
          join(path, invariant.getField()), line, column, invariant.getMessage(), source, invariant);
    }
    if (invariant != null) {
      String full = join(path, invariant.getField());
      return new InvalidDocumentException(Problem.BROKEN_INVARIANT, full, line, column,
          invariant.getMessage(), source, invariant);
    }
    DateTimeParseException date = find(e, DateTimeParseException.class);
    if (date != null) {
      return new InvalidDocumentException(Problem.INVALID_VALUE, path, line, column,
          "'" + date.getParsedString() + "' is not valid: " + date.getMessage(), source, e);
    }
    IllegalStateException state = find(e, IllegalStateException.class);
    if (state != null && state.getMessage() != null) {
      Matcher m = MISSING.matcher(state.getMessage());
      if (m.find()) {
        List<String> missing = Arrays.stream(m.group(1).split(",")).map(String::trim).collect(Collectors.toList());
        return new InvalidDocumentException(Problem.MISSING_PROPERTY, join(path, missing.get(0)), line, column,
            "required " + (missing.size() == 1 ? "property '" + missing.get(0) + "' is"
                : "properties " + missing.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + " are") + " missing", source, e);
      }
    }
    NullPointerException npe = find(e, NullPointerException.class);
    if (npe != null) {
      return new InvalidDocumentException(Problem.MISSING_PROPERTY, path, line, column,
          "null is not allowed" + (npe.getMessage() == null ? "" : " for " + npe.getMessage()), source, e);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new InvalidDocumentException(Problem.INVALID_VALUE, path, line, column,
        root == e ? firstLine(e.getOriginalMessage()) : root.getClass().getSimpleName() + ": " + root.getMessage(),
        source, e);
  }

  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");

  private static String found(String message) {
    Matcher m = TOKEN.matcher(message == null ? "" : message);
    if (!m.find()) {
      return "";
    }
    switch (m.group(1)) {
      case "START_ARRAY":
        return " but found an array";
      case "START_OBJECT":
        return " but found an object";
      case "VALUE_STRING":
        return " but found a text";
      case "VALUE_NUMBER_INT":
      case "VALUE_NUMBER_FLOAT":
        return " but found a number";
      case "VALUE_TRUE":
      case "VALUE_FALSE":
        return " but found true or false";
      case "VALUE_NULL":
        return " but found null";
      default:
        return "";
    }
  }

  // The parser's own context knows the exact place of a syntax error, down to the property being read.
  private static String parsePath(StreamReadException e, String fallback) {
    if (!(e.getProcessor() instanceof JsonParser)) {
      return fallback;
    }
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = ((JsonParser) e.getProcessor()).getParsingContext(); c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "the bytes are not valid text in the detected encoding";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String reason(Throwable e) {
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
  }

  private static String simpleName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    Class<?> named = type.getEnclosingClass() != null && type.getSimpleName().equals("Json")
        ? type.getEnclosingClass() : type;
    return named.getSimpleName().replaceFirst("^Immutable", "");
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == String.class) {
      return "a text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object (" + simpleName(type) + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int cut = message.indexOf('\n');
    return (cut < 0 ? message : message.substring(0, cut)).trim();
  }

  private static String join(String path, String field) {
    if (field == null || field.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  private static <X extends Throwable> X find(Throwable e, Class<X> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
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

  /**
   * The JSON Schema (draft 2020-12) of the dataset format, as shipped in the jar at
   * {@code org/kdk/core/json/kdk-dataset.schema.json}. It is generated from the model by the build's tests, never
   * written by hand.
   */
  public static String shippedSchema() {
    try (InputStream in = KdkJson.class.getResourceAsStream("kdk-dataset.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/kdk/core/json/kdk-dataset.schema.json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped schema", e);
    }
  }

  @Override
  public String toString() {
    return "KdkJson{" + (lenient ? "lenient" : "strict") + ", " + limits + "}";
  }
}
