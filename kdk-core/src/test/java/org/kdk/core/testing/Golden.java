package org.kdk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: compares generated text with a file committed under {@code src/test/resources} (or, for shipped
 * files, {@code src/main/resources}). Run with {@code -Dkdk.golden.update=true} to rewrite the files after an
 * intended change, then review the diff.
 */
public final class Golden {
  private Golden() {}

  /** Asserts that {@code actual} equals the file at {@code path} (relative to the module), byte for byte. */
  public static void assertMatches(String path, String actual) {
    Path file = Path.of(path);
    try {
      if (Boolean.getBoolean("kdk.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (rerun with -Dkdk.golden.update=true after an intended change)", path)
          .exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("golden file %s (rerun with -Dkdk.golden.update=true after an intended change)", path)
          .isEqualTo(actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
