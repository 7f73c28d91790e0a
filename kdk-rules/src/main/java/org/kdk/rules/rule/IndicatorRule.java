package org.kdk.rules.rule;

/**
 * Gösterge kuralı — a rule that judges each indicator of each plan on its own.
 *
 * <p>The validator runs every enabled rule of this kind over one indicator before it moves on to the next,
 * while that indicator's targets and observations are still in the processor's caches: a national dataset holds
 * millions of measurements, and rules that each walked all of them would each read them from memory again.
 * What a user sees does not change: the report orders its findings by severity, path and rule either way. A rule
 * that throws is reported once and not asked again; the others carry on. Implement {@link #check(RuleContext, IndicatorSite)}; {@link #check(RuleContext)} walks the dataset's
 * indicators itself for a rule run on its own.
 */
public interface IndicatorRule extends Rule {

  /** Checks the indicator at {@code site} and reports through {@code context}; the site's path starts each path. */
  void check(RuleContext context, IndicatorSite site);

  /** Checks every indicator of every plan of the context's dataset, in document order. */
  @Override
  default void check(RuleContext context) {
    for (IndicatorSite site : IndicatorSite.allOf(context.dataset())) {
      check(context, site);
    }
  }
}
