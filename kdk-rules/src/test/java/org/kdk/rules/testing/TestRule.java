package org.kdk.rules.testing;

import java.util.Objects;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.Rule;

/** A rule for the framework's own tests: an id of the test's choosing, severity INFO, a placeholder basis and title. */
public abstract class TestRule implements Rule {
  private final String id;

  protected TestRule(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final Severity getDefaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public final Basis getBasis() {
    return Basis.of(BasisKind.DATA_QUALITY, "Deneme", "Test");
  }

  @Override
  public LocalizedText getTitle() {
    return LocalizedText.of("Deneme kuralı", "Test rule");
  }
}
