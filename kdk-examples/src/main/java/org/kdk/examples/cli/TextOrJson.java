package org.kdk.examples.cli;

/** {@code --format text|json}: for people or for programs. */
enum TextOrJson {
  TEXT,
  JSON
}
