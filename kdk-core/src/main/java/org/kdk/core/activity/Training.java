package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Eğitim — a training for the staff of local institutions or of women's NGOs (activity areas A2 and A3), such as
 * the programme's training of 47 experts in sex-disaggregated data.
 *
 * <p>Written in JSON as {@code {"id": "…", "title": "…", "topic": "SEX_DISAGGREGATED_DATA", "period": {"start":
 * …, "end": …}, "provinceCode": "TR-47", "participants": [{"kind": "GOVERNORSHIP", "count": {"women": 5, "men":
 * 3}}], "hours": 12}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTraining.class)
@JsonDeserialize(as = ImmutableTraining.class)
public abstract class Training {

  Training() {}

  /** The training's id in the dataset. */
  public abstract Id getId();

  /** The training's title. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** What it taught. */
  public abstract Optional<TrainingTopic> getTopic();

  /** The days it took place; a one-day training starts and ends on the same day. */
  @Valid
  public abstract DateRange getPeriod();

  /** The ISO 3166-2 code of the province where it took place; absent for a national training. */
  public abstract Optional<@ProvinceCode String> getProvinceCode();

  /** The institution that organised it. */
  public abstract Optional<Id> getOrganiserInstitutionId();

  /** Who took part, by kind of institution, women and men counted apart. */
  public abstract List<@Valid ParticipantGroup> getParticipants();

  /** The teaching hours, more than zero. */
  public abstract Optional<@Positive Integer> getHours();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a training. */
  public static ImmutableTraining.Builder builder() {
    return ImmutableTraining.builder();
  }

  @Value.Check
  void check() {
    getHours().ifPresent(hours -> Invariants.checkNotNegative(hours, Training.class, "hours"));
  }

  /** Everyone who took part, the groups added together; nobody when no group is recorded. */
  public HeadCount totalParticipants() {
    return Participants.total(getParticipants());
  }
}
