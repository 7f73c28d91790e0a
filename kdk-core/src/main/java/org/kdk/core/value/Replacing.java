package org.kdk.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The one way the model's {@code with…} conveniences put an element into a list: replace its match, or append. */
public final class Replacing {
  private Replacing() {}

  /** A new list: {@code list} with the first element matching {@code same} replaced by {@code element}, or appended. */
  public static <T> List<T> replaceOrAppend(List<T> list, T element, Predicate<? super T> same) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(element, "element");
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (same.test(copy.get(i))) {
        copy.set(i, element);
        return copy;
      }
    }
    copy.add(element);
    return copy;
  }
}
