package org.kdk.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Test helper: the corpus of broken and hostile documents under {@code org/kdk/core/corpus/} on the test class
 * path, shared through kdk-core's test-jar with the other modules' tests.
 *
 * <p>{@code expected.tsv} lists the documents strict reading must refuse, with the problem, the path and a
 * fragment of the detail; the huge ones ({@code huge-…}) are not files but made by {@link HostileDocuments} at run
 * time. {@code findings/expected.tsv} lists documents that read but break a rule of kdk-rules, with the rule id,
 * the path and a fragment of the English message.
 */
public final class Corpus {
  /** Where the corpus is on the class path. */
  public static final String FOLDER = "org/kdk/core/corpus/";

  private Corpus() {}

  /** One line of a manifest: a document and what it must give. */
  public record Entry(String folder, String file, String problem, String path, String detail) {
    /** Whether the document is made at run time rather than kept as a file. */
    public boolean isGenerated() {
      return file.startsWith(HostileDocuments.PREFIX);
    }

    /** The expected path, {@code ""} for the document root. */
    public String expectedPath() {
      return path.equals("-") ? "" : path;
    }

    /** Whether {@code actual} is the expected path; an expected path ending in "…" is a prefix. */
    public boolean isPath(String actual) {
      String expected = expectedPath();
      return expected.endsWith("…") ? actual.startsWith(expected.substring(0, expected.length() - 1))
          : actual.equals(expected);
    }

    /** The document's bytes. */
    public byte[] bytes() {
      return isGenerated() ? HostileDocuments.generate(file) : resource(folder + file);
    }

    /** Writes the document into {@code directory} under its own name and returns the file. */
    public Path writeTo(Path directory) {
      try {
        return Files.write(directory.resolve(file), bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** The documents strict reading must refuse, files and generated ones, in the manifest's order. */
  public static List<Entry> unreadable() {
    return manifest(FOLDER);
  }

  /** The documents that read but break a rule of kdk-rules. */
  public static List<Entry> findings() {
    return manifest(FOLDER + "findings/");
  }

  private static List<Entry> manifest(String folder) {
    String text = new String(resource(folder + "expected.tsv"), StandardCharsets.UTF_8);
    List<Entry> entries = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalStateException(folder + "expected.tsv: 4 columns expected: " + line);
      }
      entries.add(new Entry(folder, columns[0], columns[1], columns[2], columns[3]));
    }
    return entries;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
      return Objects.requireNonNull(in, () -> "no resource " + name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
