/** The catalogue's mechanism rules (KDK-MECH-…): one class per rule, texts in {@code Rules.properties} and {@code Rules_tr.properties}. */
package org.kdk.rules.catalogue.mechanism;
