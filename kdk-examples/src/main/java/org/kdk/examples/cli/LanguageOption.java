package org.kdk.examples.cli;

import org.kdk.core.i18n.Language;
import picocli.CommandLine.Option;

/** {@code --lang tr|en}: the language of printed text, Turkish by default. */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "tr|en", defaultValue = "tr",
      description = "Language of the output: tr (default) or en.")
  Language language;
}
