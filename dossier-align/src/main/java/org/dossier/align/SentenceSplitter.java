package org.dossier.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into sentences for alignment: ICU's sentence boundaries, taught where UN
 * documents do not end a sentence. A boundary is undone after an abbreviation ({@code Distr.},
 * {@code Corr.}, {@code No.}, {@code para.}, {@code Art.}, and each language's own: {@code п.},
 * {@code párr.}, …) and after a segment that is only a paragraph number or list label ({@code 1.},
 * {@code (a)}, {@code IV.}, {@code (б)}); the label stays with the sentence it introduces.
 * Paragraphs (text separated by a line break) never share a sentence.
 *
 * <p>Instances are not thread-safe (ICU break iterators keep state); make one per thread.
 */
public final class SentenceSplitter {
  /** Abbreviations printed in every language version (mastheads and symbols keep them in Latin). */
  private static final Set<String> COMMON =
      Set.of("Distr.", "Corr.", "Add.", "Rev.", "Amend.", "Suppl.", "Sess.", "Vol.", "No.", "Nos.");

  private static final Set<String> ENGLISH =
      Set.of(
          "para.", "paras.", "Art.", "art.", "Arts.", "arts.", "Mr.", "Mrs.", "Ms.", "Dr.", "p.",
          "pp.", "vol.", "e.g.", "i.e.", "cf.", "Cf.", "approx.", "Ref.", "H.E.", "U.S.", "St.",
          "Prof.", "no.", "nos.", "annex.", "chap.", "sect.");
  private static final Set<String> FRENCH =
      Set.of(
          "M.", "MM.", "Mme.", "par.", "art.", "Art.", "p.", "pp.", "vol.", "cf.", "Cf.", "no.",
          "S.E.", "Dr.", "chap.", "env.", "éd.");
  private static final Set<String> SPANISH =
      Set.of(
          "Sr.", "Sra.", "Sres.", "Srta.", "párr.", "párrs.", "art.", "arts.", "Art.", "núm.",
          "núms.", "pág.", "págs.", "vol.", "cap.", "Excmo.", "Excma.", "p.", "pp.", "cf.", "Dr.",
          "Dra.", "aprox.", "etc.");
  private static final Set<String> RUSSIAN =
      Set.of(
          "п.", "пп.", "ст.", "г.", "гг.", "см.", "стр.", "т.", "тт.", "д.", "г-н.", "т.е.", "т.д.",
          "т.п.", "млн.", "млрд.", "тыс.", "рис.", "гл.", "разд.", "ч.", "прил.");

  /**
   * A segment that is only a paragraph number or list label: {@code 1.}, {@code 12.3}, {@code (a)},
   * {@code a)}, {@code IV.}, {@code (iii)}, {@code (б)}, {@code (أ)}, {@code （a）}, {@code 1．}.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "[(（]?(?:\\d{1,3}(?:[.．]\\d{1,3})*|[IVXLivxl]{1,6}|\\p{L})[.．)）]?[.．]?",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A list item after a full stop: ICU does not break before {@code (b)} or {@code б)}, since a
   * lower-case letter follows the stop.
   */
  private static final Pattern LIST_ITEM =
      Pattern.compile("(?<=\\.)\\s+(?=[(（]?(?:[a-zа-яё]|[ivx]{2,5})[)）]\\s)");

  private static final String OPENING_QUOTES = "“‘«„「『";

  private static final Pattern LAST_WORD = Pattern.compile("(?:^|[\\s(\\[«“\"])(\\S+)$");

  private final BreakIterator sentences;
  private final Set<String> abbreviations;

  private SentenceSplitter(ULocale locale, Set<String> abbreviations) {
    this.sentences = BreakIterator.getSentenceInstance(locale);
    this.abbreviations = abbreviations;
  }

  /**
   * A splitter for a language, given by its ISO 639-1 code ({@code "en"}); languages outside the
   * six get ICU's rules for that locale and the abbreviations common to all UN documents.
   */
  public static SentenceSplitter forLanguage(String code) {
    String language = code.strip().toLowerCase(Locale.ROOT);
    Set<String> own =
        switch (language) {
          case "en" -> ENGLISH;
          case "fr" -> FRENCH;
          case "es" -> SPANISH;
          case "ru" -> RUSSIAN;
          default -> Set.of();
        };
    java.util.HashSet<String> all = new java.util.HashSet<>(COMMON);
    all.addAll(own);
    return new SentenceSplitter(new ULocale(language), Set.copyOf(all));
  }

  /** The sentences of {@code text}, in order; lines are paragraphs, blank lines are skipped. */
  public List<Sentence> split(String text) {
    List<Sentence> result = new ArrayList<>();
    int paragraph = 0;
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      for (String sentence : splitParagraph(trimmed)) {
        result.add(new Sentence(sentence, paragraph));
      }
      paragraph++;
    }
    return result;
  }

  private List<String> splitParagraph(String paragraph) {
    sentences.setText(paragraph);
    List<String> result = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      pending.append(paragraph, start, end);
      String segment = pending.toString().strip();
      if (end < paragraph.length() && continuesAfter(segment)) {
        continue;
      }
      pending.setLength(0);
      // ICU counts a quotation mark after 。 or . as closing; an opening one starts the next
      // sentence.
      int cut = segment.length();
      while (cut > 0 && OPENING_QUOTES.indexOf(segment.charAt(cut - 1)) >= 0) {
        cut--;
      }
      if (cut > 0 && cut < segment.length() && end < paragraph.length()) {
        pending.append(segment, cut, segment.length());
        segment = segment.substring(0, cut).strip();
      }
      for (String item : LIST_ITEM.split(segment)) {
        if (!item.isBlank()) {
          result.add(item.strip());
        }
      }
    }
    return result;
  }

  /** Whether a boundary ICU found after {@code segment} is not the end of a sentence. */
  private boolean continuesAfter(String segment) {
    if (LABEL.matcher(segment).matches()) {
      return true;
    }
    Matcher last = LAST_WORD.matcher(segment);
    return last.find() && abbreviations.contains(last.group(1));
  }
}
