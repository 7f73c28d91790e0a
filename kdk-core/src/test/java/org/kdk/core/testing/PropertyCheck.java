package org.kdk.core.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Özellik denetimi — checks that a property holds for many values drawn from a {@link Gen}: a property-based
 * test on plain JUnit.
 *
 * <p>Try {@code i} draws its value from its own seed, derived from a base seed (fixed, so that every run and CI
 * check the same values; set {@code -Dkdk.property.seed=N} to explore others). A failure names the try, its
 * seed and the value, so that {@code gen.next(new SplittableRandom(seed))} gives the value back.
 */
public final class PropertyCheck {
  /** The base seed unless {@code kdk.property.seed} says otherwise. */
  public static final long DEFAULT_SEED = 20_130_801L;

  private PropertyCheck() {}

  /** Checks {@code property} for {@code tries} values of {@code gen}; the value is shown with {@code toString}. */
  public static <T> void forAll(int tries, Gen<T> gen, Consumer<? super T> property) {
    forAll(tries, gen, String::valueOf, property);
  }

  /**
   * Checks {@code property} for {@code tries} values of {@code gen}.
   *
   * @param describe how a failing value is shown in the failure message (a dataset as its JSON, say)
   * @throws AssertionError naming the try, the seed and the value, with the property's failure as its cause
   */
  public static <T> void forAll(int tries, Gen<T> gen, Function<? super T, String> describe,
      Consumer<? super T> property) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(property, "property");
    long base = Long.getLong("kdk.property.seed", DEFAULT_SEED);
    for (int i = 0; i < tries; i++) {
      long seed = seedOf(base, i);
      T value = gen.next(new SplittableRandom(seed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        String shown;
        try {
          shown = describe.apply(value);
        } catch (RuntimeException unprintable) {
          shown = "(cannot be shown: " + unprintable + ")";
        }
        throw new AssertionError("property failed on try " + (i + 1) + " of " + tries + ", seed " + seed
            + " (base seed " + base + "): " + e.getMessage() + "\nvalue: " + shown, e);
      }
    }
  }

  /** The seed of try {@code i} from {@code base}. */
  public static long seedOf(long base, int i) {
    return base + 0x9E37_79B9_7F4A_7C15L * i;
  }
}
