package org.kdk.core.administration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * İller kataloğu — the built-in catalogue of Türkiye's 81 provinces: code, plate, name, NUTS-2 region,
 * development agency, metropolitan status and programme phases.
 *
 * <p>Loaded once from the bundled {@code provinces.csv}. Thread-safe.
 */
public final class Provinces {
  private static final Pattern CODE = Pattern.compile("TR-(0[1-9]|[1-7][0-9]|8[01])");
  private static final List<Province> ALL = load();
  private static final Map<String, Province> BY_CODE = ALL.stream()
      .collect(Collectors.toUnmodifiableMap(Province::getCode, p -> p));
  private static final Map<String, Province> BY_FOLDED_NAME = ALL.stream()
      .collect(Collectors.toUnmodifiableMap(p -> fold(p.getName()), p -> p));

  private Provinces() {}

  /** All 81 provinces in plate order. */
  public static List<Province> all() {
    return ALL;
  }

  /**
   * The province with ISO 3166-2 code {@code code}, such as {@code TR-47}.
   *
   * @throws NoSuchElementException if no province has that code
   */
  public static Province of(String code) {
    Objects.requireNonNull(code, "code");
    Province province = BY_CODE.get(code);
    if (province == null) {
      throw new NoSuchElementException("no province has the code " + code + "; codes run from TR-01 to TR-81");
    }
    return province;
  }

  /** The province with ISO 3166-2 code {@code code}, if there is one. */
  public static Optional<Province> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The province with plate code {@code plate}.
   *
   * @throws NoSuchElementException if the plate is not 1 to 81
   */
  public static Province ofPlate(int plate) {
    if (plate < 1 || plate > ALL.size()) {
      throw new NoSuchElementException("plate codes run from 1 to 81: " + plate);
    }
    return ALL.get(plate - 1);
  }

  /**
   * The province named {@code name}, ignoring case and Turkish letters, so that {@code izmir}, {@code İZMİR} and
   * {@code IZMIR} all find İzmir under any default locale.
   */
  public static Optional<Province> findByName(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(BY_FOLDED_NAME.get(fold(name)));
  }

  /** Whether {@code code} is the exact code of a province. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** The provinces that took part in programme phase {@code phase} (1 or 2), in plate order. */
  public static List<Province> ofPhase(int phase) {
    return ALL.stream().filter(p -> p.tookPartInPhase(phase)).collect(Collectors.toUnmodifiableList());
  }

  /** The 30 metropolitan provinces of today, in plate order. */
  public static List<Province> metropolitan() {
    return ALL.stream().filter(Province::isMetropolitan).collect(Collectors.toUnmodifiableList());
  }

  // Folds case and the Turkish letters to ASCII so lookups do not depend on the default locale.
  static String fold(String text) {
    String s = text.strip()
        .replace('İ', 'i').replace('I', 'i').replace('ı', 'i')
        .replace('Ş', 's').replace('ş', 's').replace('Ğ', 'g').replace('ğ', 'g')
        .replace('Ç', 'c').replace('ç', 'c').replace('Ö', 'o').replace('ö', 'o')
        .replace('Ü', 'u').replace('ü', 'u').replace('Â', 'a').replace('â', 'a');
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT);
  }

  private static List<Province> load() {
    try (InputStream in = Provinces.class.getResourceAsStream("provinces.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/kdk/core/administration/provinces.csv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = parseCsvLine(reader.readLine());
      Map<String, Integer> column = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        column.put(header.get(i), i);
      }
      List<Province> provinces = new ArrayList<>(81);
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = parseCsvLine(line);
        int plate = Integer.parseInt(cells.get(column.get("plate")));
        Set<Integer> phases = new LinkedHashSet<>();
        for (String phase : cells.get(column.get("kdk_phase")).split(",")) {
          if (!phase.isBlank()) {
            phases.add(Integer.parseInt(phase.strip()));
          }
        }
        provinces.add(Province.builder()
            .code(String.format(Locale.ROOT, "TR-%02d", plate))
            .plate(plate)
            .name(cells.get(column.get("name")))
            .nuts2(cells.get(column.get("nuts2")))
            .developmentAgency(cells.get(column.get("development_agency")))
            .metropolitanStatus(MetropolitanStatus.parseCatalogue(cells.get(column.get("metropolitan"))))
            .addAllKdkPhases(phases)
            .build());
      }
      Collections.sort(provinces);
      return Collections.unmodifiableList(provinces);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read provinces.csv", e);
    }
  }

  // The bundled file is RFC 4180 with quoted cells and no embedded line breaks.
  static List<String> parseCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
