package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.catalogue.reference.DatasetWalker.Site;

class DatasetWalkerTest {

  /** Every value met, as "path=value", own ids marked with "#". */
  static final class Recorder implements DatasetWalker.Visitor {
    final List<String> ownIds = new ArrayList<>();
    final List<String> references = new ArrayList<>();
    final List<String> provinceCodes = new ArrayList<>();

    @Override
    public void id(Site site, Id id) {
      (site.isOwnId() ? ownIds : references).add(site.path() + "=" + id);
    }

    @Override
    public void provinceCode(Site site, String code) {
      provinceCodes.add(site.path() + "=" + code);
    }
  }

  private static Recorder walk(Dataset dataset) {
    Recorder recorder = new Recorder();
    DatasetWalker.walk(dataset, recorder);
    return recorder;
  }

  @Nested
  class Paths {
    private final Recorder recorder = walk(ReferenceFixtures.dataset());

    @Test
    void finds_references_in_lists_optionals_and_nested_objects() {
      assertThat(recorder.references).contains(
          "plans[0].actions[0].responsibleInstitutionId=kars-valilik",
          "plans[0].actions[0].cooperatingInstitutionIds[0]=kars-stk",
          "plans[0].actions[0].budget[0].funderInstitutionId=serka",
          "plans[0].problems[0].evidence[0].indicatorId=yeep-g1",
          "plans[0].consultations[0].participants[0].institutionIds[0]=kars-stk",
          "plans[0].strategicPlanLinks[0].actionIds[0]=yeep-f1",
          "plans[0].history[1].actorId=kars-ikhkk",
          "plans[1].upgradedFromPlanId=kars-yeep",
          "coordinationBoards[0].subCommissions[0].approvingDecisionId=kars-karar-1",
          "coordinationBoards[0].meetings[0].decisionIds[0]=kars-karar-1",
          "coordinationBoards[0].statusHistory[0].decisionId=kars-karar-0",
          "coordinationBoards[0].members[0].institutionId=kars-stk",
          "equalityUnits[0].focalPersons[0].institutionId=kars-belediye-kurum",
          "commitments[0].signatoryInstitutionIds[1]=kars-belediye-kurum",
          "grantProjects[0].actionIds[1]=yesp-f1",
          "neighbourhoodOrganisations[0].neighbourhoodId=kars-mahalle-1",
          "legislativeProposals[0].authorityInstitutionId=icisleri");
    }

    @Test
    void tells_own_ids_from_references_down_to_meetings_and_sub_commissions() {
      assertThat(recorder.ownIds).contains("coordinationBoards[0].meetings[0].id=kars-toplanti-1",
          "coordinationBoards[0].subCommissions[0].id=kars-alt-1", "plans[0].indicators[0].id=yeep-g1",
          "plans[1].actions[0].id=yesp-f1");
      assertThat(recorder.references).noneMatch(r -> r.contains(".id="));
    }

    @Test
    void walks_in_document_order() {
      assertThat(recorder.ownIds.get(0)).isEqualTo("institutions[0].id=kars-valilik");
      assertThat(recorder.ownIds).containsSubsequence("institutions[5].id=icisleri",
          "municipalities[0].id=kars-belediyesi", "neighbourhoods[0].id=kars-mahalle-1",
          "commitments[0].id=kars-taahhutname", "coordinationBoards[0].id=kars-ikhkk",
          "equalityUnits[0].id=kars-valilik-eb", "equalityCommissions[0].id=kars-kek",
          "decisions[0].id=kars-karar-0", "plans[0].id=kars-yeep", "plans[1].id=kars-yesp",
          "grantSchemes[0].id=kars-hibe");
    }

    @Test
    void finds_province_codes_of_every_object_including_nested_ones() {
      assertThat(recorder.provinceCodes).contains("institutions[0].provinceCode=TR-36",
          "municipalities[0].provinceCode=TR-36", "commitments[0].provinceCode=TR-36",
          "coordinationBoards[0].provinceCode=TR-36", "plans[0].scope.provinceCode=TR-36",
          "grantProjects[0].provinceCode=TR-36", "trainings[0].provinceCode=TR-36");
      assertThat(recorder.provinceCodes).noneMatch(p -> p.startsWith("institutions[4]"));
    }
  }

  @Test
  void knows_the_plan_around_a_reference() {
    List<String> plans = new ArrayList<>();
    DatasetWalker.walk(ReferenceFixtures.dataset(), new DatasetWalker.Visitor() {
      @Override
      public void id(Site site, Id id) {
        if (site.property().equals("indicatorIds")) {
          plans.add(site.owner().nearest(ActionPlan.class).flatMap(DatasetWalker.Frame::ownId).orElseThrow() + "");
        }
      }
    });
    assertThat(plans).containsExactly("kars-yeep", "kars-yesp");
  }

  @Test
  void names_properties_as_jackson_does() {
    assertThat(DatasetWalker.Shape.propertyName("getActorId")).isEqualTo("actorId");
    assertThat(DatasetWalker.Shape.propertyName("getId")).isEqualTo("id");
    assertThat(DatasetWalker.Shape.propertyName("isIllustrative")).isEqualTo("illustrative");
    assertThat(DatasetWalker.Shape.propertyName("getURL")).isEqualTo("url");
  }

  @Test
  void walks_an_empty_dataset() {
    Recorder recorder = walk(Dataset.empty());
    assertThat(recorder.ownIds).isEmpty();
    assertThat(recorder.references).isEmpty();
  }

  @Test
  void gives_the_same_walk_on_many_threads_at_once() throws Exception {
    Dataset dataset = ReferenceFixtures.dataset();
    List<String> expected = walk(dataset).references;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        tasks.add(() -> walk(dataset).references);
      }
      for (Future<List<String>> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
