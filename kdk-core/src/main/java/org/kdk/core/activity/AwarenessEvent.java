package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;

/**
 * Farkındalık çalışması — an awareness activity for the public, such as a campaign, a panel, a neighbourhood
 * meeting or a national event (activity area A7, expected result R4).
 *
 * <p>Written in JSON as {@code {"id": "…", "title": "…", "kind": "PANEL", "date": "2013-03-08", "provinceCode":
 * "TR-47", "participants": [{"kind": "WOMENS_NGO", "count": {"women": 40, "men": 5}}]}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAwarenessEvent.class)
@JsonDeserialize(as = ImmutableAwarenessEvent.class)
public abstract class AwarenessEvent {

  AwarenessEvent() {}

  /** The event's id in the dataset. */
  public abstract Id getId();

  /** The event's title. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** The form the event took. */
  public abstract AwarenessEventKind getKind();

  /** The day it took place, or the first day of a longer campaign. */
  public abstract LocalDate getDate();

  /** The ISO 3166-2 code of the province where it took place; absent for a national event. */
  public abstract Optional<@ProvinceCode String> getProvinceCode();

  /** The institution that organised it. */
  public abstract Optional<Id> getOrganiserInstitutionId();

  /** Who took part, by kind of institution, women and men counted apart. */
  public abstract List<@Valid ParticipantGroup> getParticipants();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for an awareness event. */
  public static ImmutableAwarenessEvent.Builder builder() {
    return ImmutableAwarenessEvent.builder();
  }

  /** Everyone who took part, the groups added together; nobody when no group is recorded. */
  public HeadCount totalParticipants() {
    return Participants.total(getParticipants());
  }
}
