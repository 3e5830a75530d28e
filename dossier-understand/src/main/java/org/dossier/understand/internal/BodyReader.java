package org.dossier.understand.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.DocumentRecord;

/**
 * Reads the body after the title: footnotes (marked {@code *}, {@code †}, superscript digits, or
 * numbered below a rule), annexes with their titles and languages, the "reproduced as received"
 * note in any language, and citations.
 */
final class BodyReader {
  private static final int ANNEX_SAMPLE = 8_000;
  private static final int LONGEST_NOTE = 400;
  private static final String[] ANNEX_WORDS = {"annex", "anexo", "приложение", "مرفق", "المرفق"};
  private static final String[] ANNEX_OPENINGS = {
    "annex to ",
    "annexe à ",
    "annexe de ",
    "anexo de ",
    "anexo a ",
    "anexo al ",
    "приложение к ",
    "مرفق ",
    "المرفق "
  };

  private BodyReader() {}

  /** An annex being read: where its heading is, its title once known, and its text so far. */
  private static final class OpenAnnex {
    String title;
    final StringBuilder text = new StringBuilder();
  }

  /**
   * Reads {@code body} into {@code record}; {@code citedAbove} is masthead text that cites as the
   * body does (the draft or report a resolution was adopted on), or null.
   */
  static void read(List<Block> body, String citedAbove, DocumentRecord.Builder record) {
    List<OpenAnnex> annexes = new ArrayList<>();
    OpenAnnex annex = null;
    boolean belowRule = false;
    boolean reproduced = false;
    int length = 0;
    for (Block block : body) {
      length += block.text().length() + 1;
    }
    // The title and the footnotes cite as the text does ("resolution 16/21" in a UPR report's
    // title, "A/76/50" in the footnote to a provisional agenda item).
    String title = record.build().title();
    StringBuilder citable = new StringBuilder(length + (title == null ? 0 : title.length() + 1));
    if (title != null) {
      citable.append(title).append('\n');
    }
    if (citedAbove != null) {
      citable.append(citedAbove).append('\n');
    }
    for (Block block : footnotesApart(body)) {
      String first = block.first().text().strip();
      if (isRule(first)) {
        belowRule = true;
        continue;
      }
      int mark = footnoteMark(first, belowRule);
      if (mark > 0) {
        String note = block.text().substring(Math.min(block.text().length(), mark)).strip();
        record.addFootnote(note);
        reproduced |= isReproducedAsReceived(note);
        citable.append(note).append('\n');
        continue;
      }
      belowRule = false;
      if (block.text().length() <= LONGEST_NOTE && isReproducedAsReceived(block.text())) {
        reproduced = true;
      }
      Heading heading = annexHeading(first);
      if (heading != Heading.NONE) {
        annex = new OpenAnnex();
        annexes.add(annex);
        if (heading == Heading.TITLED) {
          annex.title = block.text();
        } else if (block.lines().size() > 1) {
          annex.title = restOfBlock(block);
        }
        annex.text.append(block.text()).append('\n');
        citable.append(block.text()).append('\n');
        continue;
      }
      if (annex != null) {
        if (annex.title == null && !isBracketed(block.text())) {
          annex.title = block.text();
        }
        if (annex.text.length() < ANNEX_SAMPLE) {
          annex.text.append(block.text()).append('\n');
        }
      }
      citable.append(block.text()).append('\n');
    }
    for (OpenAnnex open : annexes) {
      record.addAnnex(
          new DocumentRecord.Annex(open.title, LanguageGuesser.guess(open.text), reproduced));
    }
    DocumentRecord sofar = record.build();
    List<String> own = new ArrayList<>();
    for (String symbol : sofar.symbols()) {
      own.add(symbol.endsWith("*") ? symbol.substring(0, symbol.length() - 1) : symbol);
    }
    String issuingBody = sofar.body() != null ? sofar.body() : sofar.organ();
    for (DocumentRecord.Citation citation : Citations.find(citable.toString(), own, issuingBody)) {
      record.addCitation(citation);
    }
  }

