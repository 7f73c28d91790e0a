package org.kdk.core.mechanism;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.kdk.core.value.Invariants;

/**
 * The invariants the mechanism types share, so that a board, a unit and a commission word them alike.
 *
 * <p>Fields are named with their list index ({@code statusHistory[2].date}), so that a JSON read reports the exact
 * path of the offending value.
 */
final class MechanismChecks {
  private MechanismChecks() {}

  /**
   * Requires a status history in date order, with nothing after {@link MechanismStatus#DISSOLVED}: a mechanism's
   * status on a day must be one status, and a dissolved mechanism does not come back (a new one is founded).
   */
  static void checkStatusHistory(Class<?> owner, List<StatusChange> history) {
    for (int i = 1; i < history.size(); i++) {
      StatusChange previous = history.get(i - 1);
      StatusChange change = history.get(i);
      Invariants.check(!change.getDate().isBefore(previous.getDate()), owner, "statusHistory[" + i + "].date",
          change.getDate(), "Mechanism.statusHistoryOrder", change.getDate(), previous.getDate());
      Invariants.check(previous.getStatus() != MechanismStatus.DISSOLVED, owner, "statusHistory[" + i + "].status",
          change.getStatus(), "Mechanism.statusAfterDissolved", previous.getDate(), change.getStatus(),
          change.getDate());
    }
  }

  /** Requires the meetings' ids, where given, to be unique. */
  static void checkMeetingIds(Class<?> owner, List<Meeting> meetings) {
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < meetings.size(); i++) {
      Optional<?> id = meetings.get(i).getId();
      if (id.isPresent()) {
        Integer first = seen.putIfAbsent(id.get(), i);
        Invariants.check(first == null, owner, "meetings[" + i + "].id", id.get(), "Mechanism.duplicate",
            "meetings", id.get(), first, i);
      }
    }
  }

  /** Requires the keys of {@code items} to be unique, naming the second occurrence. */
  static <T> void checkUnique(Class<?> owner, String listField, List<T> items, Function<T, ?> key) {
    checkUnique(owner, listField, items, key, "");
  }

  /** As {@link #checkUnique(Class, String, List, Function)}, naming {@code .keyField} after the index. */
  static <T> void checkUnique(Class<?> owner, String listField, List<T> items, Function<T, ?> key, String keyField) {
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      Integer first = seen.putIfAbsent(k, i);
      Invariants.check(first == null, owner, listField + "[" + i + "]" + keyField, k, "Mechanism.duplicate",
          listField, k, first, i);
    }
  }

  /** Requires every tier named in {@code named} to be one of {@code tiers}. */
  static void checkTier(Class<?> owner, String field, Optional<BoardTier> named, Set<BoardTier> tiers) {
    if (named.isPresent()) {
      Invariants.check(tiers.contains(named.get()), owner, field, named.get(), "CoordinationBoard.tierNotOnBoard",
          named.get(), sorted(tiers));
    }
  }

  private static Set<BoardTier> sorted(Collection<BoardTier> tiers) {
    return new TreeSet<>(tiers);
  }
}
