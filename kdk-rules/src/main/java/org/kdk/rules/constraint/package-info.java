/**
 * Field constraints: the Jakarta constraint annotations of the model, checked by Hibernate Validator without
 * expression language, their violations turned into findings.
 *
 * <p>Methods reject {@code null} arguments.
 */
package org.kdk.rules.constraint;