  /**
   * The blocks with rules and footnotes split off into blocks of their own: a footnote often
   * follows the rule, or another footnote, without a blank line.
   */
  private static List<Block> footnotesApart(List<Block> body) {
    List<Block> split = new ArrayList<>(body.size() + 8);
    boolean belowRule = false;
    for (Block block : body) {
      List<Line> lines = block.lines();
      String first = lines.getFirst().text().strip();
      if (!isRule(first) && footnoteMark(first, belowRule) == 0) {
        belowRule = false;
      }
      int from = 0;
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).text().strip();
        if (isRule(text)) {
          if (i > from) {
            split.add(Block.of(lines.subList(from, i)));
          }
          split.add(Block.of(lines.subList(i, i + 1)));
          belowRule = true;
          from = i + 1;
        } else if (i > from && footnoteMark(text, belowRule) > 0) {
          split.add(Block.of(lines.subList(from, i)));
          from = i;
        }
      }
      if (from == 0) {
        split.add(block);
      } else if (from < lines.size()) {
        split.add(Block.of(lines.subList(from, lines.size())));
      }
    }
    return split;
  }

  private enum Heading {
    NONE,
    BARE,
    TITLED
  }

  /** A cheap test, without the conventions: does the line open like an annex heading? */
  static boolean startsAnnex(String line) {
    if (line.length() > 400) {
      return false;
    }
    for (String opening : ANNEX_WORDS) {
      if (line.regionMatches(true, 0, opening, 0, opening.length())) {
        return true;
      }
    }
    return line.endsWith("的附件") || line.startsWith("附件");
  }

  private static Heading annexHeading(String line) {
    if (!startsAnnex(line)) {
      return Heading.NONE;
    }
    if (line.length() <= 30) {
      for (LanguageConventions conventions : Conventions.ALL) {
        if (conventions.parseAnnexHeading(line).isPresent()) {
          return Heading.BARE;
        }
      }
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String opening : ANNEX_OPENINGS) {
      if (lower.startsWith(opening)) {
        return Heading.TITLED;
      }
    }
    return line.endsWith("的附件") ? Heading.TITLED : Heading.NONE;
  }

  private static String restOfBlock(Block block) {
    List<Line> rest = block.lines().subList(1, block.lines().size());
    List<Line> kept = new ArrayList<>(rest.size());
    for (Line line : rest) {
      if (!isBracketed(line.text().strip())) {
        kept.add(line);
      }
    }
    return kept.isEmpty() ? null : Block.of(kept).text();
  }

  private static boolean isReproducedAsReceived(String text) {
    // The conventions' full test is costly; one of the note's key words must be there first
    // ("reproduced as received", or "circulated in the language of submission only").
    if (text.indexOf("eprodu") < 0
        && text.indexOf("ubmission") < 0
        && text.indexOf("оспроизвод") < 0
        && text.indexOf("распростран") < 0
        && text.indexOf("كما ورد") < 0
        && text.indexOf("باللغة التي") < 0
        && text.indexOf("原样") < 0
        && text.indexOf("原文") < 0) {
      return false;
    }
    for (LanguageConventions conventions : Conventions.ALL) {
      if (conventions.isReproducedAsReceivedNote(text)) {
        return true;
      }
    }
    return false;
  }

  /** "[Original: English]", "[English only]" and the like: notes about the annex, not titles. */
  private static boolean isBracketed(String text) {
    String stripped = text.strip();
    return stripped.startsWith("[") && stripped.endsWith("]");
  }

  private static boolean isRule(String text) {
    // Three is Markdown's thematic break ("---"), which reflowed documents put above footnotes.
    if (text.length() < 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_' && c != '—' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Length of the footnote mark opening {@code text}, or 0 when it is no footnote. Stars, daggers
   * and superscript digits mark footnotes anywhere; plain numbers only below a rule.
   */
  static int footnoteMark(String text, boolean belowRule) {
    int i = 0;
    while (i < text.length() && i < 3 && isMark(text.charAt(i))) {
      i++;
    }
    if (i == 0 && belowRule) {
      while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    if (i == 0 || i >= text.length() || !Texts.isSpace(text.charAt(i))) {
      return 0;
    }
    return i;
  }

  private static boolean isMark(char c) {
    return c == '*' || c == '†' || c == '‡' || "¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(c) >= 0;
  }
}
