package org.dossier.understand.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Language;

/**
 * Tells which official language a text is written in: the script decides Arabic, Chinese and
 * Russian; among the Latin-script languages the most frequent function words decide. Reads at most
 * a sample of the text, so it costs the same on any document size.
 */
public final class LanguageGuesser {
  private static final int SAMPLE = 8_000;
  private static final Map<String, Language> FUNCTION_WORDS = new HashMap<>();

  static {
    for (String word :
        new String[] {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by"}) {
      FUNCTION_WORDS.put(word, Language.EN);
    }
    // "la", "de", "que" are shared by French and Spanish and decide nothing.
    for (String word :
        new String[] {"le", "les", "des", "du", "et", "est", "une", "dans", "aux", "au", "par"}) {
      FUNCTION_WORDS.put(word, Language.FR);
    }
    for (String word :
        new String[] {"el", "los", "las", "del", "y", "por", "con", "una", "para", "al", "se"}) {
      FUNCTION_WORDS.put(word, Language.ES);
    }
  }

  private LanguageGuesser() {}

  /** The language of {@code text}, or null if it has too few letters to tell. */
  public static Language guess(CharSequence text) {
    int limit = Math.min(text.length(), SAMPLE);
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int han = 0;
    int[] words = new int[Language.values().length];
    int wordStart = -1;
    for (int i = 0; i <= limit; i++) {
      char c = i < limit ? text.charAt(i) : ' ';
      boolean latinLetter = c < 0x250 && Character.isLetter(c);
      if (latinLetter) {
        latin++;
        if (wordStart < 0) {
          wordStart = i;
        }
        continue;
      }
      if (wordStart >= 0) {
        countWord(text, wordStart, i, words);
        wordStart = -1;
      }
      if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic++;
      } else if (c >= 0x0600 && c <= 0x06FF) {
        arabic++;
      } else if (c >= 0x4E00 && c <= 0x9FFF) {
        han++;
      }
    }
    // Han characters carry a word each: weigh them as three letters.
    int max = Math.max(Math.max(latin, cyrillic), Math.max(arabic, han * 3));
    if (max < 3) {
      return null;
    }
    if (max == han * 3) {
      return Language.ZH;
    }
    if (max == cyrillic) {
      return Language.RU;
    }
    if (max == arabic) {
      return Language.AR;
    }
    Language best = Language.EN;
    for (Language language : new Language[] {Language.FR, Language.ES}) {
      if (words[language.ordinal()] > words[best.ordinal()]) {
        best = language;
      }
    }
    return best;
  }

  private static void countWord(CharSequence text, int start, int end, int[] words) {
    if (end - start > 4) {
      return;
    }
    Language language =
        FUNCTION_WORDS.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    if (language != null) {
      words[language.ordinal()]++;
    }
  }
}
