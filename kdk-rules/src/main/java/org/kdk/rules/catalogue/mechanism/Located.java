package org.kdk.rules.catalogue.mechanism;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;

/** A mechanism of the dataset with its path in the document, such as {@code equalityUnits[2]}. */
final class Located {
  private final Mechanism mechanism;
  private final String path;

  private Located(Mechanism mechanism, String path) {
    this.mechanism = mechanism;
    this.path = path;
  }

  /** Every mechanism of {@code dataset}: boards, then units, then commissions, with their paths. */
  static List<Located> all(Dataset dataset) {
    List<Located> all = new ArrayList<>();
    for (int i = 0; i < dataset.getCoordinationBoards().size(); i++) {
      all.add(new Located(dataset.getCoordinationBoards().get(i), "coordinationBoards[" + i + "]"));
    }
    for (int i = 0; i < dataset.getEqualityUnits().size(); i++) {
      all.add(new Located(dataset.getEqualityUnits().get(i), "equalityUnits[" + i + "]"));
    }
    for (int i = 0; i < dataset.getEqualityCommissions().size(); i++) {
      all.add(new Located(dataset.getEqualityCommissions().get(i), "equalityCommissions[" + i + "]"));
    }
    return Collections.unmodifiableList(all);
  }

  /** The boards and the commissions, the bodies that take decisions by vote. */
  static List<Located> boardsAndCommissions(Dataset dataset) {
    List<Located> some = new ArrayList<>();
    for (Located located : all(dataset)) {
      if (!(located.mechanism() instanceof EqualityUnit)) {
        some.add(located);
      }
    }
    return Collections.unmodifiableList(some);
  }

  Mechanism mechanism() {
    return mechanism;
  }

  String path() {
    return path;
  }
}
