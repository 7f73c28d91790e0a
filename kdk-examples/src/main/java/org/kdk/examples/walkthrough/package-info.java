/** A walkthrough that reads as a tutorial: from a mechanism and a plan to a validated, reported province. */
package org.kdk.examples.walkthrough;
