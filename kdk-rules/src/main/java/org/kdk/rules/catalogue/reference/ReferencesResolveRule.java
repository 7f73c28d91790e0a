package org.kdk.rules.catalogue.reference;

import java.util.List;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.catalogue.reference.DatasetWalker.Frame;
import org.kdk.rules.catalogue.reference.IdIndex.Declaration;
import org.kdk.rules.catalogue.reference.IdIndex.Reference;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-001 — Başvurular çözülür: every id a document refers to names an object of the dataset, of the right
 * kind, and parts of a plan are named from within the same plan (data quality).
 *
 * <p>The dataset is walked by reflection ({@link DatasetWalker}), so every {@code get…Id} and {@code get…Ids}
 * property of the model is checked, including fields added later; {@link ReferenceTarget} maps a property's name
 * to the kind it must name ({@code decisionId} → decisions, {@code indicatorIds} → indicators of the same plan,
 * {@code actionIds} → actions of any plan…), and names it does not know accept any object with that id.
 * Stateless and thread-safe.
 */
public final class ReferencesResolveRule extends CatalogueRule {

  /** The rule. */
  public ReferencesResolveRule() {
    super("KDK-REF-001", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: başvurulan kimlik doğru türde bir kayda ait olmalıdır",
            "Data consistency: a referenced id must belong to an object of the right kind"));
  }

  @Override
  public void check(RuleContext context) {
    IdIndex index = IdIndex.of(context);
    for (Reference reference : index.references()) {
      resolve(context, reference, index.declarations(reference.id()));
    }
  }

  private void resolve(RuleContext context, Reference reference, List<Declaration> declarations) {
    ReferenceTarget target = reference.target();
    if (declarations.isEmpty()) {
      LocalizedText expected = target.label();
      reportUnresolved(context, reference, text("missing", expected), expected);
      return;
    }
    Declaration ofKind = null;
    for (Declaration declaration : declarations) {
      if (!target.accepts(declaration.kind())) {
        continue;
      }
      if (!target.isPlanScoped() || reference.plan() == null || declaration.plan() == reference.plan()) {
        return;
      }
      if (ofKind == null) {
        ofKind = declaration;
      }
    }
    // Texts are made only here, for the few references that fail: a national dataset has hundreds of thousands.
    LocalizedText expected = target.label();
    if (ofKind == null) {
      Declaration other = declarations.get(0);
      reportUnresolved(context, reference, text("wrongKind", other.kind().label(), other.frame().path(), expected),
          expected);
    } else {
      reportUnresolved(context, reference, text("otherPlan", expected, ofKind.frame().path(),
          planId(ofKind.plan()), planId(reference.plan())), expected);
    }
  }

  private void reportUnresolved(RuleContext context, Reference reference, LocalizedText detail,
      LocalizedText expected) {
    report(context, reference.site().path().toString(), reference.site().property(), reference.id(), detail,
        expected);
  }

  private static String planId(Frame plan) {
    return plan == null ? "—" : plan.ownId().map(Id::toString).orElse(plan.path().toString());
  }
}
