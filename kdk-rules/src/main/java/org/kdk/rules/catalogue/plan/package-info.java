/** The catalogue's plan rules (KDK-PLAN-…): one class per rule, texts in {@code Rules.properties} and {@code Rules_tr.properties}. */
package org.kdk.rules.catalogue.plan;
