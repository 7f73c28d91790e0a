/** The catalogue's duty rules (KDK-DUTY-…): one class per rule, texts in {@code Rules.properties} and {@code Rules_tr.properties}. */
package org.kdk.rules.catalogue.duty;
