package org.kdk.rules.catalogue.reference;

import java.util.HashMap;
import java.util.Map;
import org.kdk.core.value.Id;
import org.kdk.rules.catalogue.reference.DatasetWalker.Frame;
import org.kdk.rules.catalogue.reference.DatasetWalker.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-002 — Tekil kimlikler: no two objects of a dataset share an id — top-level objects, the parts of plans,
 * sub-commissions and meetings with ids alike (data quality).
 *
 * <p>Every own id met while walking the dataset ({@link DatasetWalker}) is compared with those met before; each
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
    Map<Id, Frame> first = new HashMap<>();
    DatasetWalker.walk(context, new DatasetWalker.Visitor() {
      @Override
      public void id(Site site, Id id) {
        if (!site.isOwnId()) {
          return;
        }
        Frame earlier = first.putIfAbsent(id, site.owner());
        if (earlier != null) {
          report(context, site.path().toString(), id, Kind.of(site.owner().type()).label(), earlier.path(),
              Kind.of(earlier.type()).label());
        }
      }
    });
  }
}
