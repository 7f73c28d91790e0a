package org.kdk.rules.catalogue.reference;

import org.kdk.core.value.Id;
import org.kdk.rules.catalogue.reference.IdIndex.Declaration;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-002 — Tekil kimlikler: no two objects of a dataset share an id — top-level objects, the parts of plans,
 * sub-commissions and meetings with ids alike (data quality).
 *
 * <p>Every own id met while walking the dataset ({@link DatasetWalker}, {@link IdIndex}) is compared with those met before; each
 * later use is reported at its path and names the first. The model already refuses repeats inside one plan or one
 * mechanism; this rule sees across the whole document. Stateless and thread-safe.
 */
public final class UniqueIdsRule extends CatalogueRule {

  /** The rule. */
  public UniqueIdsRule() {
    super("KDK-REF-002", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: bir kimlik veri kümesinde tek bir kaydı gösterir",
            "Data consistency: an id names one object of the dataset"));
  }

  @Override
  public void check(RuleContext context) {
    IdIndex index = IdIndex.of(context);
    for (Declaration repeat : index.repeats()) {
      Id id = repeat.site().owner().ownId().orElseThrow();
      Declaration first = index.declarations(id).get(0);
      report(context, repeat.site().path().toString(), id, repeat.kind().label(), first.frame().path(),
          first.kind().label());
    }
  }
}
