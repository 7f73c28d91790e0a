package org.kdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.value.InvariantViolationException;

/**
 * KDK JSON — reads and writes the SDK's types as JSON, strictly by default.
 *
 * <p>Strict reading rejects unknown properties (a typo in a hand-written file must not pass silently), duplicate
 * properties, numbers for codes and texts for numbers (and numbers for texts), fractions for whole numbers, codes
 * in another case or with spaces, dates other than {@code "2013-01-31"}, {@code null} for required values and in
 * lists, and trailing content; {@link #lenient()} only ignores unknown properties. Documents are UTF-8 (RFC 8259):
 * one byte-order mark is skipped, UTF-16 and UTF-32 are refused, and so is every invalid UTF-8 sequence. The
 * {@link ReadLimits} bound nesting, texts, numbers and the document. Every failure, whatever its cause, is one
 * {@link InvalidDocumentException} with the JSON path and the line and column, and nothing half-built escapes.
 * Writing is deterministic: two-space indentation, {@code \n} line ends, absent optional values and empty lists
 * left out, decimals in plain notation.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class KdkJson {
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
            .build()), lenient, limits);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = mapper.writer(printer);
  }

  private static ObjectMapper configure(JsonMapper.Builder builder, boolean lenient, ReadLimits limits) {
    return builder
        .addModule(new KdkJacksonModule())
        .addModule(new BlackbirdModule())
        .addModule(new StrictValues(limits))
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
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(LogicalType.Textual, texts -> texts
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withConfigOverride(List.class, lists -> lists.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
        .withConfigOverride(Set.class, sets -> sets.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
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
    return read(() -> mapper.createParser(json), () -> mapper.createParser(json), type, null, null);
  }

  /**
   * Reads a value of {@code type} from UTF-8 bytes.
   *
   * @throws InvalidDocumentException if the bytes are not a valid document of that type
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return readBytes(() -> new ByteArrayInputStream(json), type, null);
  }

  /**
   * Reads a value of {@code type} from a UTF-8 stream to its end, which it holds in memory (so at most some 2 GiB;
   * prefer {@link #read(Path, Class)} for large documents); the stream is not closed.
   *
   * @throws InvalidDocumentException if the stream cannot be read, is longer than the read limit, or is not a
   *     valid document of that type
   */
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    byte[] bytes;
    try {
      // The whole stream is held in one array, which cannot be longer than some 2 GiB whatever the limit.
      int most = (int) Math.min(limits.getMaxDocumentLength(), Integer.MAX_VALUE - 16);
      bytes = in.readNBytes(most);
      if (bytes.length == most && in.read() >= 0) {
        throw new InvalidDocumentException(Problem.LIMIT_EXCEEDED, "", 0, 0, "the document is longer than the limit"
            + " of " + most + " bytes (" + (most < limits.getMaxDocumentLength()
                ? "what a stream read into memory can hold; read it from a file" : "ReadLimits.maxDocumentLength")
            + ")", null, null);
      }
    } catch (IOException e) {
      throw new InvalidDocumentException(Problem.UNREADABLE, "", 0, 0, describe(e), null, e);
    }
    return read(bytes, type);
  }

  /**
   * Reads a value of {@code type} from a UTF-8 file.
   *
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document of that type; the
   *     exception names the file
   */
  public <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    return readBytes(() -> Files.newInputStream(file), type, file.toString());
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
  private interface Opening<X> {
    X open() throws IOException;
  }

  private <T> T readBytes(Opening<InputStream> bytes, Class<T> type, String source) {
    try (InputStream in = bytes.open()) {
      Utf8Input utf8 = Utf8Input.of(in);
      return read(() -> mapper.createParser(utf8), () -> mapper.createParser(Utf8Input.of(bytes.open())), type,
          source, utf8);
    } catch (Utf8Input.RefusedStartException e) {
      throw new InvalidDocumentException(Problem.MALFORMED_JSON, "", 0, 0, e.getMessage(), source, e);
    } catch (IOException e) {
      throw new InvalidDocumentException(Problem.UNREADABLE, "", 0, 0, describe(e), source, e);
    }
  }

  private <T> T read(Opening<JsonParser> opening, Opening<JsonParser> reopening, Class<T> type, String source,
      Utf8Input utf8) {
    JsonParser parser = null;
    try {
      parser = opening.open();
      T value = mapper.readValue(parser, type);
      if (value == null) {
        throw new InvalidDocumentException(Problem.WRONG_TYPE, "", 0, 0,
            "expected " + JsonFailures.describe(type) + " but found null", source, null);
      }
      return value;
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (JsonProcessingException e) {
      // Translated while the parser is open: its context and current token tell where the failure is.
      InvalidDocumentException failure = JsonFailures.translate(e, parser, source);
      if (utf8 != null && e.getLocation() != null) {
        failure = utf8.explain(failure, e.getLocation().getByteOffset());
      }
      throw type == Dataset.class ? RootProbe.explain(failure, reopening::open) : failure;
    } catch (IOException e) {
      throw new InvalidDocumentException(Problem.UNREADABLE, "", 0, 0, describe(e), source, e);
    } catch (InvariantViolationException e) {
      throw new InvalidDocumentException(
          Problem.BROKEN_INVARIANT, e.getField(), 0, 0, e.getMessage(), source, e);
    } catch (RuntimeException e) {
      // A defect of ours rather than of the document, but the caller still gets the one documented exception.
      throw new InvalidDocumentException(
          Problem.INVALID_VALUE, "", 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), source, e);
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Everything needed was read; a failure to close the source changes nothing for the caller.
      }
    }
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
