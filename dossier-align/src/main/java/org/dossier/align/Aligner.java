package org.dossier.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Aligns the sentences of two language versions of a document without models or downloads.
 *
 * <p>Each candidate bead (1–1, 1–0, 0–1, 2–1, 1–2, 2–2, 3–1, 1–3) is scored by three signals: the
 * length model of Gale and Church (character counts, their ratio learnt from the two texts); the
 * overlap of anchors that survive translation (numbers in any script, document symbols, list
 * labels, words spelt alike in both texts — names, cognates); and a bilingual lexicon learnt from
 * the document itself — the first pass aligns by length and anchors, its 1–1 links teach which
 * words translate which (Dice coefficient), and the second pass aligns with that lexicon. Beads
 * that join sentences of different paragraphs pay a penalty when paragraphs are known.
 *
 * <p>The dynamic programme runs in a band around the diagonal (first pass) or the first path
 * (second pass), widened only when the best path touches its edge, so time and memory grow linearly
 * with the length of the documents. Instances are immutable and safe to share.
 */
public final class Aligner {
  /** The bead shapes: sentences taken from the source and from the target. */
  private static final int[][] SHAPES = {
    {1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}
  };

  /** Gale and Church's bead probabilities, in the order of {@link #SHAPES}. */
  private static final double[] GALE_CHURCH_PRIOR = {
    0.89, 0.005, 0.005, 0.0445, 0.0445, 0.011, 0.002, 0.002
  };

  /**
   * The bead probabilities when anchors and lexicon are scored too, tuned on the Text+Berg dev
   * document: a sentence left out pays a fixed price rather than a length term, and 2–2 beads,
   * which the overlap makes look as good as two 1–1 beads, are nearly ruled out.
   */
  private static final double[] PRIOR = {0.89, 0.0005, 0.0005, 0.02, 0.02, 0.0005, 0.002, 0.002};

  /** Gale and Church's variance of the length difference per character. */
  private static final double VARIANCE = 6.8;

  private static final int INITIAL_BAND = 40;
  private static final int REFINED_BAND = 12;

  private final String sourceLanguage;
  private final String targetLanguage;
  private final boolean lengthOnly;
  private final Lexicon lexicon;

  private Aligner(
      String sourceLanguage, String targetLanguage, boolean lengthOnly, Lexicon lexicon) {
    this.sourceLanguage = sourceLanguage;
    this.targetLanguage = targetLanguage;
    this.lengthOnly = lengthOnly;
    this.lexicon = lexicon;
  }

