package org.kdk.reporting.render;

import java.util.Objects;

/**
 * Kaçış — makes user text safe for the formats it is written into: HTML text and attribute values, CSV cells
 * (formula neutralisation against CSV injection) and Markdown table cells.
 *
 * <p>Names and titles come from datasets anyone may write, so every text a renderer prints goes through one of
 * these methods. Stateless and thread-safe; methods reject {@code null}.
 */
public final class Escaping {
  private Escaping() {}

  /**
   * Text for an HTML element's content: {@code & < > " '} become character references, and control characters
   * other than tab, line feed and carriage return (which HTML forbids) are dropped.
   */
  public static String html(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = isForbiddenControl(c) ? "" : null;
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Text for a double- or single-quoted HTML attribute value: as {@link #html(String)}, and line breaks and tabs
   * become character references so that the value stays on one line. Never put the result in an unquoted
   * attribute, an event handler, a {@code style} or a URL attribute.
   */
  public static String htmlAttribute(String text) {
    String escaped = html(text);
    if (escaped.indexOf('\n') < 0 && escaped.indexOf('\r') < 0 && escaped.indexOf('\t') < 0) {
      return escaped;
    }
    return escaped.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
  }

  /**
   * A text cell for a spreadsheet: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or
   * carriage return is prefixed with {@code '} so that Excel, LibreOffice and Google Sheets show it as text
   * instead of evaluating it as a formula (OWASP "CSV Injection"). Only for text: numbers are written as
   * numbers and never pass through here. Quoting is the CSV printer's job.
   */
  public static String csvText(String text) {
    Objects.requireNonNull(text, "text");
    return isFormulaStart(text) ? "'" + text : text;
  }

  /** Whether a spreadsheet would read {@code text} as a formula; see {@link #csvText(String)}. */
  public static boolean isFormulaStart(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Text for a Markdown table cell or a line of Markdown: backslash, {@code |} and the characters that start
   * emphasis, links, code or HTML ({@code * _ ` [ ] < > #}) are backslash-escaped, and line breaks become
   * spaces so the row stays one line.
   */
  public static String markdown(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
          out.append('\\').append(c);
          break;
        case '\r':
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(' ');
          break;
        case '\n':
        case '\t':
          out.append(' ');
          break;
        default:
          if (!isForbiddenControl(c)) {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  }
}
