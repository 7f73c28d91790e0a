/**
 * The rule interface and what a rule sees while it runs: write your own rules by implementing
 * {@link org.kdk.rules.rule.Rule}; the SDK's catalogue extends {@link org.kdk.rules.rule.CatalogueRule}.
 *
 * <p>Methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.rules.rule;

import org.kdk.core.style.KdkStyle;
