package org.kdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;

/** Documents are read as UTF-8 only, every invalid sequence refused at its place, every valid one kept. */
class Utf8InputTest {
  private static final String HEAD = "{\"format\":\"kdk-dataset\",\"version\":1,\"title\":\"";

  @Nested
  class Valid_text {
    @Test
    void keeps_characters_of_two_three_and_four_bytes_across_the_parser_buffers(@TempDir Path dir)
        throws IOException {
      // 'ş' is 2 bytes, '€' 3 and '𝄞' 4: repeated, they straddle every boundary of the parser's 8000-byte reads.
      String title = "Kadın ş€𝄞 ".repeat(3_000);
      Path file = Files.writeString(dir.resolve("a.json"), HEAD + title + "\"}", StandardCharsets.UTF_8);

      assertThat(KdkJson.strict().readDataset(file).getTitle()).hasValue(title);
      assertThat(KdkJson.strict().read(Files.readAllBytes(file), Dataset.class).getTitle()).hasValue(title);
    }

    @Test
    void keeps_every_character_read_one_byte_at_a_time() throws IOException {
      byte[] bytes = (HEAD + "İıŞşĞğÜüÖöÇç €𝄞\"}").getBytes(StandardCharsets.UTF_8);
      StringBuilder read = new StringBuilder();
      try (InputStream in = Utf8Input.of(new ByteArrayInputStream(bytes))) {
        for (int b = in.read(); b >= 0; b = in.read()) {
          read.append((char) b);
        }
      }
      assertThat(read.toString().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(bytes);
    }
  }

  @Nested
  class Invalid_text {
    @Test
    void is_found_at_every_offset_within_and_after_runs_of_ascii() {
      // ASCII is skipped eight bytes at a time: a bad byte at any place relative to those words must be seen.
      for (int pad = 0; pad < 24; pad++) {
        byte[] bytes = bytes(HEAD + "a".repeat(pad), new byte[] {(byte) 0xC0, (byte) 0xAF}, "bcdefghijk\"}");

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
            () -> KdkJson.strict().read(bytes, Dataset.class));

        assertThat(e).as("after %d ASCII bytes", pad).isNotNull();
        assertThat(e.getDetail()).as("after %d ASCII bytes", pad)
            .startsWith("the text is not UTF-8 at byte offset " + (HEAD.length() + pad));
      }
    }

    @Test
    void is_refused_at_its_place_with_the_bytes_and_their_offset() {
      byte[] bytes = bytes(HEAD, new byte[] {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF}, "\"}");

      InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
          () -> KdkJson.strict().read(bytes, Dataset.class));

      assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.getPath()).isEqualTo("title");
      assertThat(e.getLine()).isEqualTo(1);
      assertThat(e.getDetail()).startsWith("the text is not UTF-8 at byte offset " + (HEAD.length() + 1)
          + ": bytes E0 80 are an overlong encoding");
    }

    @Test
    void counts_the_offset_from_the_start_of_the_file_with_its_byte_order_mark() {
      byte[] bytes = bytes("\uFEFF" + HEAD, new byte[] {(byte) 0xC1, (byte) 0x81}, "\"}");

      InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
          () -> KdkJson.strict().read(bytes, Dataset.class));

      assertThat(e.getDetail()).startsWith("the text is not UTF-8 at byte offset " + (HEAD.length() + 3)
          + ": byte C1 starts an overlong encoding");
    }
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }
}
