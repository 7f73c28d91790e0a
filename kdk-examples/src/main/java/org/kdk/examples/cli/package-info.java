/**
 * The {@code kdk} command: demo, validate, report, rules, schema and generate. The only code of the SDK that
 * talks to a terminal.
 */
package org.kdk.examples.cli;