  /**
   * This aligner with a lexicon learnt from other documents of the languages ({@link
   * Lexicon#learn}), consulted for the words the document's own lexicon lacks.
   */
  public Aligner withLexicon(Lexicon lexicon) {
    return new Aligner(
        sourceLanguage, targetLanguage, lengthOnly, Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * An aligner for two languages given by ISO 639-1 codes ({@code "en"}, {@code "fr"}); the six UN
   * languages and any other (word boundaries then follow ICU's rules for it).
   */
  public static Aligner forLanguages(String sourceLanguage, String targetLanguage) {
    return new Aligner(
        Objects.requireNonNull(sourceLanguage, "sourceLanguage"),
        Objects.requireNonNull(targetLanguage, "targetLanguage"),
        false,
        Lexicon.EMPTY);
  }

  /** The plain Gale–Church aligner (lengths only, 1–1 to 2–2 beads): the baseline of benchmarks. */
  public static Aligner galeChurch() {
    return new Aligner("und", "und", true, Lexicon.EMPTY);
  }

  /** Aligns sentences given one per string; paragraphs unknown. */
  public List<Bead> align(List<String> source, List<String> target) {
    return alignSentences(unparagraphed(source), unparagraphed(target));
  }

  /** Aligns sentences that know their paragraphs, as {@link SentenceSplitter} returns them. */
  public List<Bead> alignSentences(List<Sentence> source, List<Sentence> target) {
    int n = source.size();
    int m = target.size();
    if (n == 0 || m == 0) {
      List<Bead> beads = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        beads.add(Bead.of(i, 1, 0, 0));
      }
      for (int j = 0; j < m; j++) {
        beads.add(Bead.of(0, 0, j, 1));
      }
      return beads;
    }
    Texts texts = new Texts(source, target);
    if (lengthOnly) {
      return Band.search(new Costs(texts, null, true), diagonal(n, m), INITIAL_BAND);
    }
    texts.readWords(new Tokens(sourceLanguage), new Tokens(targetLanguage));
    Costs anchored =
        new Costs(texts, texts.anchorsAndSharedWords(texts.translations(lexicon)), false);
    List<Bead> first = Band.search(anchored, diagonal(n, m), INITIAL_BAND);
    Lexicon learnt = texts.learnLexicon(first).or(lexicon);
    Costs full = new Costs(texts, texts.anchorsAndSharedWords(texts.translations(learnt)), false);
    return Band.search(full, Band.around(first, n), REFINED_BAND);
  }

  private static List<Sentence> unparagraphed(List<String> sentences) {
    List<Sentence> result = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      result.add(new Sentence(sentence, -1));
    }
    return result;
  }

  private static int[][] diagonal(int n, int m) {
    int[][] center = new int[2][n + 1];
    for (int i = 0; i <= n; i++) {
      int j = (int) Math.round((double) i * m / n);
      center[0][i] = j;
      center[1][i] = j;
    }
    return center;
  }

  /** The two sentence lists as the cost function reads them. */
  static final class Texts {
    final int[] sourceLength;
    final int[] targetLength;
    final int[] sourceParagraph;
    final int[] targetParagraph;
    final double ratio;
    final List<Sentence> source;
    final List<Sentence> target;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    int[][] sourceWords;
    int[][] targetWords;
    int[][] sourceAnchors;
    int[][] targetAnchors;

    Texts(List<Sentence> source, List<Sentence> target) {
      this.source = source;
      this.target = target;
      sourceLength = new int[source.size()];
      sourceParagraph = new int[source.size()];
      targetLength = new int[target.size()];
      targetParagraph = new int[target.size()];
      long sourceTotal = 0;
      long targetTotal = 0;
      for (int i = 0; i < source.size(); i++) {
        sourceLength[i] = Tokens.length(source.get(i).text());
        sourceParagraph[i] = source.get(i).paragraph();
        sourceTotal += sourceLength[i];
      }
      for (int j = 0; j < target.size(); j++) {
        targetLength[j] = Tokens.length(target.get(j).text());
        targetParagraph[j] = target.get(j).paragraph();
        targetTotal += targetLength[j];
      }
      ratio = sourceTotal == 0 || targetTotal == 0 ? 1 : (double) targetTotal / sourceTotal;
    }

    int vocabularySize() {
      return words.size();
    }

    private int newId(String key) {
      words.add(key);
      return words.size() - 1;
    }

    void readWords(Tokens sourceTokens, Tokens targetTokens) {
      sourceWords = new int[source.size()][];
      sourceAnchors = new int[source.size()][];
      for (int i = 0; i < source.size(); i++) {
        String text = source.get(i).text();
        sourceWords[i] = idsOf(sourceTokens.words(text), "s:");
        sourceAnchors[i] = idsOf(Tokens.anchors(text), "");
      }
      targetWords = new int[target.size()][];
      targetAnchors = new int[target.size()][];
      for (int j = 0; j < target.size(); j++) {
        String text = target.get(j).text();
        targetWords[j] = idsOf(targetTokens.words(text), "t:");
        targetAnchors[j] = idsOf(Tokens.anchors(text), "");
      }
    }

    private int[] idsOf(List<String> tokens, String side) {
      int[] result = new int[tokens.size()];
      for (int k = 0; k < result.length; k++) {
        result[k] = ids.computeIfAbsent(side + tokens.get(k), this::newId);
      }
      return result;
    }

    /**
     * The comparable tokens of each sentence, in one id space: anchors; words spelt alike in both
     * texts, compared by their first five letters without accents so that cognates meet ({@code
     * expédition}, {@code Expedition}); and source words the lexicon translates, as their
     * translation.
     */
    Signals anchorsAndSharedWords(Map<Integer, Integer> lexicon) {
      Map<Integer, Integer> sourceCognates = new HashMap<>();
      Map<Integer, Integer> targetCognates = new HashMap<>();
      cognates(sourceCognates, targetCognates);
      java.util.Set<Integer> translations = new java.util.HashSet<>(lexicon.values());
      int[][] sourceSignals = new int[source.size()][];
      for (int i = 0; i < sourceSignals.length; i++) {
        List<Integer> signals = new ArrayList<>();
        for (int anchor : sourceAnchors[i]) {
          signals.add(anchor);
        }
        for (int word : sourceWords[i]) {
          Integer projected = sourceCognates.get(word);
          if (projected == null) {
            projected = lexicon.get(word);
          }
          if (projected != null) {
            signals.add(projected);
          }
        }
        sourceSignals[i] = signals.stream().mapToInt(Integer::intValue).toArray();
      }
      int[][] targetSignals = new int[target.size()][];
      for (int j = 0; j < targetSignals.length; j++) {
        List<Integer> signals = new ArrayList<>();
        for (int anchor : targetAnchors[j]) {
          signals.add(anchor);
        }
        for (int word : targetWords[j]) {
          Integer cognate = targetCognates.get(word);
          if (cognate != null) {
            signals.add(cognate);
          } else if (translations.contains(word)) {
            signals.add(word);
          }
        }
        targetSignals[j] = signals.stream().mapToInt(Integer::intValue).toArray();
      }
      return new Signals(sourceSignals, targetSignals);
    }

    /** Fills word id → cognate key id, for the words of each side whose key the other side has. */
    private void cognates(
        Map<Integer, Integer> sourceCognates, Map<Integer, Integer> targetCognates) {
      Map<String, List<Integer>> sourceKeys = new HashMap<>();
      Map<String, List<Integer>> targetKeys = new HashMap<>();
      for (Map.Entry<String, Integer> entry : new ArrayList<>(ids.entrySet())) {
        String word = entry.getKey().substring(2);
        if (word.codePointCount(0, word.length()) < 4) {
          continue;
        }
        String key = cognateKey(word);
        (entry.getKey().startsWith("s:") ? sourceKeys : targetKeys)
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(entry.getValue());
      }
      for (Map.Entry<String, List<Integer>> entry : sourceKeys.entrySet()) {
        List<Integer> targets = targetKeys.get(entry.getKey());
        if (targets != null) {
          int keyId = ids.computeIfAbsent("c:" + entry.getKey(), this::newId);
          entry.getValue().forEach(word -> sourceCognates.put(word, keyId));
          targets.forEach(word -> targetCognates.put(word, keyId));
        }
      }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static String cognateKey(String word) {
      String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
      return bare.codePointCount(0, bare.length()) <= 5
          ? bare
          : bare.substring(0, bare.offsetByCodePoints(0, 5));
    }

    /** Learns a lexicon from the 1–1 beads of a first alignment. */
    Lexicon learnLexicon(List<Bead> beads) {
      List<List<String>> sourceSegments = new ArrayList<>();
      List<List<String>> targetSegments = new ArrayList<>();
      for (Bead bead : beads) {
        if (bead.source().size() == 1 && bead.target().size() == 1) {
          sourceSegments.add(wordsOf(sourceWords[bead.source().get(0)]));
          targetSegments.add(wordsOf(targetWords[bead.target().get(0)]));
        }
      }
      return Lexicon.fromWords(sourceSegments, targetSegments);
    }

    private List<String> wordsOf(int[] wordIds) {
      List<String> result = new ArrayList<>(wordIds.length);
      for (int id : wordIds) {
        result.add(words.get(id).substring(2));
      }
      return result;
    }

    /** Source word id → target word id of its translation, for the words of these texts. */
    Map<Integer, Integer> translations(Lexicon lexicon) {
      Map<Integer, Integer> result = new HashMap<>();
      for (int[] sentence : sourceWords) {
        for (int word : sentence) {
          if (!result.containsKey(word)) {
            lexicon
                .translation(words.get(word).substring(2))
                .map(translation -> ids.get("t:" + translation))
                .ifPresent(translation -> result.put(word, translation));
          }
        }
      }
      return result;
    }
  }

  /** Comparable tokens per sentence, in one id space for both sides. */
  record Signals(int[][] source, int[][] target) {}

  /** The cost of a bead: minus the log of its probability under the three signals. */
  static final class Costs {
    /**
     * Weight of the anchor-and-lexicon overlap against the length model; tuned on Text+Berg dev.
     */
    private static final double OVERLAP_WEIGHT = 10;

    /** Prior overlap, worth this many tokens, for sentences with few comparable tokens. */
    private static final double PRIOR_TOKENS = 3;

    private static final double PRIOR_OVERLAP = 0.5;

    private static final double PARAGRAPH_PENALTY = 4;

    final Texts texts;
    private final Signals signals;
    private final int shapes;
    private final double[] priorCost;
    private final int[] counts;

    Costs(Texts texts, Signals signals, boolean galeChurchShapes) {
      this.texts = texts;
      this.signals = signals;
      this.shapes = galeChurchShapes ? 6 : SHAPES.length;
      this.priorCost = new double[SHAPES.length];
      double[] prior = signals == null ? GALE_CHURCH_PRIOR : PRIOR;
      for (int t = 0; t < SHAPES.length; t++) {
        priorCost[t] = -Math.log(prior[t]);
      }

      this.counts = signals == null ? new int[0] : new int[texts.vocabularySize()];
    }

    int shapes() {
      return shapes;
    }

    int sourceCount() {
      return texts.sourceLength.length;
    }

    int targetCount() {
      return texts.targetLength.length;
    }

    /** Cost of the bead of shape {@code t} ending before source {@code i} and target {@code j}. */
    double cost(int t, int i, int j) {
      int di = SHAPES[t][0];
      int dj = SHAPES[t][1];
      int sourceLength = 0;
      for (int k = i - di; k < i; k++) {
        sourceLength += texts.sourceLength[k];
      }
      int targetLength = 0;
      for (int k = j - dj; k < j; k++) {
        targetLength += texts.targetLength[k];
      }
      // A sentence left out pays a fixed price (with signals): Gale and Church's length term would
      // make leaving out a long sentence dearer than forcing it on a neighbour's translation, and
      // an overlap term would make one with many anchors dearer than a link to a sentence with
      // none.
      double cost =
          priorCost[t]
              + (signals != null && (di == 0 || dj == 0)
                  ? 0
                  : lengthCost(sourceLength, targetLength));
      if (di > 1 && crossesParagraph(texts.sourceParagraph, i - di, i)
          || dj > 1 && crossesParagraph(texts.targetParagraph, j - dj, j)) {
        cost += PARAGRAPH_PENALTY;
      }
      if (signals != null && di > 0 && dj > 0) {
        // Per sentence, so that joining two 1–1 beads into a 2–2 saves nothing by itself.
        cost += OVERLAP_WEIGHT * (di + dj) / 2.0 * (1 - overlap(i - di, i, j - dj, j));
      }
      return cost;
    }

    /**
     * Gale and Church's cost of the length difference, counted in characters of the wordier of the
     * two languages: their variance is per such character, and a Chinese character carries about
     * three Latin ones.
     */
    private double lengthCost(int sourceLength, int targetLength) {
      if (sourceLength == 0 && targetLength == 0) {
        return 0;
      }
      double scale = Math.max(1, texts.ratio);
      double source = sourceLength * scale;
      double target = targetLength * scale / texts.ratio;
      double mean = Math.max(1, (source + target) / 2);
      double delta = Math.abs(target - source) / Math.sqrt(VARIANCE * mean);
      double probability = 2 * (1 - normal(delta));
      return probability < 1e-12 ? -Math.log(1e-12) : -Math.log(probability);
    }

    private static boolean crossesParagraph(int[] paragraph, int from, int to) {
      return paragraph[from] >= 0 && paragraph[from] != paragraph[to - 1];
    }

    /** Dice overlap of the comparable tokens of the two sides, smoothed towards a prior. */
    private double overlap(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
      int sourceTokens = 0;
      for (int i = sourceFrom; i < sourceTo; i++) {
        for (int id : signals.source()[i]) {
          counts[id]++;
          sourceTokens++;
        }
      }
      int targetTokens = 0;
      int matched = 0;
      for (int j = targetFrom; j < targetTo; j++) {
        for (int id : signals.target()[j]) {
          targetTokens++;
          if (counts[id] > 0) {
            counts[id]--;
            matched++;
          }
        }
      }
      for (int i = sourceFrom; i < sourceTo; i++) {
        for (int id : signals.source()[i]) {
          counts[id] = 0;
        }
      }
      return (2.0 * matched + PRIOR_TOKENS * PRIOR_OVERLAP)
          / (sourceTokens + targetTokens + PRIOR_TOKENS);
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
    private static double normal(double z) {
      double t = 1 / (1 + 0.2316419 * z);
      double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
      double tail =
          density
              * t
              * (0.319381530
                  + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
      return 1 - tail;
    }
  }

  /** The banded dynamic programme. */
  static final class Band {
    private Band() {}

    /**
     * The cheapest path within {@code width} cells of {@code center} (per source row, the lowest
     * and highest target index of the centre line), widening the band until the path keeps clear of
     * its edges.
     */
    static List<Bead> search(Costs costs, int[][] center, int initialWidth) {
      int n = costs.sourceCount();
      int m = costs.targetCount();
      for (int width = initialWidth; ; width *= 2) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        boolean full = true;
        for (int i = 0; i <= n; i++) {
          lo[i] = Math.max(0, center[0][i] - width);
          hi[i] = Math.min(m, center[1][i] + width);
          full &= lo[i] == 0 && hi[i] == m;
        }
        List<Bead> path = run(costs, lo, hi);
        if (full || clearOfEdges(path, lo, hi, m, Math.max(2, width / 5))) {
          return path;
        }
      }
    }

    /** Per source row, the lowest and highest target index the path passes at that row. */
    static int[][] around(List<Bead> path, int n) {
      int[][] center = new int[2][n + 1];
      java.util.Arrays.fill(center[0], Integer.MAX_VALUE);
      int i = 0;
      int j = 0;
      for (Bead bead : path) {
        int di = bead.source().size();
        int dj = bead.target().size();
        for (int row = i; row <= i + di; row++) {
          center[0][row] = Math.min(center[0][row], j);
          center[1][row] = Math.max(center[1][row], j + dj);
        }
        i += di;
        j += dj;
      }
      return center;
    }

    private static boolean clearOfEdges(List<Bead> path, int[] lo, int[] hi, int m, int margin) {
      int i = 0;
      int j = 0;
      for (Bead bead : path) {
        if (lo[i] > 0 && j - lo[i] < margin || hi[i] < m && hi[i] - j < margin) {
          return false;
        }
        i += bead.source().size();
        j += bead.target().size();
      }
      return true;
    }

    private static List<Bead> run(Costs costs, int[] lo, int[] hi) {
      int n = lo.length - 1;
      int[] offset = new int[n + 2];
      for (int i = 0; i <= n; i++) {
        offset[i + 1] = offset[i] + Math.max(0, hi[i] - lo[i] + 1);
      }
      double[] best = new double[offset[n + 1]];
      byte[] shape = new byte[offset[n + 1]];
      java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
      best[0] = 0;
      for (int i = 0; i <= n; i++) {
        for (int j = lo[i]; j <= hi[i]; j++) {
          int cell = offset[i] + j - lo[i];
          for (int t = 0; t < costs.shapes(); t++) {
            int pi = i - SHAPES[t][0];
            int pj = j - SHAPES[t][1];
            if (pi < 0 || pj < lo[pi] || pj > hi[pi]) {
              continue;
            }
            double before = best[offset[pi] + pj - lo[pi]];
            if (before == Double.POSITIVE_INFINITY) {
              continue;
            }
            double total = before + costs.cost(t, i, j);
            if (total < best[cell]) {
              best[cell] = total;
              shape[cell] = (byte) t;
            }
          }
        }
      }
      List<Bead> beads = new ArrayList<>();
      int i = n;
      int j = costs.targetCount();
      while (i > 0 || j > 0) {
        int t = shape[offset[i] + j - lo[i]];
        int di = SHAPES[t][0];
        int dj = SHAPES[t][1];
        beads.add(Bead.of(i - di, di, j - dj, dj));
        i -= di;
        j -= dj;
      }
      Collections.reverse(beads);
      return beads;
    }
  }
}
