package org.kdk.core.json;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

/**
 * Geçersiz belge — the one exception for a document that cannot be read: malformed JSON, a wrong type, an
 * unknown property or code, a missing required property, a broken invariant, an unsupported format version, or
 * a document beyond the read limits.
 *
 * <p>It says what is wrong ({@link #getProblem()}, {@link #getDetail()}), where ({@link #getPath()} in the
 * notation {@code plans[0].actions[3].budget}, and {@link #getLine()}/{@link #getColumn()} in the text), and
 * can say it in Turkish or English. When it is thrown nothing has been built: no part of the document escapes.
 *
 * <p>The message is always one line of bounded length, whatever the document holds: control, format and
 * separator characters from the document (a line break, a zero-width space, a right-to-left override) are shown
 * as {@code &#92;uXXXX}, and the path and the detail are cut at {@value #MAX_PATH} and {@value #MAX_DETAIL}
 * characters. The detail never names Jackson's classes or repeats the source text.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Sorun — what kind of problem made the document unreadable. */
  public enum Problem implements Labelled {
    /** The text is not well-formed JSON, or ends too early. */
    MALFORMED_JSON,
    /** A value has the wrong JSON type, such as text where a number belongs. */
    WRONG_TYPE,
    /** A property the format does not define (strict mode). */
    UNKNOWN_PROPERTY,
    /** The same property twice in one object. */
    DUPLICATE_PROPERTY,
    /** A required property is missing or null. */
    MISSING_PROPERTY,
    /** A code that is not one of the allowed codes. */
    UNKNOWN_CODE,
    /** A value of the right type that is not valid, such as 2013-02-30. */
    INVALID_VALUE,
    /** Values that break a rule of the model, such as an end before a start. */
    BROKEN_INVARIANT,
    /** The root is not a document of this format. */
    UNKNOWN_FORMAT,
    /** The document's format version is not one this library reads. */
    UNSUPPORTED_VERSION,
    /** The document exceeds a read limit (size, nesting, length of a text or number). */
    LIMIT_EXCEEDED,
    /** The document could not be read from its source. */
    UNREADABLE
  }

  private static final Texts TEXTS = Texts.of(InvalidDocumentException.class, "Messages");
  private static final int MAX_PATH = 300;
  private static final int MAX_DETAIL = 600;

  private final Problem problem;
  private final String path;
  private final int line;
  private final int column;
  private final String detail;
  private final String source;

  InvalidDocumentException(
      Problem problem, String path, int line, int column, String detail, String source, Throwable cause) {
    super(compose(Language.EN, problem, visible(path, MAX_PATH), line, column, visible(detail, MAX_DETAIL), source),
        cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.path = visible(Objects.requireNonNull(path, "path"), MAX_PATH);
    this.line = line;
    this.column = column;
    this.detail = visible(Objects.requireNonNull(detail, "detail"), MAX_DETAIL);
    this.source = source;
  }

  /**
   * {@code text} on one line and at most {@code max} characters (and an ellipsis): invisible and line-breaking
   * characters written as {@code &#92;uXXXX}.
   */
  static String visible(String text, int max) {
    StringBuilder s = new StringBuilder(Math.min(text.length(), max) + 8);
    int i = 0;
    for (; i < text.length() && s.length() < max; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || !paired) {
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    if (i < text.length()) {
      if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
        s.setLength(s.length() - 1);
      }
      s.append('…');
    }
    return s.toString();
  }

  private static String compose(
      Language language, Problem problem, String path, int line, int column, String detail, String source) {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source).append(": ");
    }
    s.append(problem.getDisplayName(language));
    s.append(" ").append(TEXTS.get("at", language)).append(" ");
    s.append(path.isEmpty() ? TEXTS.get("root", language) : path);
    if (line > 0) {
      s.append(" (").append(TEXTS.format("location", language, line, column)).append(")");
    }
    s.append(": ").append(detail);
    return s.toString();
  }

  /** What kind of problem it is. */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Where in the document, as a path from the root such as {@code plans[0].actions[3].budget}; empty for the
   * root itself.
   */
  public String getPath() {
    return path;
  }

  /** The line in the text (from 1), or 0 when not known. */
  public int getLine() {
    return line;
  }

  /** The column in the line (from 1), or 0 when not known. */
  public int getColumn() {
    return column;
  }

  /** Why, in English, with the offending value where there is one. */
  public String getDetail() {
    return detail;
  }

  /** The file or stream name the document came from, when known. */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** The message with the problem's name in the language of {@code locale}; the detail stays in English. */
  public String getMessage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return compose(Language.of(locale), problem, path, line, column, detailIn(Language.of(locale)), source);
  }

  private String detailIn(Language language) {
    Throwable cause = getCause();
    if (cause instanceof org.kdk.core.value.InvariantViolationException) {
      return visible(((org.kdk.core.value.InvariantViolationException) cause).getReason(language.toLocale()),
          MAX_DETAIL);
    }
    return detail;
  }

  InvalidDocumentException withSource(String newSource) {
    InvalidDocumentException copy =
        new InvalidDocumentException(problem, path, line, column, detail, newSource, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
