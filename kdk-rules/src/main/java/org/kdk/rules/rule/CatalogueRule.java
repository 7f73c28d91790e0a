package org.kdk.rules.rule;

import java.util.List;
import java.util.Objects;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;

/**
 * Katalog kuralı — the base of the SDK's own rules: id, severity, basis and parameters given once, texts read from
 * the {@code Rules.properties} and {@code Rules_tr.properties} files of the rule's package under
 * {@code <id>.title}, {@code <id>.message} and {@code <id>.hint}.
 *
 * <p>Messages take {@code {0}}, {@code {1}}… for the offending values. Subclasses are stateless.
 */
public abstract class CatalogueRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Basis basis;
  private final List<RuleParameter> parameters;
  private final Texts texts;

  protected CatalogueRule(String id, Severity severity, Basis basis, RuleParameter... parameters) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.parameters = List.of(parameters);
    this.texts = Texts.of(getClass(), "Rules");
  }

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final Severity getDefaultSeverity() {
    return severity;
  }

  @Override
  public final Basis getBasis() {
    return basis;
  }

  @Override
  public final List<RuleParameter> getParameters() {
    return parameters;
  }

  @Override
  public final LocalizedText getTitle() {
    return text("title");
  }

  /**
   * The rule's text {@code <id>.<part>} in both languages, with the arguments filled in: a {@link LocalizedText}
   * argument and the label of a {@link Labelled} code are written in each text's own language, any other argument
   * as it is.
   */
  protected final LocalizedText text(String part, Object... arguments) {
    return phrase(id + "." + part, arguments);
  }

  /** Any text {@code key} of the package's rule files in both languages, the arguments filled in as by {@link #text}. */
  protected final LocalizedText phrase(String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    return LocalizedText.of(texts.format(key, Language.TR, resolve(arguments, Language.TR)),
        texts.format(key, Language.EN, resolve(arguments, Language.EN)));
  }

  private static Object[] resolve(Object[] arguments, Language language) {
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      if (argument instanceof LocalizedText) {
        resolved[i] = ((LocalizedText) argument).get(language);
      } else if (argument instanceof Labelled) {
        resolved[i] = ((Labelled) argument).getDisplayName(language);
      } else {
        resolved[i] = argument;
      }
    }
    return resolved;
  }

  /** Reports a finding at {@code path} with the rule's message filled with {@code arguments} and its hint. */
  protected final void report(RuleContext context, String path, Object... arguments) {
    context.report(path, text("message", arguments), text("hint", arguments));
  }

  /**
   * Reports a finding of one of the rule's cases: message {@code <id>.message.<variant>}, and hint
   * {@code <id>.hint.<variant>} where the files have one, else the rule's hint.
   */
  protected final void reportCase(RuleContext context, String path, String variant, Object... arguments) {
    Objects.requireNonNull(variant, "variant");
    String hintKey = texts.has(id + ".hint." + variant, Language.EN) ? "hint." + variant : "hint";
    context.report(path, text("message." + variant, arguments), text(hintKey, arguments));
  }

  /**
   * Whether both language files hold the title, message and hint, and every other text of the rule
   * ({@code <id>.…}) exists in both; the catalogue's completeness test asks this.
   */
  public final boolean hasCompleteTexts() {
    for (String part : new String[] {"title", "message", "hint"}) {
      for (Language language : Language.values()) {
        if (!texts.has(id + "." + part, language)) {
          return false;
        }
      }
    }
    String prefix = id + ".";
    java.util.Set<String> english = new java.util.TreeSet<>();
    java.util.Set<String> turkish = new java.util.TreeSet<>();
    texts.keys(Language.EN).stream().filter(k -> k.startsWith(prefix)).forEach(english::add);
    texts.keys(Language.TR).stream().filter(k -> k.startsWith(prefix)).forEach(turkish::add);
    return english.equals(turkish);
  }

  @Override
  public String toString() {
    return id + " " + getTitle().get(Language.EN);
  }
}
