package org.kdk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code and every message of kdk-core exists in Turkish and in English. */
class TextsCompletenessTest {
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path RESOURCES = Path.of("src/main/resources");

  static List<Class<?>> labelledEnums() throws IOException {
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, TextsCompletenessTest.class.getClassLoader());
          if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            enums.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    return enums;
  }

  @Test
  void every_labelled_code_has_a_turkish_and_an_english_label_of_its_own() throws IOException {
    List<Class<?>> enums = labelledEnums();
    assertThat(enums).hasSizeGreaterThan(30);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : enums) {
      Texts texts = Texts.of(type, "Labels");
      for (Object constant : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
        for (Language language : Language.values()) {
          if (!texts.has(key, language)) {
            missing.add(type.getName() + " " + key + " " + language);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void turkish_and_english_labels_differ_where_the_words_differ() throws IOException {
    Texts plan = Texts.of(org.kdk.core.plan.Theme.class, "Labels");
    assertThat(plan.get("Theme.EMPLOYMENT", Language.TR)).isEqualTo("İstihdam");
    assertThat(plan.get("Theme.EMPLOYMENT", Language.EN)).isEqualTo("Employment");
  }

  @Test
  void every_message_file_has_the_same_keys_in_both_languages() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path english : files.filter(f -> f.toString().endsWith(".properties"))
          .filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}\\.properties")).collect(Collectors.toList())) {
        Path turkish = english.resolveSibling(english.getFileName().toString().replace(".properties", "_tr.properties"));
        if (!Files.exists(turkish)) {
          problems.add("no Turkish file for " + english);
          continue;
        }
        List<String> en = keys(english);
        List<String> tr = keys(turkish);
        if (!en.equals(tr)) {
          problems.add(english + ": only English " + minus(en, tr) + ", only Turkish " + minus(tr, en));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void the_english_contributor_messages_are_repeated_in_an_en_file_so_a_turkish_default_locale_cannot_win()
      throws IOException {
    assertThat(keys(RESOURCES.resolve("ContributorValidationMessages_en.properties")))
        .isEqualTo(keys(RESOURCES.resolve("ContributorValidationMessages.properties")));
    assertThat(Files.readString(RESOURCES.resolve("ContributorValidationMessages_en.properties")))
        .isEqualTo(Files.readString(RESOURCES.resolve("ContributorValidationMessages.properties")));
  }

  @Test
  void answers_in_english_for_english_even_under_a_turkish_default_locale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(org.kdk.core.plan.Theme.EMPLOYMENT.getDisplayName(java.util.Locale.ENGLISH)).isEqualTo("Employment");
      assertThat(org.kdk.core.plan.Theme.EMPLOYMENT.getDisplayName(java.util.Locale.GERMAN)).isEqualTo("Employment");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  private static List<String> keys(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames().stream().sorted().collect(Collectors.toList());
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toList());
  }
}
