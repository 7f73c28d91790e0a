package org.kdk.core.administration;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;

/**
 * Katılımcı grubu — the women and men from one kind of institution who took part in a workshop, a training or
 * an event, such as 12 women and 3 men from women's NGOs.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipantGroup.class)
@JsonDeserialize(as = ImmutableParticipantGroup.class)
public abstract class ParticipantGroup {

  ParticipantGroup() {}

  /** The kind of institution the participants came from. */
  public abstract InstitutionKind getKind();

  /** How many women and men of that kind took part. */
  @Valid
  public abstract HeadCount getCount();

  /** The institutions of the dataset they came from, where known. */
  public abstract List<Id> getInstitutionIds();

  /** {@code count} participants from institutions of {@code kind}. */
  public static ParticipantGroup of(InstitutionKind kind, HeadCount count) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(count, "count");
    return builder().kind(kind).count(count).build();
  }

  /** A builder for a participant group. */
  public static ImmutableParticipantGroup.Builder builder() {
    return ImmutableParticipantGroup.builder();
  }
}
