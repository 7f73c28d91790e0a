package org.kdk.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Taahhütname — the Official Commitment by which a province's institutions undertook the programme's eight items;
 * in phase 2 it was signed on {@linkplain Programme#COMMITMENT_SIGNED 6 July 2012} (in Mardin by the governorship
 * and the municipality).
 *
 * <p>Written in JSON as {@code {"id": "mardin-taahhutname", "provinceCode": "TR-47", "signedOn": "2012-07-06",
 * "signatoryInstitutionIds": ["mardin-valilik", "mardin-belediye"], "items": ["COORDINATION_BOARD", …]}}; a
 * commitment built or read without items commits to all eight. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitment.class)
@JsonDeserialize(as = ImmutableCommitment.class)
public abstract class Commitment {

  Commitment() {}

  /** The commitment's id in the dataset. */
  public abstract Id getId();

  /** The ISO 3166-2 code of the province, such as {@code TR-47}. */
  @ProvinceCode
  public abstract String getProvinceCode();

  /** The day the commitment was signed. */
  public abstract LocalDate getSignedOn();

  /** The institutions that signed, at least one and each once, such as the governorship and the municipality. */
  @Size(min = 1)
  public abstract List<Id> getSignatoryInstitutionIds();

  /**
   * The items undertaken, in the order of {@link CommitmentItem}; all eight when none are given, since a
   * commitment to nothing is no commitment.
   */
  public abstract Set<CommitmentItem> getItems();

  /** A free remark, such as where the text of the signed commitment is kept. */
  // Not @NotBlank: Hibernate Validator hands an empty Optional to a type-use constraint as null, and @NotBlank
  // refuses null; @Pattern lets null pass and still refuses blank text.
  public abstract Optional<
      @NonBlank(max = 2000) String> getNote();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a commitment. */
  public static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  @Value.Check
  Commitment normalize() {
    Set<Id> seen = new HashSet<>();
    for (Id id : getSignatoryInstitutionIds()) {
      Invariants.check(seen.add(id), Commitment.class, "signatoryInstitutionIds", id,
          "Commitment.duplicateSignatory", id);
    }
    // No items means the full Official Commitment; filling them in here (rather than with @Value.Default, which
    // would keep the caller's mutable set) keeps the set immutable and makes write → read give the same value.
    if (getItems().isEmpty()) {
      return ImmutableCommitment.copyOf(this).withItems(EnumSet.allOf(CommitmentItem.class));
    }
    return this;
  }

  /** Whether the commitment includes {@code item}. */
  public boolean includes(CommitmentItem item) {
    Objects.requireNonNull(item, "item");
    return getItems().contains(item);
  }

  /** The items of the Official Commitment this one leaves out, in item order; empty for a full commitment. */
  public Set<CommitmentItem> omittedItems() {
    EnumSet<CommitmentItem> omitted = EnumSet.allOf(CommitmentItem.class);
    omitted.removeAll(getItems());
    return Collections.unmodifiableSet(omitted);
  }
}
