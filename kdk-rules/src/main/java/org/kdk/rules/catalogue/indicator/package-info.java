/** The catalogue's indicator rules (KDK-IND-…): one class per rule, texts in {@code Rules.properties} and {@code Rules_tr.properties}. */
package org.kdk.rules.catalogue.indicator;
