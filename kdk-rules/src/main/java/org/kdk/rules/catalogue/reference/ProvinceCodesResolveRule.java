package org.kdk.rules.catalogue.reference;

import java.util.Optional;
import org.kdk.core.administration.Provinces;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.catalogue.reference.DatasetWalker.Frame;
import org.kdk.rules.catalogue.reference.IdIndex.ProvinceCode;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-005 — İl kodları çözülür: every province code in the dataset is the code of one of the 81 provinces of
 * the built-in catalogue, {@code TR-01} to {@code TR-81} (data quality).
 *
 * <p>Every text property named {@code provinceCode} (or {@code …ProvinceCode}, {@code …ProvinceCodes}) met while
 * walking the dataset ({@link DatasetWalker}) is checked, and the finding names the object holding it. The field
 * constraint {@code @ProvinceCode} catches the same values; this rule says whose code it is. Stateless and
 * thread-safe.
 */
public final class ProvinceCodesResolveRule extends CatalogueRule {

  /** The rule. */
  public ProvinceCodesResolveRule() {
    super("KDK-REF-005", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: il kodları 81 ilin ISO 3166-2 kodlarıdır",
            "Data consistency: province codes are the ISO 3166-2 codes of the 81 provinces"));
  }

  @Override
  public void check(RuleContext context) {
    for (ProvinceCode found : IdIndex.of(context).provinceCodes()) {
      if (!Provinces.isCode(found.code())) {
        report(context, found.site().path().toString(), found.code(), owner(found.site().owner()));
      }
    }
  }

  private LocalizedText owner(Frame frame) {
    Optional<Frame> identified = frame.nearestWithId();
    if (identified.isEmpty()) {
      return phrase("owner.dataset");
    }
    Frame named = identified.get();
    return phrase("owner", named.ownId().orElseThrow(), Kind.of(named.type()).label());
  }
}
