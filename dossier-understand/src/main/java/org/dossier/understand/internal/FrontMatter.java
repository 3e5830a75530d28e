package org.dossier.understand.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.DocumentRecord.Warning;

/**
 * A leading front-matter block ({@code ---} lines around {@code key: value} lines, as static-site
 * tools and extraction pipelines prepend) is metadata about a file, not part of the document: it is
 * blanked out, keeping every later line at its position, and a warning says where it was.
 */
final class FrontMatter {
  /** Front matter longer than this is taken for text that happens to start with a rule. */
  private static final int MAX_LINES = 60;

  private static final Pattern FENCE = Pattern.compile("---[ \\t]*");
  private static final Pattern ENTRY =
      Pattern.compile("[ \\t]*(?:[\\w.-]+[ \\t]*:(?:[ \\t].*)?|-[ \\t].*|#.*)?");

  private FrontMatter() {}

  /** The text with a leading front-matter block replaced by as many empty lines. */
  static String skip(String text, List<Warning> warnings) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int firstEnd = text.indexOf('\n', start);
    if (firstEnd < 0 || !FENCE.matcher(strip(text, start, firstEnd)).matches()) {
      return text;
    }
    int lineStart = firstEnd + 1;
    for (int line = 2; line <= MAX_LINES + 1; line++) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        return text;
      }
      String content = strip(text, lineStart, lineEnd);
      if (FENCE.matcher(content).matches()) {
        if (line == 2) {
          return text; // "---" twice: a rule, not metadata.
        }
        warnings.add(
            new Warning(
                1,
                1,
                "frontmatter.skipped",
                "front matter (lines 1-"
                    + line
                    + ", between '---' lines) skipped: not part of"
                    + " the document"));
        return "\n".repeat(line) + text.substring(lineEnd + 1);
      }
      if (!ENTRY.matcher(content).matches()) {
        return text;
      }
      lineStart = lineEnd + 1;
    }
    return text;
  }

  private static String strip(String text, int from, int to) {
    return text.substring(from, to > from && text.charAt(to - 1) == '\r' ? to - 1 : to);
  }
}
