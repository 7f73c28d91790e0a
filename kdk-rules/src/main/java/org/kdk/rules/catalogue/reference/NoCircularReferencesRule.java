package org.kdk.rules.catalogue.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-003 — Döngüsel başvuru yok: an institution's chain of parents, a municipality's chain of successors and
 * a strategic plan's chain of plans it was upgraded from each come to an end (data quality).
 *
 * <p>Each circle is reported once, at the link of its member listed first, with the whole circle in the message
 * ({@code a → b → a}). Chains that only lead into a circle, or to an id the dataset lacks (KDK-REF-001 reports
 * that), are not reported. Where ids repeat, the first object with the id counts. Stateless and thread-safe.
 */
public final class NoCircularReferencesRule extends CatalogueRule {

  /** The rule. */
  public NoCircularReferencesRule() {
    super("KDK-REF-003", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY,
            "Veri tutarlılığı: üst kurum, halef belediye ve plan yükseltme zincirleri bir yerde biter",
            "Data consistency: chains of parents, successors and upgraded plans come to an end"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    checkChain(context, dataset.getInstitutions(), Institution::getId, Institution::getParentId, "institutions",
        "parentId");
    checkChain(context, dataset.getMunicipalities(), Municipality::getId, Municipality::getSuccessorId,
        "municipalities", "successorId");
    checkChain(context, dataset.getPlans(), ActionPlan::getId, ActionPlan::getUpgradedFromPlanId, "plans",
        "upgradedFromPlanId");
  }

  private <T> void checkChain(RuleContext context, List<T> items, Function<T, Id> id,
      Function<T, Optional<Id>> next, String list, String property) {
    Map<Id, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      indexOf.putIfAbsent(id.apply(items.get(i)), i);
    }
    // 0: not seen, 1: on the chain being followed, 2: done.
    int[] state = new int[items.size()];
    for (int start = 0; start < items.size(); start++) {
      if (state[start] != 0) {
        continue;
      }
      List<Integer> chain = new ArrayList<>();
      int current = start;
      while (true) {
        state[current] = 1;
        chain.add(current);
        Integer following = next.apply(items.get(current)).map(indexOf::get).orElse(null);
        if (following == null || state[following] == 2) {
          break;
        }
        if (state[following] == 1) {
          reportCircle(context, chain.subList(chain.indexOf(following), chain.size()), items, id, list, property);
          break;
        }
        current = following;
      }
      chain.forEach(i -> state[i] = 2);
    }
  }

  private <T> void reportCircle(RuleContext context, List<Integer> circle, List<T> items, Function<T, Id> id,
      String list, String property) {
    int first = circle.indexOf(circle.stream().min(Integer::compare).orElseThrow());
    List<Integer> rotated = new ArrayList<>(circle.subList(first, circle.size()));
    rotated.addAll(circle.subList(0, first));
    rotated.add(rotated.get(0));
    String chain = rotated.stream().map(i -> id.apply(items.get(i)).toString()).collect(Collectors.joining(" → "));
    report(context, list + "[" + rotated.get(0) + "]." + property, text("chain." + list), chain, property);
  }
}
