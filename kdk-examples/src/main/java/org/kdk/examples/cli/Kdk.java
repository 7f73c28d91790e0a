package org.kdk.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.kdk.core.json.InvalidDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * kdk — the command that puts the SDK to work: {@code kdk demo}, {@code kdk validate}, {@code kdk report},
 * {@code kdk rules}, {@code kdk schema}, {@code kdk generate}.
 *
 * <p>Exit codes: 0 success; 1 validation found a rule error; 2 a file cannot be read or parsed, or the arguments
 * are wrong; 3 an unexpected failure (a defect). A user error is one line on standard error, never a stack trace.
 */
@Command(
    name = "kdk",
    mixinStandardHelpOptions = true,
    versionProvider = Kdk.Version.class,
    description = {
      "Kadın Dostu Kentler (Women Friendly Cities) — validate plans and mechanisms, write reports.",
      "Kadın Dostu Kentler — planları ve mekanizmaları doğrular, raporlar üretir."
    },
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      ReportCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Kdk implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** Validation found at least one rule error. */
  public static final int RULE_ERRORS = 1;
  /** A file cannot be read or parsed, or the arguments are wrong. */
  public static final int USAGE = 2;
  /** An unexpected failure. */
  public static final int DEFECT = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with the given streams and returns its exit code; the JVM keeps running. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Logging.silence();
    CommandLine commandLine = new CommandLine(new Kdk());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("kdk: " + e.getMessage() + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName(" ")
          + " --help)");
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
      if (e instanceof InvalidDocumentException) {
        err.println("kdk: " + oneLine(e.getMessage()));
        return USAGE;
      }
      if (e instanceof UserException) {
        err.println("kdk: " + oneLine(e.getMessage()));
        return USAGE;
      }
      err.println("kdk: unexpected failure, please report it: " + e);
      return DEFECT;
    });
    return commandLine.execute(args);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
  }

  /** The SDK's version, from the jar's manifest or the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Kdk.class.getPackage().getImplementationVersion();
      return new String[] {"kdk " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
  }
}
