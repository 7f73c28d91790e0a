package org.kdk.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Okuma sınırları — the limits a document must stay within to be read, so that a hostile or broken file fails
 * fast with {@link InvalidDocumentException.Problem#LIMIT_EXCEEDED} instead of exhausting memory or the stack.
 * The exception's detail names the limit ({@code ReadLimits.maxStringLength}) and its path says where it was hit.
 *
 * <p>The defaults, and why:
 * <ul>
 *   <li>nesting, 64 levels: the format nests at most 10 ({@code plans[0].indicators[0].observations[0]
 *       .ageGroups[0].value}); a document 100,000 levels deep stops at level 65, long before the stack is at risk;
 *   <li>texts, 1,000,000 characters: the model allows at most 10,000 (a description); a text of tens of megabytes
 *       stops after its first megabyte instead of being held in memory. Property names count as texts too (the
 *       format's longest has 26 characters);
 *   <li>numbers, 100 characters: counts and populations have at most 19 digits and amounts some 20; the same limit
 *       bounds the digits a decimal has when written out in full, as the writer writes it, so that
 *       {@code 1e999999999} fails at once instead of filling the memory when its digits are needed;
 *   <li>documents, 2,000,000,000 characters (bytes when read from bytes, a stream or a file): the synthetic
 *       national dataset is some 260 MB at scale 1, so scale 4 (about 1.05 GB) fits with room to spare, below the
 *       2 GiB a Java array can hold, which {@link KdkJson#read(java.io.InputStream, Class)} needs since it reads
 *       the stream into memory ({@link KdkJson#read(java.nio.file.Path, Class)} streams).
 * </ul>
 *
 * <p>Raise a limit for data that needs it, keeping the others:
 * {@code KdkJson.strict().withReadLimits(ReadLimits.defaults().withMaxDocumentLength(4_000_000_000L))}.
 * Immutable and thread-safe.
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

  /** The longest text value or property name, in characters; the format's longest property name has 26. */
  @Value.Parameter
  public abstract int getMaxStringLength();

  /** The longest number, in characters, and the most digits a decimal may have when written out in full. */
  @Value.Parameter
  public abstract int getMaxNumberLength();

  /** The longest document, in characters (bytes when read from bytes, a stream or a file). */
  @Value.Parameter
  public abstract long getMaxDocumentLength();

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another nesting depth. */
  public ReadLimits withMaxNestingDepth(int value) {
    return of(value, getMaxStringLength(), getMaxNumberLength(), getMaxDocumentLength());
  }

  /** These limits with another text length. */
  public ReadLimits withMaxStringLength(int value) {
    return of(getMaxNestingDepth(), value, getMaxNumberLength(), getMaxDocumentLength());
  }

  /** These limits with another number length. */
  public ReadLimits withMaxNumberLength(int value) {
    return of(getMaxNestingDepth(), getMaxStringLength(), value, getMaxDocumentLength());
  }

  /** These limits with another document length. */
  public ReadLimits withMaxDocumentLength(long value) {
    return of(getMaxNestingDepth(), getMaxStringLength(), getMaxNumberLength(), value);
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
        .maxNameLength(getMaxStringLength())
        .maxNumberLength(getMaxNumberLength())
        .maxDocumentLength(getMaxDocumentLength())
        .build();
  }
}
