package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.value.Id;

/**
 * Onay — a body's approval of a plan by a decision, such as the coordination board's approval at the end of 2012
 * or a council decision (karar no, tarih).
 *
 * <p>Which bodies must approve, and in what order, is for kdk-rules. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApproval.class)
@JsonDeserialize(as = ImmutableApproval.class)
public abstract class Approval {

  Approval() {}

  /** The body that approved. */
  public abstract DecisionBody getBody();

  /** The decision by which it approved. */
  public abstract Id getDecisionId();

  /** The day of the decision. */
  public abstract LocalDate getDate();

  /** Approval by {@code body} through decision {@code decisionId} on {@code date}. */
  public static Approval of(DecisionBody body, Id decisionId, LocalDate date) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(date, "date");
    return builder().body(body).decisionId(decisionId).date(date).build();
  }

  /** A builder for an approval. */
  public static ImmutableApproval.Builder builder() {
    return ImmutableApproval.builder();
  }
}
