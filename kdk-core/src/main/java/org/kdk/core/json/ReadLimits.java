package org.kdk.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Okuma sınırları — the limits a document must stay within to be read, so that a hostile or broken file fails
 * fast with {@link InvalidDocumentException.Problem#LIMIT_EXCEEDED} instead of exhausting memory or the stack.
 *
 * <p>The defaults fit every real dataset, the national one at several times its size included: nesting 64 levels
 * (the format needs fewer than 12), a text of 1,000,000 characters, a number of 100 digits, a document of
 * 2,000,000,000 characters. Raise a limit with {@code ReadLimits.defaults().withMaxStringLength(…)} and
 * {@link KdkJson#withReadLimits(ReadLimits)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableReadLimits.class)
@JsonDeserialize(as = ImmutableReadLimits.class)
public abstract class ReadLimits {
  private static final ReadLimits DEFAULTS = ImmutableReadLimits.of(64, 1_000_000, 100, 2_000_000_000L);

  ReadLimits() {}

  /** The deepest nesting of objects and arrays. */
  @Value.Parameter
  public abstract int getMaxNestingDepth();

  /** The longest text value or property name, in characters. */
  @Value.Parameter
  public abstract int getMaxStringLength();

  /** The longest number, in characters. */
  @Value.Parameter
  public abstract int getMaxNumberLength();

  /** The longest document, in characters (bytes for byte input). */
  @Value.Parameter
  public abstract long getMaxDocumentLength();

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Limits of your choice; every value must be positive. */
  public static ReadLimits of(
      int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {
    return ImmutableReadLimits.of(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength);
  }

  @Value.Check
  void check() {
    Invariants.check(getMaxNestingDepth() > 0, ReadLimits.class, "maxNestingDepth", getMaxNestingDepth(),
        "ReadLimits.positive", "maxNestingDepth");
    Invariants.check(getMaxStringLength() > 0, ReadLimits.class, "maxStringLength", getMaxStringLength(),
        "ReadLimits.positive", "maxStringLength");
    Invariants.check(getMaxNumberLength() > 0, ReadLimits.class, "maxNumberLength", getMaxNumberLength(),
        "ReadLimits.positive", "maxNumberLength");
    Invariants.check(getMaxDocumentLength() > 0, ReadLimits.class, "maxDocumentLength",
        getMaxDocumentLength(), "ReadLimits.positive", "maxDocumentLength");
  }

  StreamReadConstraints toConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(getMaxNestingDepth())
        .maxStringLength(getMaxStringLength())
        .maxNumberLength(getMaxNumberLength())
        .maxDocumentLength(getMaxDocumentLength())
        .build();
  }
}
