package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Stratejik plan bağlantısı — where an institution wrote actions of the equality plan into its own five-year
 * strategic plan (Stratejik Plan) and, for a year, its performance programme (Performans Programı).
 *
 * <p>Metropolitan municipalities and municipalities of 50,000 people or more must have a strategic plan
 * (Municipal Law 5393 art. 41, Law 5018); the phase-1 plans were written into them in 2009 and the phase-2 plans
 * after their approval. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicPlanLink.class)
@JsonDeserialize(as = ImmutableStrategicPlanLink.class)
public abstract class StrategicPlanLink {

  StrategicPlanLink() {}

  /** The institution whose strategic plan it is. */
  public abstract Id getInstitutionId();

  /** The years the strategic plan runs, such as 2015–2019. */
  public abstract DateRange getStrategicPlanPeriod();

  /** The year of the performance programme that carries the actions, where known. */
  public abstract Optional<@Min(1900) @Max(2100) Integer> getPerformanceProgrammeYear();

  /** Where in the strategic plan, such as an aim and target number or a page. */
  public abstract Optional<@NonBlank(max = 500) String> getReference();

  /** The actions of the equality plan that were written in. */
  public abstract List<Id> getActionIds();

  /** A builder for a strategic plan link. */
  public static ImmutableStrategicPlanLink.Builder builder() {
    return ImmutableStrategicPlanLink.builder();
  }
}
