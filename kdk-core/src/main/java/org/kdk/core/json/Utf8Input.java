package org.kdk.core.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import org.kdk.core.json.InvalidDocumentException.Problem;

/**
 * UTF-8 girdisi — the bytes of a document, checked to be UTF-8 as the format requires (RFC 8259 §8.1) while the
 * parser reads them.
 *
 * <p>One UTF-8 byte-order mark is skipped. A document in UTF-16 or UTF-32 (with or without a byte-order mark) is
 * refused from its first bytes ({@link RefusedStartException}) instead of being decoded with replacement
 * characters. Jackson rejects most invalid UTF-8 itself but decodes overlong forms ({@code C0 AF} as {@code /})
 * and code points beyond U+10FFFF; this stream finds those too, marks the first invalid sequence with a byte the
 * parser rejects at that very place (so the failure keeps its path, line and column), and remembers what the bytes
 * were, so that {@link #explain} can say it in the message. One pass, no copy, a few operations per byte.
 */
final class Utf8Input extends FilterInputStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private static final int MARK = 0xFF;

  private final int start;
  private long offset;
  private int expected;
  private int checkedLead;
  private final int[] sequence = new int[4];
  private int length;
  private long problemOffset = -1;
  private String problem;

  private Utf8Input(InputStream in, int start) {
    super(in);
    this.start = start;
    this.offset = start;
  }

  /**
   * The stream {@code in} after its byte-order mark, checked as it is read.
   *
   * @throws RefusedStartException if the document is UTF-16 or UTF-32, or starts with a second byte-order mark
   */
  static Utf8Input of(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 4);
    byte[] head = pushback.readNBytes(4);
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    String other = otherEncoding(b0, b1, b2, b3);
    if (other != null) {
      throw new RefusedStartException("the document is encoded as " + other
          + "; KDK documents are UTF-8: save the file as UTF-8");
    }
    int skip = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
    pushback.unread(head, skip, n - skip);
    if (skip > 0 && b3 == 0xEF) {
      byte[] next = pushback.readNBytes(3);
      if (next.length == 3 && (next[1] & 0xFF) == 0xBB && (next[2] & 0xFF) == 0xBF) {
        throw new RefusedStartException("the document starts with two byte-order marks; remove the second one");
      }
      pushback.unread(next);
    }
    return new Utf8Input(pushback, skip);
  }

  private static String otherEncoding(int b0, int b1, int b2, int b3) {
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE (it starts with the byte-order mark 00 00 FE FF)";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE (it starts with the byte-order mark FF FE 00 00)";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE (it starts with the byte-order mark FE FF)";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE (it starts with the byte-order mark FF FE)";
    }
    // Without a mark, the zero bytes of the first (ASCII) characters give UTF-16 and UTF-32 away (RFC 4627 §3).
    if (b0 == 0 && b1 == 0) {
      return "UTF-32BE";
    }
    if (b0 == 0 && b1 > 0) {
      return "UTF-16BE";
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 > 0 && b1 == 0) {
      return "UTF-16LE";
    }
    return null;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      return b;
    }
    byte[] one = {(byte) b};
    check(one, 0, 1);
    return one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int from, int count) throws IOException {
    int n = in.read(buffer, from, count);
    if (n > 0) {
      check(buffer, from, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would escape the check; read them instead.
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    int read = read(scratch, 0, scratch.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(byte[] buffer, int from, int count) {
    int end = from + count;
    long base = offset - from;
    offset += count;
    if (problem != null) {
      return;
    }
    for (int i = from; i < end; i++) {
      if (expected == 0) {
        // Most of a document is ASCII: skip it fast, eight bytes at a time while no high bit is set.
        while (i + Long.BYTES <= end && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        while (i < end && buffer[i] >= 0) {
          i++;
        }
        if (i == end) {
          return;
        }
      }
      int b = buffer[i] & 0xFF;
      long at = base + i;
      if (expected > 0) {
        if ((b & 0xC0) != 0x80) {
          // The parser rejects this one itself, at this byte.
          record(at - length, "is not followed by the rest of its character (the next byte is " + hex(b) + ")",
              true);
          return;
        }
        sequence[length++] = b;
        String wrong = checkedLead == 0 ? null : secondByte(checkedLead, b);
        checkedLead = 0;
        if (wrong != null) {
          buffer[i] = (byte) MARK;
          record(at - length + 1, wrong, false);
          return;
        }
        expected--;
      } else {
        length = 0;
        sequence[length++] = b;
        if (b >= 0xC2 && b <= 0xDF) {
          expected = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          expected = 2;
          checkedLead = b == 0xE0 || b == 0xED ? b : 0;
        } else if (b >= 0xF0 && b <= 0xF4) {
          expected = 3;
          checkedLead = b == 0xF0 || b == 0xF4 ? b : 0;
        } else {
          buffer[i] = (byte) MARK;
          boolean overlong = b == 0xC0 || b == 0xC1;
          record(at, overlong ? "starts an overlong encoding, which UTF-8 does not allow"
              : "cannot start a character", !overlong);
          return;
        }
      }
    }
  }

  private static String secondByte(int lead, int b) {
    switch (lead) {
      case 0xE0:
      case 0xF0:
        return b < (lead == 0xE0 ? 0xA0 : 0x90) ? "are an overlong encoding, which UTF-8 does not allow" : null;
      case 0xED:
        return b > 0x9F ? "encode a UTF-16 surrogate, which UTF-8 does not allow" : null;
      case 0xF4:
        return b > 0x8F ? "encode a code point beyond U+10FFFF" : null;
      default:
        return null;
    }
  }

  private void record(long at, String why, boolean otherEncoding) {
    StringBuilder bytes = new StringBuilder(length == 1 ? "byte " : "bytes ");
    for (int k = 0; k < length; k++) {
      bytes.append(k == 0 ? "" : " ").append(hex(sequence[k]));
    }
    problem = "the text is not UTF-8 at byte offset " + at + ": " + bytes + " " + why
        + (otherEncoding ? "; the file may have been saved as Windows-1254 or ISO-8859-9" : "")
        + "; KDK documents are UTF-8: save the file as UTF-8";
    problemOffset = at;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "%02X", b);
  }

  /**
   * {@code failure} with the reason why the bytes are not UTF-8, when the parser stopped at the first invalid
   * sequence ({@code failureByteOffset} counts from after the byte-order mark, as the parser does); otherwise
   * {@code failure} unchanged.
   */
  InvalidDocumentException explain(InvalidDocumentException failure, long failureByteOffset) {
    if (problem == null || failure.getProblem() != Problem.MALFORMED_JSON
        || failureByteOffset + start < problemOffset) {
      return failure;
    }
    return new InvalidDocumentException(Problem.MALFORMED_JSON, failure.getPath(), failure.getLine(),
        failure.getColumn(), problem, failure.getSource().orElse(null), failure.getCause());
  }

  /** The document's first bytes are refused: it is UTF-16 or UTF-32, or it starts with two byte-order marks. */
  static final class RefusedStartException extends CharConversionException {
    private static final long serialVersionUID = 1L;

    RefusedStartException(String message) {
      super(message);
    }
  }
}
