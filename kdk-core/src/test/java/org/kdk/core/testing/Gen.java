package org.kdk.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Üreteç — draws a value from a random source: the building block of {@link GeneratedDatasets} and of the
 * properties that {@link PropertyCheck} runs. The same seed gives the same value, so a failing try can be
 * drawn again from its seed.
 */
@FunctionalInterface
public interface Gen<T> {
  /** The next value drawn from {@code random}. */
  T next(SplittableRandom random);

  /** Values of this generator passed through {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  /** A value of this generator with probability {@code presence}, else empty. */
  default Gen<Optional<T>> optional(double presence) {
    return random -> random.nextDouble() < presence ? Optional.of(next(random)) : Optional.empty();
  }

  /** Lists of {@code min} to {@code max} values of this generator. */
  default Gen<List<T>> list(int min, int max) {
    return random -> {
      int n = min + random.nextInt(max - min + 1);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(next(random));
      }
      return list;
    };
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /** Integers from {@code min} to {@code max}, both included. */
  static Gen<Integer> ints(int min, int max) {
    return random -> min + random.nextInt(max - min + 1);
  }

  /** Longs from {@code min} to {@code max}, both included. */
  static Gen<Long> longs(long min, long max) {
    return random -> min + random.nextLong(max - min + 1);
  }

  /** True or false. */
  static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /** One of {@code values}. */
  static <T> Gen<T> of(List<T> values) {
    List<T> copy = List.copyOf(values);
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** One of the constants of {@code type}. */
  static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(List.of(type.getEnumConstants()));
  }

  /** A value of {@code first} with weight {@code firstWeight}, else of {@code second} with {@code secondWeight}. */
  static <T> Gen<T> frequency(int firstWeight, Gen<? extends T> first, int secondWeight, Gen<? extends T> second) {
    return random -> random.nextInt(firstWeight + secondWeight) < firstWeight ? first.next(random)
        : second.next(random);
  }

  /** {@code min} to {@code max} distinct elements of {@code values}, in the order of {@code values}. */
  static <T> Gen<List<T>> subsetOf(List<T> values, int min, int max) {
    List<T> copy = List.copyOf(values);
    return random -> {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < copy.size(); i++) {
        indices.add(i);
      }
      // Fisher–Yates on the indices with our random source, then keep the first n in their original order.
      for (int i = indices.size() - 1; i > 0; i--) {
        Collections.swap(indices, i, random.nextInt(i + 1));
      }
      int n = Math.min(copy.size(), min + random.nextInt(max - min + 1));
      List<Integer> chosen = new ArrayList<>(indices.subList(0, n));
      Collections.sort(chosen);
      List<T> subset = new ArrayList<>(n);
      chosen.forEach(i -> subset.add(copy.get(i)));
      return subset;
    };
  }
}
