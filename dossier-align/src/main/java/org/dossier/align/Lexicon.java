package org.dossier.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bilingual lexicon learnt from aligned text: each source word with its most likely translation.
 * The aligner learns one from every document it aligns; one learnt from a collection's aligned
 * sentences or paragraphs ({@link #learn}) helps with the words a single document uses too rarely.
 * Immutable.
 */
public final class Lexicon {
  /** No entries. */
  public static final Lexicon EMPTY = new Lexicon(Map.of());

  /** Pairs seen together fewer times than this are chance. */
  private static final int MINIMUM_TOGETHER = 2;

  /** The lowest Dice coefficient of a pair kept. */
  private static final double MINIMUM_DICE = 0.5;

  private final Map<String, String> translations;

  private Lexicon(Map<String, String> translations) {
    this.translations = Map.copyOf(translations);
  }

  /**
   * Learns from aligned segments: {@code source.get(k)} translates {@code target.get(k)}. A source
   * word's translation is the target word with the highest Dice coefficient over the segments, seen
   * with it at least twice, where that coefficient reaches one half. Words found in more than a
   * third of the segments (articles, prepositions) tell segments apart too little to be learnt.
   */
  public static Lexicon learn(
      String sourceLanguage, String targetLanguage, List<String> source, List<String> target) {
    if (source.size() != target.size()) {
      throw new IllegalArgumentException(
          source.size() + " source segments but " + target.size() + " target segments");
    }
    Tokens sourceTokens = new Tokens(sourceLanguage);
    Tokens targetTokens = new Tokens(targetLanguage);
    List<List<String>> sourceWords = new ArrayList<>();
    List<List<String>> targetWords = new ArrayList<>();
    for (int k = 0; k < source.size(); k++) {
      sourceWords.add(sourceTokens.words(source.get(k)));
      targetWords.add(targetTokens.words(target.get(k)));
    }
    return fromWords(sourceWords, targetWords);
  }

  /** {@link #learn} on segments already cut into words. */
  static Lexicon fromWords(List<List<String>> source, List<List<String>> target) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    int[][] sourceIds = idsOf(source, ids, words, "s:");
    int[][] targetIds = idsOf(target, ids, words, "t:");
    int[] frequency = new int[words.size()];
    for (int[] segment : sourceIds) {
      for (int word : segment) {
        frequency[word]++;
      }
    }
    for (int[] segment : targetIds) {
      for (int word : segment) {
        frequency[word]++;
      }
    }
    int ceiling = Math.max(MINIMUM_TOGETHER, source.size() / 3);
    LongIntMap together = new LongIntMap();
    for (int k = 0; k < sourceIds.length; k++) {
      for (int word : sourceIds[k]) {
        if (frequency[word] < MINIMUM_TOGETHER || frequency[word] > ceiling) {
          continue;
        }
        for (int translation : targetIds[k]) {
          if (frequency[translation] >= MINIMUM_TOGETHER && frequency[translation] <= ceiling) {
            together.increment(((long) word << 32) | translation);
          }
        }
      }
    }
    Map<String, String> best = new HashMap<>();
    Map<String, Double> bestDice = new HashMap<>();
    together.forEach((key, count) -> {
      if (count < MINIMUM_TOGETHER) {
        return;
      }
      int word = (int) (key >>> 32);
      int translation = (int) key;
      double dice = 2.0 * count / (frequency[word] + frequency[translation]);
      String sourceWord = words.get(word).substring(2);
      if (dice >= MINIMUM_DICE && dice > bestDice.getOrDefault(sourceWord, 0.0)) {
        best.put(sourceWord, words.get(translation).substring(2));
        bestDice.put(sourceWord, dice);
      }
    });
    return new Lexicon(best);
  }

  /** Each segment's distinct words as ids; a word's id is its index in {@code words}. */
  private static int[][] idsOf(
      List<List<String>> segments, Map<String, Integer> ids, List<String> words, String side) {
    int[][] result = new int[segments.size()][];
    for (int k = 0; k < result.length; k++) {
      result[k] =
          segments.get(k).stream()
              .distinct()
              .mapToInt(word ->
                  ids.computeIfAbsent(
                      side + word,
                      key -> {
                        words.add(key);
                        return words.size() - 1;
                      }))
              .toArray();
    }
    return result;
  }

  /** This lexicon's entries, and for words it lacks, those of {@code fallback}. */
  Lexicon or(Lexicon fallback) {
    if (fallback.translations.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new HashMap<>(fallback.translations);
    merged.putAll(translations);
    return new Lexicon(merged);
  }

  /** The translation learnt for a source word (lower case), if any. */
  public Optional<String> translation(String sourceWord) {
    return Optional.ofNullable(translations.get(sourceWord));
  }

  /** The number of source words with a translation. */
  public int size() {
    return translations.size();
  }
}
