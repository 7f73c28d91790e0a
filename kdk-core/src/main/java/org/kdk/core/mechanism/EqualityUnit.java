package org.kdk.core.mechanism;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;

/**
 * Eşitlik Birimi — an equality unit set up in the governorship, the special provincial administration, a
 * municipality or another member institution of the coordination board.
 *
 * <p>Programme practice (the Official Commitment's third item), not a body in law. Its staff are its
 * {@linkplain #getMembers() members}; member institutions name {@linkplain #getFocalPersons() focal persons};
 * large units count their departments' equality representatives instead of listing them (Bursa's unit, founded
 * in 2012, had 152). That a unit in a special provincial administration cannot outlive 30 March 2014 in a
 * metropolitan province is a rule of kdk-rules. Immutable and thread-safe.
 */
// Identity and host first, then history, people and meetings; the interface's attributes would otherwise come first.
@JsonPropertyOrder({
    "id",
    "name",
    "provinceCode",
    "host",
    "hostInstitutionId",
    "establishedOn",
    "foundingDecisionId",
    "statusHistory",
    "members",
    "focalPersons",
    "representatives",
    "meetings",
    "illustrative"})
@Value.Immutable
@JsonSerialize(as = ImmutableEqualityUnit.class)
@JsonDeserialize(as = ImmutableEqualityUnit.class)
public abstract non-sealed class EqualityUnit implements Mechanism {

  EqualityUnit() {}

  /** The kind of institution the unit is set up in. */
  public abstract UnitHost getHost();

  /** The institution the unit is set up in. */
  public abstract Id getHostInstitutionId();

  /** The focal persons named by member institutions. */
  public abstract List<@Valid FocalPerson> getFocalPersons();

  /** The equality representatives across departments, when counted rather than listed. */
  public abstract Optional<@Valid HeadCount> getRepresentatives();

  /** Whether the unit is made up for an example or a test rather than taken from a source. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for an equality unit. */
  public static ImmutableEqualityUnit.Builder builder() {
    return ImmutableEqualityUnit.builder();
  }

  @Value.Check
  void check() {
    MechanismChecks.checkStatusHistory(EqualityUnit.class, getStatusHistory());
    MechanismChecks.checkMeetingIds(EqualityUnit.class, getMeetings());
  }
}
