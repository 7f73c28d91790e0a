/** The catalogue's reference rules (KDK-REF-…): one class per rule, texts in {@code Rules.properties} and {@code Rules_tr.properties}. */
package org.kdk.rules.catalogue.reference;
