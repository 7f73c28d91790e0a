package org.kdk.core.people;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;

/**
 * Kişi — a person in a role: a member of a board or commission, a focal person, a muhtar.
 *
 * <p>Only name, sex and, where the person holds it, public office (for example {@code Vali Yardımcısı}) are
 * kept: nothing else is needed to count women and men in the mechanisms, and reports may name a person only when
 * {@link #getPublicOffice()} is present. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

  Person() {}

  /** The person's name as they use it. */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** The person's sex, for sex-disaggregated counts. */
  public abstract Sex getSex();

  /** The public office the person holds, such as {@code Vali Yardımcısı} or {@code Belediye Meclis Üyesi}. */
  public abstract Optional<@NonBlank(max = 200) String> getPublicOffice();

  /** A person without public office. */
  public static Person of(String name, Sex sex) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sex, "sex");
    return builder().name(name).sex(sex).build();
  }

  /** A person holding {@code publicOffice}. */
  public static Person ofOfficeHolder(String name, Sex sex, String publicOffice) {
    Objects.requireNonNull(publicOffice, "publicOffice");
    return builder().name(name).sex(sex).publicOffice(publicOffice).build();
  }

  /** A builder for a person. */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /**
   * Whether the person holds public office, and may therefore be named in reports. A blank office (which the
   * field constraint reports) is no office.
   */
  public boolean holdsPublicOffice() {
    return getPublicOffice().filter(office -> !office.isBlank()).isPresent();
  }
}
