package org.kdk.rules.testing;

import java.time.LocalDate;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/** Small datasets for the framework's own tests. */
public final class Datasets {
  public static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

  private Datasets() {}

  /** A plan with one action and nothing else: many rules have something to say about it. */
  public static ActionPlan thinPlan(String id, String provinceCode) {
    return ActionPlan.builder().id(Id.of(id)).kind(PlanKind.ACTION_PLAN).title("Plan " + id)
        .scope(PlanScope.ofProvince(provinceCode)).period(DateRange.ofYears(2013, 2015))
        .addThemes(Theme.EDUCATION)
        .addAction(Action.builder().id(Id.of(id + "-f1")).targetId(Id.of(id + "-h1")).title("Faaliyet").build())
        .state(PlanState.DRAFTING).build();
  }

  /** Two institutions and two thin plans. */
  public static Dataset small() {
    return Dataset.builder().title("small")
        .addInstitution(Institution.builder().id(Id.of("valilik")).name("Mardin Valiliği")
            .kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-47").build())
        .addInstitution(Institution.builder().id(Id.of("stk")).name("Kadın Derneği")
            .kind(InstitutionKind.WOMENS_NGO).provinceCode("TR-47").build())
        .addPlan(thinPlan("p1", "TR-47"))
        .addPlan(thinPlan("p2", "TR-36"))
        .build();
  }
}
