package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;

/**
 * Paydaş çalıştayı — a consultation of stakeholders while a plan is prepared or reviewed, with the women and men
 * who took part by kind of institution.
 *
 * <p>The drafting workshops of phase 2 brought together the governorship, the municipality, the special
 * provincial administration, provincial directorates, the development agency, women's NGOs, universities,
 * professional bodies and the private sector. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsultation.class)
@JsonDeserialize(as = ImmutableConsultation.class)
public abstract class Consultation {

  Consultation() {}

  /** The consultation's id, unique within its plan. */
  public abstract Id getId();

  /** The day it was held (the first day, if it lasted longer). */
  public abstract LocalDate getDate();

  /** Its title, such as {@code Sağlık teması çalıştayı}. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** How the stakeholders were consulted. */
  public abstract ConsultationFormat getFormat();

  /** Who took part, by kind of institution. */
  public abstract List<@Valid ParticipantGroup> getParticipants();

  /** A builder for a consultation. */
  public static ImmutableConsultation.Builder builder() {
    return ImmutableConsultation.builder();
  }

  /** Everyone who took part, women and men summed over the groups; nobody when no group is recorded. */
  public HeadCount totalParticipants() {
    HeadCount total = HeadCount.none();
    for (ParticipantGroup group : getParticipants()) {
      total = total.plus(group.getCount());
    }
    return total;
  }
}
