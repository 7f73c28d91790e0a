package org.kdk.core.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test helper: the huge documents of the corpus, made at run time instead of committed — nesting 100,000 levels
 * deep, texts and property names of tens of megabytes, numbers of 100,000 digits, a million nulls. Each is listed
 * in {@code expected.tsv} under its name ({@code huge-…}) with the error it must give.
 */
public final class HostileDocuments {
  /** The name of every generated document starts with this. */
  public static final String PREFIX = "huge-";

  private static final String HEAD = "{\"format\":\"kdk-dataset\",\"version\":1,";
  private static final int DEEP = 100_000;
  private static final int MB = 1 << 20;
  private static final String MUNICIPALITY = "{\"id\":\"m%d\",\"name\":\"Belediye %d\",\"type\":\"TOWN\","
      + "\"provinceCode\":\"TR-47\",\"population\":%d}";

  private static final Map<String, Supplier<byte[]>> DOCUMENTS = Map.ofEntries(
      Map.entry("huge-nesting-arrays-at-root.json", () -> text(repeat("[", DEEP), repeat("]", DEEP))),
      Map.entry("huge-nesting-arrays-unclosed.json", () -> text(repeat("[", DEEP))),
      Map.entry("huge-nesting-objects-in-title.json",
          () -> text(HEAD, "\"title\":", repeat("{\"a\":", DEEP), "1", repeat("}", DEEP), "}")),
      Map.entry("huge-nesting-arrays-in-plans.json",
          () -> text(HEAD, "\"plans\":", repeat("[", DEEP), repeat("]", DEEP), "}")),
      Map.entry("huge-nesting-in-unknown-property.json",
          () -> text(HEAD, "\"extra\":", repeat("[{\"a\":", DEEP), "1", repeat("}]", DEEP), "}")),
      Map.entry("huge-text-20mb-title.json", () -> text(HEAD, "\"title\":\"", repeat("Kadın ", 20 * MB / 7), "\"}")),
      Map.entry("huge-text-40mb-of-escapes.json",
          () -> text(HEAD, "\"description\":\"", repeat("\\u0131", 40 * MB / 6), "\"}")),
      Map.entry("huge-text-30mb-unterminated.json", () -> text(HEAD, "\"title\":\"", repeat("ş", 15 * MB))),
      Map.entry("huge-property-name-20mb.json", () -> text(HEAD, "\"", repeat("başlık", 20 * MB / 8), "\":1}")),
      Map.entry("huge-code-999999-characters.json", () -> text(HEAD, "\"plans\":[{\"id\":\"p\",\"kind\":\"",
          repeat("D", 999_999), "\"}]}")),
      Map.entry("huge-id-999999-characters.json", () -> text(HEAD, "\"institutions\":[{\"id\":\"",
          repeat("a", 999_999), "\",\"name\":\"Valilik\",\"kind\":\"GOVERNORSHIP\"}]}")),
      Map.entry("huge-number-100000-digits.json", () -> text(HEAD, "\"municipalities\":[{\"id\":\"m\","
          + "\"name\":\"M\",\"type\":\"TOWN\",\"provinceCode\":\"TR-47\",\"population\":", repeat("9", DEEP), "}]}")),
      Map.entry("huge-number-100000-fraction-digits.json", () -> text(HEAD, "\"plans\":[{\"id\":\"p\","
          + "\"totalBudget\":{\"amount\":0.", repeat("0", DEEP), "1,\"currency\":\"TRY\"}}]}")),
      Map.entry("huge-number-100000-exponent-digits.json", () -> text(HEAD, "\"plans\":[{\"id\":\"p\","
          + "\"totalBudget\":{\"amount\":1e", repeat("9", DEEP), ",\"currency\":\"TRY\"}}]}")),
      Map.entry("huge-whitespace-30mb.json", () -> text(repeat(" \n\t\r", 30 * MB / 4))),
      Map.entry("huge-million-nulls.json",
          () -> text(HEAD, "\"institutions\":[null", repeat(",null", 999_999), "]}")),
      Map.entry("huge-100000-municipalities-then-a-negative-population.json",
          HostileDocuments::municipalitiesThenNegativePopulation));

  private HostileDocuments() {}

  /** The bytes of the generated document {@code name}. */
  public static byte[] generate(String name) {
    Supplier<byte[]> document = DOCUMENTS.get(name);
    if (document == null) {
      throw new IllegalArgumentException("no generated document " + name + "; known: " + DOCUMENTS.keySet());
    }
    return document.get();
  }

  /** Whether {@code name} is a generated document. */
  public static boolean isKnown(String name) {
    return DOCUMENTS.containsKey(name);
  }

  private static byte[] municipalitiesThenNegativePopulation() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(12 * MB);
    out.writeBytes((HEAD + "\"municipalities\":[").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i <= 100_000; i++) {
      String one = String.format(Locale.ROOT, MUNICIPALITY, i, i, i < 100_000 ? 1000 + i : -1);
      out.writeBytes(((i == 0 ? "" : ",") + one).getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The parts, each a {@code String} or a {@link Repeat}, as UTF-8 in one array of the exact size. */
  private static byte[] text(Object... parts) {
    byte[][] units = new byte[parts.length][];
    long size = 0;
    for (int i = 0; i < parts.length; i++) {
      Repeat repeat = parts[i] instanceof Repeat ? (Repeat) parts[i] : new Repeat((String) parts[i], 1);
      units[i] = repeat.unit.getBytes(StandardCharsets.UTF_8);
      size += (long) units[i].length * repeat.times;
    }
    byte[] all = new byte[Math.toIntExact(size)];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      int times = parts[i] instanceof Repeat ? ((Repeat) parts[i]).times : 1;
      for (int k = 0; k < times; k++, at += units[i].length) {
        System.arraycopy(units[i], 0, all, at, units[i].length);
      }
    }
    return all;
  }

  private static Repeat repeat(String unit, int times) {
    return new Repeat(unit, times);
  }

  /** A unit of text written {@code times} times, without building the repeated text as a string. */
  private record Repeat(String unit, int times) {}
}
