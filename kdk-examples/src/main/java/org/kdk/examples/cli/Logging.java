package org.kdk.examples.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library logging — Hibernate Validator's version banner through JBoss Logging among it — out of the
 * command's output. JBoss Logging falls back to java.util.logging when no other backend is present, as in
 * {@code kdk.jar}.
 */
final class Logging {
  // Strong references: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final Logger JBOSS = Logger.getLogger("org.jboss");

  private Logging() {}

  static void silence() {
    System.setProperty("org.jboss.logging.provider", "jdk");
    HIBERNATE.setLevel(Level.OFF);
    JBOSS.setLevel(Level.OFF);
  }
}
