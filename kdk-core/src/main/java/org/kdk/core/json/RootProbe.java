package org.kdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException.Problem;

/**
 * Explains a failed dataset read by its root when the root says it is not a KDK document of this version.
 *
 * <p>A document of another format or a later version usually fails first on a property this version does not
 * know; telling the user "unknown property" would send them to fix the wrong thing. Only on failure, the root's
 * {@code format} and {@code version} are read again with a streaming parser that skips everything else.
 */
final class RootProbe {
  @FunctionalInterface
  interface Opener {
    JsonParser open() throws IOException;
  }

  private RootProbe() {}

  static InvalidDocumentException explain(InvalidDocumentException failure, Opener opener) {
    if (failure.getProblem() == Problem.UNKNOWN_FORMAT || failure.getProblem() == Problem.UNSUPPORTED_VERSION
        || failure.getProblem() == Problem.MALFORMED_JSON || failure.getProblem() == Problem.LIMIT_EXCEEDED
        || failure.getProblem() == Problem.DUPLICATE_PROPERTY || failure.getProblem() == Problem.UNREADABLE) {
      return failure;
    }
    String source = failure.getSource().orElse(null);
    try (JsonParser parser = opener.open()) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return failure;
      }
      String format = null;
      boolean hasFormat = false;
      String version = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("format".equals(name)) {
          hasFormat = value != JsonToken.VALUE_NULL;
          format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
        } else if ("version".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
          version = parser.getText();
        }
        parser.skipChildren();
      }
      if (!Dataset.FORMAT.equals(format)) {
        return new InvalidDocumentException(Problem.UNKNOWN_FORMAT, "format", 0, 0,
            (format != null ? "the root says \"format\": \"" + JsonFailures.shorten(format) + "\""
                : hasFormat ? "the root's \"format\" is not a text" : "the root has no \"format\"")
                + "; a KDK dataset has \"format\": \"" + Dataset.FORMAT + "\"", source, failure);
      }
      if (version != null && !version.equals(String.valueOf(Dataset.CURRENT_VERSION))) {
        return new InvalidDocumentException(Problem.UNSUPPORTED_VERSION, "version", 0, 0,
            "the document has format version " + version + "; this library reads version "
                + Dataset.CURRENT_VERSION + " only", source, failure);
      }
      return failure;
    } catch (IOException | RuntimeException e) {
      // The probe only explains; if it cannot read the root either, the first failure stands.
      return failure;
    }
  }
}
