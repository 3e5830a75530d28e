package org.dossier.understand.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Language;

/**
 * Tells which official language a text is written in: the script decides Arabic, Chinese and
 * Russian; among the Latin-script languages the most frequent function words decide. Reads at most
 * a sample of the text, so it costs the same on any document size.
 */
public final class LanguageGuesser {
  private static final int SAMPLE = 8_000;

  /**
   * The function words, each packed into an int by {@link #key} and sorted, with their languages in
   * the same order: words are looked up for every short word of the sample, without a String each.
   */
  private static final int[] FUNCTION_WORDS;

  private static final Language[] FUNCTION_WORD_LANGUAGES;

  static {
    Map<Integer, Language> words = new TreeMap<>();
    for (String word :
        new String[] {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by"}) {
      words.put(key(word, 0, word.length()), Language.EN);
    }
    // "la", "de", "que" are shared by French and Spanish and decide nothing.
    for (String word :
        new String[] {"le", "les", "des", "du", "et", "est", "une", "dans", "aux", "au", "par"}) {
      words.put(key(word, 0, word.length()), Language.FR);
    }
    for (String word :
        new String[] {"el", "los", "las", "del", "y", "por", "con", "una", "para", "al", "se"}) {
      words.put(key(word, 0, word.length()), Language.ES);
    }
    FUNCTION_WORDS = words.keySet().stream().mapToInt(Integer::intValue).toArray();
    FUNCTION_WORD_LANGUAGES = words.values().toArray(Language[]::new);
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
    int key = key(text, start, end);
    int at = key < 0 ? -1 : Arrays.binarySearch(FUNCTION_WORDS, key);
    if (at >= 0) {
      words[FUNCTION_WORD_LANGUAGES[at].ordinal()]++;
    }
  }

  /**
   * A word of at most four ASCII letters packed into an int, in lower case, one byte a letter; -1
   * for a word with any other character (no function word has one).
   */
  private static int key(CharSequence text, int start, int end) {
    int key = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c < 'a' || c > 'z') {
        return -1;
      }
      key = key << 8 | c;
    }
    return key;
  }
}
