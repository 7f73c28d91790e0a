package org.kdk.reporting.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * SVG yazıcı — a small writer of inline SVG markup for the HTML report's charts: coordinates with one fixed
 * decimal in {@link Locale#ROOT}, every text and attribute value through {@link Escaping}, and a text-width
 * estimate (from character classes, not from fonts) so that layouts are the same on every machine.
 *
 * <p>Not thread-safe: one instance writes one chart.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder(4096);

  /** A coordinate or length with one decimal, {@code 12.0}, never {@code -0.0}, whatever the default locale. */
  static String num(double value) {
    long tenths = Math.round(value * 10.0);
    if (Math.abs(tenths) > 1_000_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f", tenths / 10.0 + 0.0);
    }
    // Written out by hand: a chart has thousands of coordinates, and String.format is slow at this.
    long whole = Math.abs(tenths) / 10;
    return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
  }

  /**
   * The estimated width of {@code text} at {@code fontSize}, on the wide side for common sans-serif fonts (DejaVu
   * Sans, Noto Sans, Liberation Sans, Segoe UI) so that what fits here fits on screen.
   */
  static double textWidth(String text, double fontSize) {
    Objects.requireNonNull(text, "text");
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      em += charWidth(cp);
    }
    return em * fontSize;
  }

  private static double charWidth(int cp) {
    if (" .,:;'!|()[]/".indexOf(cp) >= 0) {
      return 0.33;
    }
    if ("iljtfrIı".indexOf(cp) >= 0) {
      return 0.36;
    }
    if ("mwMWŞĞ—%".indexOf(cp) >= 0) {
      return 0.9;
    }
    if (Character.isUpperCase(cp)) {
      return 0.7;
    }
    return 0.6;
  }

  /** {@code text} cut with an ellipsis so that it fits {@code maxWidth} at {@code fontSize}. */
  static String fit(String text, double maxWidth, double fontSize) {
    if (textWidth(text, fontSize) <= maxWidth) {
      return text;
    }
    int end = text.length();
    while (end > 0) {
      end = text.offsetByCodePoints(end, -1);
      String candidate = text.substring(0, end).stripTrailing() + "…";
      if (textWidth(candidate, fontSize) <= maxWidth) {
        return candidate;
      }
    }
    return "…";
  }

  /** {@code text} broken at spaces into at most {@code maxLines} lines of {@code maxWidth}; the last is cut. */
  static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
    if (maxLines <= 1) {
      return List.of(fit(text.trim(), maxWidth, fontSize));
    }
    List<String> lines = new ArrayList<>();
    String[] words = text.trim().split("\\s+");
    StringBuilder line = new StringBuilder();
    int i = 0;
    while (i < words.length) {
      String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
      if (textWidth(candidate, fontSize) <= maxWidth || line.length() == 0) {
        line.setLength(0);
        line.append(candidate);
        i++;
      } else {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == maxLines - 1) {
          break;
        }
      }
    }
    StringBuilder rest = new StringBuilder(line);
    for (; i < words.length; i++) {
      rest.append(rest.length() == 0 ? "" : " ").append(words[i]);
    }
    if (rest.length() > 0) {
      lines.add(rest.toString());
    }
    List<String> fitted = new ArrayList<>(lines.size());
    for (String l : lines) {
      fitted.add(fit(l, maxWidth, fontSize));
    }
    return fitted;
  }

  /** Appends raw markup that the caller built from constants and {@link #num(double)} values only. */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Opens {@code <g>} with attributes given as name/value pairs. */
  Svg open(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append(">\n");
    return this;
  }

  /** Closes an element. */
  Svg close(String element) {
    out.append("</").append(element).append(">\n");
    return this;
  }

  /** An empty element with attributes given as name/value pairs. */
  Svg empty(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** An element holding escaped text. */
  Svg text(String element, String content, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append('>').append(Escaping.html(content)).append("</").append(element).append(">\n");
    return this;
  }

  /** A rectangle. */
  Svg rect(double x, double y, double width, double height, String... attributes) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height))).append('"');
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** A line. */
  Svg line(double x1, double y1, double x2, double y2, String... attributes) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** A circle. */
  Svg circle(double cx, double cy, double r, String... attributes) {
    out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
        .append(num(r)).append('"');
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** A text at ({@code x}, {@code y}). */
  Svg label(double x, double y, String content, String... attributes) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attributes(attributes);
    out.append('>').append(Escaping.html(content)).append("</text>\n");
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(Escaping.htmlAttribute(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
