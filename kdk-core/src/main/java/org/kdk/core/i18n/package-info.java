/**
 * Turkish and English texts: {@link org.kdk.core.i18n.Language}, labelled codes and the text files behind them.
 *
 * <p>Nothing here reads the JVM's default locale; methods reject {@code null} arguments.
 */
package org.kdk.core.i18n;
