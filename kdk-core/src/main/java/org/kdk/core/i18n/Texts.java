package org.kdk.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metin demeti — a pair of UTF-8 property files beside a class: {@code Name.properties} (English) and
 * {@code Name_tr.properties} (Turkish).
 *
 * <p>Written instead of {@link java.util.ResourceBundle} on purpose: a bundle falls back to the JVM's default
 * locale before its base file, so under a Turkish default an English request would be answered in Turkish, and
 * {@code ResourceBundle.Control} is not available to named modules. Immutable and thread-safe; files are read
 * once per class loader and cached.
 */
public final class Texts {
  private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final Map<Language, Map<String, String>> byLanguage;

  private Texts(String name, Map<Language, Map<String, String>> byLanguage) {
    this.name = name;
    this.byLanguage = byLanguage;
  }

  /**
   * The texts named {@code baseName} in the package of {@code anchor}, for example {@code Texts.of(Theme.class,
   * "Labels")} reads {@code org/kdk/core/plan/Labels.properties} and {@code Labels_tr.properties}.
   *
   * @throws IllegalStateException if the English file is missing or unreadable (a packaging defect)
   */
  public static Texts of(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "baseName");
    String key = anchor.getPackageName() + "." + baseName + "@" + System.identityHashCode(anchor.getClassLoader());
    return CACHE.computeIfAbsent(key, k -> load(anchor, baseName));
  }

  private static Texts load(Class<?> anchor, String baseName) {
    Map<Language, Map<String, String>> all = new HashMap<>();
    Map<String, String> english = read(anchor, baseName + ".properties");
    if (english == null) {
      throw new IllegalStateException(
          "missing resource " + anchor.getPackageName().replace('.', '/') + "/" + baseName + ".properties");
    }
    Map<String, String> turkish = read(anchor, baseName + "_tr.properties");
    all.put(Language.EN, english);
    all.put(Language.TR, turkish == null ? Map.of() : turkish);
    return new Texts(anchor.getPackageName() + "." + baseName, Collections.unmodifiableMap(all));
  }

  private static Map<String, String> read(Class<?> anchor, String file) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> map = new HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        map.put(key, properties.getProperty(key));
      }
      return Collections.unmodifiableMap(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The text for {@code key} in {@code language}; a key missing from the Turkish file falls back to English.
   *
   * @throws java.util.MissingResourceException if not even the English file has the key
   */
  public String get(String key, Language language) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(language, "language");
    String text = byLanguage.get(language).get(key);
    if (text == null) {
      text = byLanguage.get(Language.EN).get(key);
    }
    if (text == null) {
      throw new java.util.MissingResourceException("no text " + key + " in " + name, name, key);
    }
    return text;
  }

  /** The text for {@code key} in the language of {@code locale}. */
  public String get(String key, Locale locale) {
    return get(key, Language.of(locale));
  }

  /**
   * The text with its {@code {0}}, {@code {1}}… placeholders replaced by the arguments' string forms.
   *
   * <p>Unlike {@link java.text.MessageFormat}, apostrophes are plain characters (Turkish writes
   * {@code Mardin'in}), and numbers are not regrouped by a locale.
   */
  public String format(String key, Language language, Object... arguments) {
    return substitute(get(key, language), arguments);
  }

  /** Whether {@code language}'s own file (without falling back) holds the key. */
  public boolean has(String key, Language language) {
    return byLanguage.get(language).containsKey(key);
  }

  /** The keys of {@code language}'s own file, sorted. */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(byLanguage.get(language).keySet()));
  }

  /** Replaces {@code {n}} with the n-th argument; placeholders without an argument are left as they are. */
  public static String substitute(String template, Object... arguments) {
    Objects.requireNonNull(template, "template");
    if (arguments == null || arguments.length == 0 || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close > i + 1 && close - i <= 4) {
          String digits = template.substring(i + 1, close);
          if (digits.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(digits);
            if (index < arguments.length) {
              out.append(arguments[index]);
              i = close + 1;
              continue;
            }
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
