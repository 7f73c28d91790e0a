package org.kdk.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of the {@code kdk} command in this JVM, as a test sees it: the exit code, what the command wrote to its
 * two streams, and what reached {@code System.out} and {@code System.err} meanwhile — where library logging would
 * leak. The streams of a test are not a terminal.
 */
record KdkRun(int code, String out, String err, String systemOut, String systemErr) {
  static final Path MARDIN = Path.of("datasets/mardin.json");
  static final Path PHASE2 = Path.of("datasets/kdk-phase2.json");

  /** Runs {@code kdk args…}. */
  static KdkRun of(Object... args) {
    String[] arguments = Stream.of(args).map(String::valueOf).toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    PrintStream previousOut = System.out;
    PrintStream previousErr = System.err;
    System.setOut(new PrintStream(systemOut, true, UTF_8));
    System.setErr(new PrintStream(systemErr, true, UTF_8));
    int code;
    try {
      code = Kdk.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
    } finally {
      System.setOut(previousOut);
      System.setErr(previousErr);
    }
    return new KdkRun(code, out.toString(), err.toString(), systemOut.toString(UTF_8), systemErr.toString(UTF_8));
  }

  /** Runs {@code kdk subcommand arguments…}. */
  static KdkRun of(String subcommand, List<?> arguments) {
    return of(Stream.concat(Stream.of(subcommand), arguments.stream()).toArray());
  }

  /**
   * Runs {@code java org.kdk.examples.cli.Kdk args…} in a new JVM with this JVM's class path and locale, in
   * {@code dir}, its standard output and error going to files (not a terminal). Only a fresh JVM shows what a
   * library prints once per JVM, such as Hibernate Validator's banner when it boots.
   */
  static KdkRun inFreshJvm(Path dir, Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=" + System.getProperty("user.language"),
        "-Duser.country=" + System.getProperty("user.country", ""),
        "-cp", System.getProperty("java.class.path"), Kdk.class.getName()));
    for (Object arg : args) {
      command.add(String.valueOf(arg));
    }
    Path out = dir.resolve("kdk.out");
    Path err = dir.resolve("kdk.err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("kdk did not finish in 2 minutes: " + command);
    }
    return new KdkRun(process.exitValue(), Files.readString(out), Files.readString(err), "", "");
  }

  /** The standard output read as JSON. */
  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + out, e);
    }
  }

  List<String> outLines() {
    return out.lines().collect(Collectors.toList());
  }

  /** Asserts a successful run that wrote nothing on standard error. */
  KdkRun assertSucceeded() {
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    assertThat(err).isEmpty();
    return this;
  }

  /**
   * Asserts the run ended as a user's mistake: exit code 2 and exactly one line on standard error, in the command's
   * voice, without a stack trace.
   */
  KdkRun assertUserError() {
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Kdk.USAGE);
    assertThat(err.lines()).as("standard error").singleElement(STRING)
        .startsWith("kdk: ").doesNotContain("at org.", "Exception in thread", "\tat ");
    assertThat(systemErr).doesNotContain("at org.");
    return this;
  }
}
